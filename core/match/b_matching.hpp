// core/match/b_matching.hpp — exact maximum-weight b-matching between mentor roles and mentee roles.
//
// The fixed-role half of group mentoring: every mentor role u may take up to capacity[u] mentees, every mentee
// role v at most one mentor, and each edge (u, v, w) is "u may mentor v, worth w". This is a bipartite
// b-matching, a min-cost flow, so it is polynomial and solved exactly here.
//
// How: mentor u becomes capacity[u] identical copies on the left of a BipartiteSolver (bipartite_solver.hpp),
// so a b-matching is an ordinary matching of copies to mentees. Capacities are at most kMaxGroupCapacity (4),
// so the copies cost at most four times the edges. Dense inputs are first solved on candidate edges (each
// mentee's and each mentor copy's heaviest few); then every edge is priced against the duals, and an edge that
// is not covered (min over u's copies of y_copy, plus y_mentee, below w) is added and repaired in place, until
// every edge is covered. Covered everywhere + complementary slackness = optimal for the whole edge set.
//
// Roles are the caller's business: the same vertex may be a mentor role in some edges and a mentee role in
// others (the Lagrangian bound of group_solver.cpp relies on exactly that); nothing here couples the two.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/model/attendee.hpp"

namespace mb {

inline constexpr int kMaxGroupCapacity = kMaxMentorCapacity;   // mentees per mentor at most (attendee.hpp)

struct GroupEdge {
    int mentor = 0;                      // vertex that would mentor, capacity[mentor] >= 1
    int mentee = 0;                      // vertex that would be mentored, != mentor
    std::int64_t w = 0;                  // weight, 1..kMaxEdgeWeight
};

struct BMatchingOptions {
    int candidates_per_role = 12;        // heaviest edges per mentee (per mentor: this times its capacity)
    int price_above_degree = 24;         // use candidates only when the average mentee degree exceeds this
};

struct BMatchingResult {
    std::vector<int> mentor_of;          // per vertex: its mentor when seated as a mentee, else -1
    std::vector<int> load;               // per vertex: mentees it mentors
    std::int64_t total = 0;              // sum of the chosen edges' weights
    std::int64_t dual_total = 0;         // LP dual objective of the final duals; == total proves optimality
    int pricing_rounds = 0;              // rounds that found uncovered edges (0: candidates were enough)
    std::int64_t held_edges = 0;         // edges the solver held at the end (copies counted once per copy)
};

// Exact. Throws std::invalid_argument on an endpoint out of range, mentor == mentee, a weight outside
// 1..kMaxEdgeWeight, or an edge from a vertex whose capacity is not 1..kMaxGroupCapacity.
BMatchingResult solve_b_matching(int n, std::span<const int> capacity, std::span<const GroupEdge> edges,
                                 const BMatchingOptions& options = {});

} // namespace mb
