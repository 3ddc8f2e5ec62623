// bench/match/bench_lemon.hpp — LEMON's MaxWeightedMatching behind a plain interface.
//
// LEMON 1.3.1 (Debian liblemon-dev) uses std::allocator::construct, removed in C++20, so its code lives in a
// C++17 translation unit (bench_lemon.cpp) that includes none of our C++20 headers.
#pragma once

#include <cstdint>

namespace mb::bench {

// Solves the CSR graph (arcs listed from both ends) with LEMON; returns the milliseconds spent in run().
double lemon_max_weight_matching(int n, const int* offsets, const int* targets, const std::int64_t* weights,
                                 std::int64_t* total);

} // namespace mb::bench
