// bench/match/bench_instance.hpp — realistic mixer instances for the matching benchmark.
//
// 40 % mentors, 45 % mentees, 15 % both (or, in the bipartite variant, the "both" share re-drawn as mentors
// and mentees 40:45); about n/20 organizations; goals, expertise, fields, regions and titles drawn from small
// pools; a few likes and declines. Weights come from the real scorer (PairScorer), so ties are as common as
// at a real event. Deterministic for a given (n, bipartite, seed).
#pragma once

#include <cstdint>
#include <vector>

#include "core/match/b_matching.hpp"
#include "core/match/max_weight_matching.hpp"
#include "core/match/scoring.hpp"

namespace mb::bench {

struct Opinion {
    AttendeeId from = 0;                 // who said it
    AttendeeId to = 0;                   // about whom
    Preference preference = Preference::None;
};

struct Instance {
    std::vector<Attendee> people;        // ids 1..n
    std::vector<Opinion> opinions;       // likes and declines
};

Instance make_instance(int n, bool bipartite, std::uint64_t seed);

// The room of a group-mentoring event: `mentor_share` mentors, `both_share` both, the rest mentees, every
// mentor and "both" person with `capacity` (1..4). Otherwise drawn as make_instance draws people.
Instance make_group_instance(int n, double mentor_share, double both_share, int capacity, std::uint64_t seed);

// Every ordered pair (mentor, mentee) the scorer allows, weight = its score with that orientation.
std::vector<GroupEdge> build_group_edges(const Instance& instance, const MatchSettings& settings);

// The explicit graph the scorer implies (vertex i = people[i]); weight = best-orientation score.
CsrGraph build_graph(const Instance& instance, const MatchSettings& settings);

// Dense mentor-by-mentee weight matrix (0 = not allowed) for the bipartite variant; rows/cols filled in.
std::vector<std::int64_t> build_matrix(const Instance& instance, const MatchSettings& settings, int& rows, int& cols);

} // namespace mb::bench
