// tests/match/lemon_flow.cpp — the LEMON reference, compiled as C++17 (see lemon_flow.hpp).
#include "lemon_flow.hpp"

#include <chrono>
#include <stdexcept>
#include <vector>

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

namespace mb::testing {

std::int64_t lemon_b_matching(int n, const int* capacity, int m, const int* mentor, const int* mentee,
                              const std::int64_t* w, double* ms) {
    using Graph = lemon::SmartDigraph;
    Graph g;
    const Graph::Node source = g.addNode();
    const Graph::Node sink = g.addNode();
    std::vector<Graph::Node> out, in;
    out.reserve(static_cast<std::size_t>(n));
    in.reserve(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v) {
        out.push_back(g.addNode());
        in.push_back(g.addNode());
    }
    Graph::ArcMap<long long> upper(g), cost(g);
    long long supply = 0;
    for (int v = 0; v < n; ++v) {
        const Graph::Arc a = g.addArc(source, out[static_cast<std::size_t>(v)]);
        upper[a] = capacity[v];
        cost[a] = 0;
        const Graph::Arc b = g.addArc(in[static_cast<std::size_t>(v)], sink);
        upper[b] = 1;
        cost[b] = 0;
        supply += capacity[v];
    }
    for (int i = 0; i < m; ++i) {
        const Graph::Arc a = g.addArc(out[static_cast<std::size_t>(mentor[i])], in[static_cast<std::size_t>(mentee[i])]);
        upper[a] = 1;
        cost[a] = -w[i];
    }
    const Graph::Arc bypass = g.addArc(source, sink);         // unused capacity flows straight through
    upper[bypass] = supply;
    cost[bypass] = 0;

    const auto t0 = std::chrono::steady_clock::now();
    lemon::NetworkSimplex<Graph, long long, long long> simplex(g);
    simplex.upperMap(upper).costMap(cost).stSupply(source, sink, supply);
    if (simplex.run() != lemon::NetworkSimplex<Graph, long long, long long>::OPTIMAL)
        throw std::runtime_error("LEMON network simplex found no optimum");
    if (ms) *ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return -simplex.totalCost<long long>();
}

} // namespace mb::testing
