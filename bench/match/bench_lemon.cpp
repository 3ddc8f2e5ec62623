// bench/match/bench_lemon.cpp — the LEMON comparison, compiled as C++17 (see bench_lemon.hpp).
#include "bench_lemon.hpp"

#include <chrono>
#include <vector>

#include <lemon/matching.h>
#include <lemon/smart_graph.h>

namespace mb::bench {

double lemon_max_weight_matching(int n, const int* offsets, const int* targets, const std::int64_t* weights,
                                 std::int64_t* total) {
    lemon::SmartGraph g;
    std::vector<lemon::SmartGraph::Node> nodes;
    nodes.reserve(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v) nodes.push_back(g.addNode());
    lemon::SmartGraph::EdgeMap<long long> w(g);
    for (int u = 0; u < n; ++u) {
        for (int i = offsets[u]; i < offsets[u + 1]; ++i) {
            if (targets[i] > u) w.set(g.addEdge(nodes[u], nodes[targets[i]]), weights[i]);
        }
    }
    const auto t0 = std::chrono::steady_clock::now();
    lemon::MaxWeightedMatching<lemon::SmartGraph, lemon::SmartGraph::EdgeMap<long long>> mwm(g, w);
    mwm.run();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    *total = mwm.matchingWeight();
    return ms;
}

} // namespace mb::bench
