// core/match/max_weight_matching.hpp — exact maximum-weight matching on a general graph: the standalone API.
//
// Graph in (CSR, integer weights > 0), mate array and total out. Exact for every input (primal–dual
// weighted blossom algorithm, blossom_engine.hpp), warm-started from the fractional relaxation solved as a
// bipartite problem (fractional_start.hpp, bipartite_solver.hpp). Dense inputs are solved on a sparse candidate
// subgraph (each vertex's heaviest edges), widened where the duals show it missed something, and priced against
// every edge until the dual solution is feasible for the whole graph (cover_pricing.hpp, pricing.hpp), which
// proves the result optimal for the whole graph.
//
//   CsrGraph g = make_csr(4, std::vector<WeightedEdge>{{0, 1, 5}, {1, 2, 9}, {2, 3, 5}});
//   MatchingResult r = max_weight_matching(g);       // r.total == 10, r.mate == {1, 0, 3, 2}
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace mb {

inline constexpr std::int64_t kMaxEdgeWeight = 1'000'000'000'000'000;   // 1e15: duals and sums stay in int64

struct WeightedEdge {
    int u = 0;                           // endpoint, 0..n-1
    int v = 0;                           // endpoint, 0..n-1, != u
    std::int64_t w = 0;                  // weight, 1..kMaxEdgeWeight
};

// Compressed sparse rows: the neighbours of v are targets[offsets[v] .. offsets[v+1]), each edge listed
// from both ends with the same weight.
struct CsrGraph {
    int n = 0;                           // vertices 0..n-1
    std::vector<int> offsets;            // size n+1, non-decreasing, offsets[0] == 0
    std::vector<int> targets;            // neighbour of each arc
    std::vector<std::int64_t> weights;   // weight of each arc, same index as targets

    std::size_t edge_count() const { return targets.size() / 2; }
};

// A CsrGraph seen as the edge oracle the engines take (fractional_solve, pricing): edges of u, or every
// pair once, with weights doubled (the engines work in doubled units so duals stay integral).
struct CsrOracle {
    const CsrGraph& g;
    template <class F> void for_each_edge(int u, F&& f) const {
        for (int i = g.offsets[u]; i < g.offsets[u + 1]; ++i) f(g.targets[i], 2 * g.weights[i]);
    }
    template <class F> void for_each_pair(F&& f) const {
        for (int u = 0; u < g.n; ++u) {
            for (int i = g.offsets[u]; i < g.offsets[u + 1]; ++i) {
                if (g.targets[i] > u) f(u, g.targets[i], 2 * g.weights[i]);
            }
        }
    }
};

// Builds a CSR graph. Throws std::invalid_argument for an endpoint out of range, a self-loop or a weight
// outside 1..kMaxEdgeWeight. Duplicate edges are merged keeping the largest weight.
CsrGraph make_csr(int n, std::span<const WeightedEdge> edges);

struct MatchingOptions {
    int candidates_per_vertex = 16;      // heaviest edges per vertex to start from when pricing (>= 1); the
                                         // set is widened by pricing where needed, so this only tunes speed
    int pricing_min_degree = 40;         // price only when the average degree exceeds this
};

struct MatchingResult {
    std::vector<int> mate;               // mate[v] = partner of v, or -1 if v is single
    std::int64_t total = 0;              // sum of the weights of the matched edges
    int pricing_rounds = 0;              // repair rounds needed after the candidate solves (0 = none)
    int odd_cycles = 0;                  // odd cycles in the fractional warm start (each needed a search)
    std::int64_t candidate_edges = 0;    // edges the engine held at the end
    std::int64_t searches = 0;           // single-tree searches run
};

// An LP dual solution in doubled units (weights times two): y2[v] >= 0 per vertex, and odd vertex sets with
// z2 >= 0. It proves `result` optimal when every edge has y2_u + y2_v + sum(z2 of sets holding both) >= 2w
// and sum(y2) + sum(z2 * (|set| - 1) / 2) == 2 * total.
struct MatchingCertificate {
    std::vector<std::int64_t> y2;                                   // per vertex
    std::vector<std::pair<std::int64_t, std::vector<int>>> sets;    // (z2, vertices of the odd set)
};

MatchingResult max_weight_matching(const CsrGraph& g, const MatchingOptions& options = {},
                                   MatchingCertificate* certificate = nullptr);

// "" when the certificate proves the result optimal for g; otherwise what is wrong, in one line.
std::string verify_certificate(const CsrGraph& g, const MatchingResult& result,
                               const MatchingCertificate& certificate);

} // namespace mb
