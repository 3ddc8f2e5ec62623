// core/match/pricing.hpp — keeps a BlossomEngine exact while it only holds a sparse subset of the edges.
//
// The engine solves on candidate edges. Its duals certify optimality for the FULL graph once every edge of
// the full graph satisfies y_u + y_v + z(common blossoms) >= w2. Duals only ever fall at vertices that were
// even in a search (the engine lists them: take_lowered()), so only their edges need re-checking. Each
// violated edge is added to the candidates, its endpoint is freed and its dual raised to feasibility, and
// the freed vertices are searched again. Every round adds at least one new candidate edge, so the loop ends,
// and when it ends the matching is optimal for the full graph (LP duality). Only the few most violated edges
// per vertex are added in a round; a vertex that had more is checked again in the next round.
//
// Oracle: any type with `template <class F> void for_each_edge(int u, F&& f) const` calling f(v, w2) for every
// edge {u, v} of the full graph (w2 = twice the weight, > 0). A row oracle (cover_pricing.hpp) is checked in one
// pass over every pair when more than a quarter of its rows would have to be checked.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/match/blossom_engine.hpp"
#include "core/match/cover_pricing.hpp"

namespace mb {

struct PricingStats {
    int rounds = 0;                       // repair rounds (0 = the candidates were already enough)
    std::int64_t vertices_checked = 0;    // re-priced vertices, all rounds (a full pass counts every vertex)
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

namespace detail {

struct PricingViolation {
    int u;                                // the end it was found from
    int v;
    std::int64_t w2;                      // twice the weight
    std::int64_t slack;                   // < 0
};

// Keeps only the most violated few of violations[first..] (found from one vertex). Why: the rest are usually
// fixed by the same repair, and a small candidate graph keeps every later search cheap. Returns true if some
// were dropped: that vertex is then checked again in the next round, so nothing is lost.
inline bool cap_violations(std::vector<PricingViolation>& violations, std::size_t first) {
    if (violations.size() - first <= kMaxAddedPerVertex) return false;
    auto mid = violations.begin() + static_cast<std::ptrdiff_t>(first + kMaxAddedPerVertex);
    std::nth_element(violations.begin() + static_cast<std::ptrdiff_t>(first), mid, violations.end(),
                     [](const PricingViolation& a, const PricingViolation& b) { return a.slack < b.slack; });
    violations.erase(mid, violations.end());
    return true;
}

} // namespace detail

template <class Oracle>
PricingStats price_until_feasible(BlossomEngine& engine, const Oracle& oracle, std::vector<int> to_check) {
    using detail::PricingViolation;
    PricingStats stats;
    const int n = engine.vertex_count();
    std::vector<int> seen(static_cast<std::size_t>(n), -1);   // seen[x] == u: x is a candidate neighbour of u
    std::vector<char> violated_flag(static_cast<std::size_t>(n), 0);
    std::vector<PricingViolation> violations;
    std::vector<int> violated, overflowed;
    auto check = [&](int u, int v, std::int64_t w2) {
        ++stats.edges_checked;
        if (engine.dual(u) + engine.dual(v) >= w2) return;           // fast path: no blossom needed
        const std::int64_t s = engine.slack(u, v, w2);
        if (s < 0) violations.push_back({u, v, w2, s});
    };
    while (!to_check.empty()) {
        violations.clear();
        overflowed.clear();
        engine.index_blossoms();
        bool full_pass = false;
        if constexpr (requires { oracle.row_count(); }) {
            // Many rows to check: one pass over every pair costs less than those rows (each pair once).
            full_pass = 4 * to_check.size() > static_cast<std::size_t>(oracle.row_count());
        }
        if (full_pass) {
            if constexpr (requires { oracle.row_count(); }) {
                stats.vertices_checked += oracle.row_count();
                std::vector<std::int64_t> y(static_cast<std::size_t>(oracle.row_count()));   // duals in row order
                for (int j = 0; j < oracle.row_count(); ++j) y[j] = engine.dual(oracle.vertex_at(j));
                oracle.for_each_row([&](const RowSegment& seg) {
                    const std::int64_t yu = y[seg.i];
                    for (int j = seg.lo; j < seg.hi; ++j) {
                        const int sc = seg.score[j - seg.lo];
                        const std::int64_t w2 = 2 * (sc * seg.scale + (j == seg.bonus ? 1 : 0));
                        if (sc <= 0 || yu + y[j] >= w2) continue;
                        check(oracle.vertex_at(seg.i), oracle.vertex_at(j), w2);
                    }
                });
                std::sort(violations.begin(), violations.end(),
                          [](const PricingViolation& a, const PricingViolation& b) { return a.u < b.u; });
                std::vector<PricingViolation> all;
                all.swap(violations);
                for (std::size_t i = 0; i < all.size();) {
                    std::size_t j = i;
                    while (j < all.size() && all[j].u == all[i].u) ++j;
                    const std::size_t first = violations.size();
                    violations.insert(violations.end(), all.begin() + static_cast<std::ptrdiff_t>(i),
                                      all.begin() + static_cast<std::ptrdiff_t>(j));
                    if (detail::cap_violations(violations, first)) overflowed.push_back(all[i].u);
                    i = j;
                }
            }
        } else {
            stats.vertices_checked += static_cast<std::int64_t>(to_check.size());
            for (int u : to_check) {
                for (const EngineArc& a : engine.arcs(u)) seen[a.to] = u;
                const std::size_t first = violations.size();
                oracle.for_each_edge(u, [&](int v, std::int64_t w2) {
                    if (seen[v] != u) check(u, v, w2);
                });
                if (detail::cap_violations(violations, first)) overflowed.push_back(u);
            }
        }
        if (violations.empty()) break;
        ++stats.rounds;
        violated.clear();
        for (const PricingViolation& e : violations) {
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
        for (int u : to_check) violated_flag[u] = 1;
        for (int u : overflowed) {                       // their dropped violations may still stand
            if (!violated_flag[u]) to_check.push_back(u);
            violated_flag[u] = 1;
        }
        for (int u : to_check) violated_flag[u] = 0;
    }
    return stats;
}

} // namespace mb
