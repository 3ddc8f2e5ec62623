// core/match/fractional_start.hpp — the exact solve's warm start: the fractional relaxation, solved as a
// bipartite problem, installed as an almost-finished matching with optimal-looking duals.
//
// Why: single-tree searches from scratch on event graphs (many ties, odd cycles through "both" people) form
// and expand blossoms over and over. The fractional relaxation (degrees <= 1, no odd-set constraints) is a
// bipartite problem on the double cover (v -> v_L, v_R; edge uv -> u_L v_R and v_L u_R, same weight), which
// our engine solves without a single blossom. Its optimum is half-integral: full edges, even cycles and paths
// of half edges (matched alternately), and odd cycles of half edges — each becomes a blossom with z = 0 and a
// free base. With cover duals c, y(v) = c(v_L) + c(v_R) is feasible for the whole graph in w2 = 2w units and
// every edge in the support is tight (complementary slackness of the fractional LP), so only the odd-cycle
// bases still need a search. This is the warm start LEMON calls fractionalInit; the code is our own.
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/match/blossom_engine.hpp"
#include "core/match/pricing.hpp"

namespace mb {

namespace detail {
// The double cover of a graph given by an oracle (w2 units in, weights w out: the cover needs no doubling,
// since a bipartite search never joins two even vertices).
template <class Oracle> struct CoverOracle {
    const Oracle& graph;
    int n;
    template <class F> void for_each_edge(int x, F&& f) const {
        if (x < n) {
            graph.for_each_edge(x, [&](int v, std::int64_t w2) { f(n + v, w2 / 2); });
        } else {
            graph.for_each_edge(x - n, [&](int v, std::int64_t w2) { f(v, w2 / 2); });
        }
    }
};
} // namespace detail

struct FractionalStats {
    int cover_pricing_rounds = 0;        // repair rounds pricing the double cover
    int odd_cycles = 0;                  // odd cycles of the fractional optimum (searches still needed)
    int pricing_rounds = 0;              // repair rounds pricing the general graph afterwards
};

// `general` must be fresh (no edges, no matching). candidates: (u, v, w2) edges to start from; best_w2[v]:
// the heaviest edge at v in the FULL graph (0 if none). Leaves `general` exactly optimal for the full graph.
template <class Oracle>
FractionalStats fractional_solve(BlossomEngine& general, const Oracle& oracle,
                      const std::vector<std::pair<std::pair<int, int>, std::int64_t>>& candidates,
                      const std::vector<std::int64_t>& best_w2) {
    const int n = general.vertex_count();
    BlossomEngine cover(2 * n);
    for (const auto& [e, w2] : candidates) {
        cover.add_edge(e.first, n + e.second, w2 / 2);
        cover.add_edge(e.second, n + e.first, w2 / 2);
    }
    for (int v = 0; v < n; ++v) cover.set_dual(v, best_w2[v] / 2);   // left: heaviest edge; right: 0
    FractionalStats stats;
    cover.greedy_tight_matching();
    cover.solve_all();
    stats.cover_pricing_rounds =
        price_until_feasible(cover, detail::CoverOracle<Oracle>{oracle, n}, cover.take_lowered()).rounds;

    // Candidates of the general graph: every pair the cover ended up holding.
    std::vector<std::pair<std::pair<int, int>, std::int64_t>> edges;
    for (int u = 0; u < n; ++u) {
        for (const EngineArc& a : cover.arcs(u)) {
            const int v = a.to - n;
            edges.push_back({{std::min(u, v), std::max(u, v)}, 2 * a.w2});
        }
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end(),
                            [](const auto& a, const auto& b) { return a.first == b.first; }),
                edges.end());
    for (const auto& [e, w2] : edges) general.add_edge(e.first, e.second, w2);
    for (int v = 0; v < n; ++v) general.set_dual(v, cover.dual(v) + cover.dual(n + v));

    // next[v]: v_L's partner; prev[v]: v_R's partner. Components are directed paths and cycles.
    std::vector<int> next(static_cast<std::size_t>(n), -1), prev(static_cast<std::size_t>(n), -1);
    for (int v = 0; v < n; ++v) {
        if (cover.mate(v) >= 0) next[v] = cover.mate(v) - n;
        if (cover.mate(n + v) >= 0) prev[v] = cover.mate(n + v);
    }
    std::vector<char> seen(static_cast<std::size_t>(n), 0);
    std::vector<int> run;
    auto match_alternately = [&](const std::vector<int>& vs) {
        for (std::size_t i = 0; i + 1 < vs.size(); i += 2) general.install_pair(vs[i], vs[i + 1]);
    };
    for (int v = 0; v < n; ++v) {                              // paths start where nothing comes in
        if (seen[v] || prev[v] != -1) continue;
        run.clear();
        for (int x = v; x != -1 && !seen[x]; x = next[x]) {
            seen[x] = 1;
            run.push_back(x);
        }
        match_alternately(run);
    }
    for (int v = 0; v < n; ++v) {                              // what is left are cycles
        if (seen[v]) continue;
        run.clear();
        for (int x = v; !seen[x]; x = next[x]) {
            seen[x] = 1;
            run.push_back(x);
        }
        if (run.size() % 2 == 0) {
            match_alternately(run);
        } else {
            general.install_cycle_blossom(run);
            ++stats.odd_cycles;
        }
    }
    general.solve_pending();
    stats.pricing_rounds = price_until_feasible(general, oracle, general.take_lowered()).rounds;
    return stats;
}

} // namespace mb
