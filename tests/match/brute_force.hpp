// tests/match/brute_force.hpp — reference answers for small instances, and random instance generators.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include "core/match/max_weight_matching.hpp"

namespace mb::testing {

// Maximum matching weight by dynamic programming over vertex subsets (n <= 16).
std::int64_t brute_force_max_weight(int n, const std::vector<WeightedEdge>& edges);

// Sum of weights of a mate array over `edges`; -1 if it is not a valid matching of that edge set.
std::int64_t matching_weight(int n, const std::vector<WeightedEdge>& edges, const std::vector<int>& mate);

struct RandomGraphSpec {
    int n = 8;                 // vertices
    double density = 0.5;      // probability of each pair being an edge
    std::int64_t max_weight = 10;  // weights uniform in 1..max_weight (small values force ties)
};
std::vector<WeightedEdge> random_graph(const RandomGraphSpec& spec, std::mt19937_64& rng);

// Mentoring-shaped instance: each vertex mentor / mentee / both with years of experience; an edge only where
// one can mentor the other with >= 3 years more experience and a coin says the pair is allowed.
std::vector<WeightedEdge> random_mentoring_graph(int n, double both_share, std::int64_t max_weight,
                                                 std::mt19937_64& rng);

} // namespace mb::testing
