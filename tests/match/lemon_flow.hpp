// tests/match/lemon_flow.hpp — LEMON's network simplex as an independent reference for group seating.
//
// LEMON 1.3.1 (Debian liblemon-dev) does not compile as C++20, so its code lives in a C++17 translation unit
// (lemon_flow.cpp) behind this plain interface, as in bench/match/bench_lemon.hpp.
#pragma once

#include <cstdint>

namespace mb::testing {

// Maximum total weight of a b-matching: vertex v mentors at most capacity[v] mentees, is mentored at most once,
// edge i lets mentor[i] mentor mentee[i] for weight w[i]. Roles are NOT coupled (a vertex may do both), so for
// an instance with fixed roles this is the exact optimum; otherwise an upper bound. Min-cost flow:
// source -> mentor role (capacity c_v) -> mentee role (1, cost -w) -> sink (1), plus a free source -> sink arc.
std::int64_t lemon_b_matching(int n, const int* capacity, int m, const int* mentor, const int* mentee,
                              const std::int64_t* w, double* ms = nullptr);

} // namespace mb::testing
