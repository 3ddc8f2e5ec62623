// core/match/pricing.hpp — keeps a BlossomEngine exact while it only holds a sparse subset of the edges.
//
// The engine solves on candidate edges. Its duals certify optimality for the FULL graph once every edge of
// the full graph satisfies y_u + y_v + z(common blossoms) >= w2. Duals only ever fall at vertices that were
// even in a search (the engine lists them: take_lowered()), so only their edges need re-checking. Each
// violated edge is added to the candidates, its endpoint is freed and its dual raised to feasibility, and
// the freed vertices are searched again. Every round adds at least one new candidate edge, so the loop ends,
// and when it ends the matching is optimal for the full graph (LP duality).
//
// Oracle: any type with `template <class F> void for_each_edge(int u, F&& f) const` calling f(v, w2) for every
// edge {u, v} of the full graph (w2 = twice the weight, > 0).
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/match/blossom_engine.hpp"

namespace mb {

struct PricingStats {
    int rounds = 0;                       // (see below)
    std::int64_t vertices_checked = 0;    // re-priced vertices, all rounds                       // repair rounds (0 = the candidates were already enough)
    std::int64_t edges_checked = 0;       // full-graph edges examined
    std::int64_t edges_added = 0;         // violated edges moved into the candidate graph
};

// Raises v's dual so that all its candidate edges are feasible. v must be a free singleton.
inline void make_feasible(BlossomEngine& engine, int v) {
    std::int64_t need = 0;
    for (const EngineArc& a : engine.arcs(v)) need = std::max(need, a.w2 - engine.dual(a.to));
    engine.raise_dual(v, need);
}

inline constexpr std::size_t kMaxAddedPerVertex = 4;   // violated edges added per vertex per round

template <class Oracle>
PricingStats price_until_feasible(BlossomEngine& engine, const Oracle& oracle, std::vector<int> to_check) {
    PricingStats stats;
    const int n = engine.vertex_count();
    std::vector<int> seen(static_cast<std::size_t>(n), -1);   // seen[x] == u: x is a candidate neighbour of u
    std::vector<char> violated_flag(static_cast<std::size_t>(n), 0);
    struct Violation { int u; int v; std::int64_t w2; std::int64_t slack; };
    std::vector<Violation> violations;
    std::vector<int> violated;
    while (!to_check.empty()) {
        violations.clear();
        stats.vertices_checked += static_cast<std::int64_t>(to_check.size());
        engine.index_blossoms();
        for (int u : to_check) {
            for (const EngineArc& a : engine.arcs(u)) seen[a.to] = u;
            const std::int64_t yu = engine.dual(u);
            const std::size_t first = violations.size();
            oracle.for_each_edge(u, [&](int v, std::int64_t w2) {
                ++stats.edges_checked;
                if (seen[v] == u || yu + engine.dual(v) >= w2) return;        // fast path: no blossom needed
                const std::int64_t s = engine.slack(u, v, w2);
                if (s < 0) violations.push_back({u, v, w2, s});
            });
            // Keep only the most violated few per vertex: the rest are usually fixed by the same repair, and
            // a small candidate graph keeps every later search cheap. Exactness is unaffected: anything
            // still violated is found in the next round.
            if (violations.size() - first > kMaxAddedPerVertex) {
                auto mid = violations.begin() + static_cast<std::ptrdiff_t>(first + kMaxAddedPerVertex);
                std::nth_element(violations.begin() + static_cast<std::ptrdiff_t>(first), mid, violations.end(),
                                 [](const Violation& a, const Violation& b) { return a.slack < b.slack; });
                violations.erase(mid, violations.end());
            }
        }
        if (violations.empty()) break;
        ++stats.rounds;
        violated.clear();
        for (const Violation& e : violations) {
            if (engine.has_edge(e.u, e.v)) continue;      // found from both ends
            engine.add_edge(e.u, e.v, e.w2);
            ++stats.edges_added;
            // Lift an endpoint that is already single if there is one: nothing has to be unmatched then.
            auto single = [&](int x) { return engine.mate(x) == -1 && !engine.in_blossom(x); };
            const int lift = single(e.v) && !single(e.u) ? e.v : e.u;
            if (!violated_flag[lift]) {
                violated_flag[lift] = 1;
                violated.push_back(lift);
            }
        }
        for (int u : violated) engine.free_vertex(u);
        for (int u : violated) {
            make_feasible(engine, u);
            violated_flag[u] = 0;
        }
        engine.solve_pending();
        to_check = engine.take_lowered();
    }
    return stats;
}

} // namespace mb
