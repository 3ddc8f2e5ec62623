// core/match/group_solver.hpp — group mentoring: one mentor with up to `capacity` mentees, optimal or certified.
//
// Input: n people, each with a mentor capacity (0 = does not mentor, 1..4 = mentees they take at once), and
// directed edges (u, v, w): "u may mentor v, worth w". A seating gives each person at most one role: a mentee
// of one mentor, or the mentor of at most capacity[u] mentees. It maximises the total weight of the chosen
// mentor–mentee pairs.
//
// Three cases, from the cheapest exact method that applies:
//   * Fixed roles (nobody can both mentor and be mentored): a bipartite b-matching, exact (b_matching.hpp).
//   * Every possible mentor has capacity 1: groups are pairs, an ordinary matching on the undirected graph
//     (each pair keeps its heavier direction), exact (max_weight_matching.hpp). This is the 1 : 1 engine.
//   * "Both" people with capacity >= 2: the coupling "in_v + out_v / c_v <= 1" (a person mentors, or is
//     mentored, never both) makes the problem harder than a flow. It is relaxed with Lagrange multipliers:
//     for any mu >= 0 the b-matching with weights w(u,v) - mu_u - c_v * mu_v, plus sum c_v * mu_v, bounds
//     every seating from above (certified, any mu). A subgradient method lowers that bound; each step's
//     solution suggests a role per "both" person, and the fixed-role problem for those roles is solved
//     exactly. The best seating is returned with the best bound; `upper_bound - total` is the proven gap.
//     When floor(bound) == total the seating is proven optimal.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/match/b_matching.hpp"

namespace mb {

enum class GroupMethod : std::uint8_t {
    kEmpty,          // nothing to seat
    kBMatching,      // fixed roles, exact
    kMatching,       // capacities 1, exact
    kLagrangian,     // "both" people with capacity >= 2: best found + certified bound
};
const char* to_string(GroupMethod m);

struct GroupSolveOptions {
    int max_iterations = 16;             // subgradient steps at most (kLagrangian only)
    double target_gap = 0.003;           // stop once (bound - total) / bound is below this (0.3 %; the promise
                                         // is 0.5 %, and past the first few steps the bound creeps slowly)
    BMatchingOptions b_matching;
};

struct GroupSolution {
    std::vector<int> mentor_of;          // per vertex: its mentor when seated as a mentee, else -1
    std::vector<int> load;               // per vertex: how many it mentors
    std::int64_t total = 0;              // weight of the seating
    std::int64_t upper_bound = 0;        // no seating is worth more (certified); == total when proven optimal
    bool proven_optimal = false;
    GroupMethod method = GroupMethod::kEmpty;
    int iterations = 0;                  // subgradient steps (kLagrangian), else 0
    double gap() const { return upper_bound > 0 ? double(upper_bound - total) / double(upper_bound) : 0.0; }
};

struct Group {
    int mentor = 0;
    std::vector<int> mentees;            // ascending
};

// Throws std::invalid_argument on malformed input (see solve_b_matching), or an edge whose mentor has
// capacity 0.
GroupSolution solve_groups(int n, std::span<const int> capacity, std::span<const GroupEdge> edges,
                           const GroupSolveOptions& options = {});

// The groups of a solution, by ascending mentor.
std::vector<Group> groups_of(const GroupSolution& s);

// "" when `s` is a valid seating of the instance whose total is right; otherwise what is wrong, in one line.
std::string check_groups(int n, std::span<const int> capacity, std::span<const GroupEdge> edges,
                         const GroupSolution& s);

} // namespace mb
