// core/match/fractional_start.hpp — the exact solve's warm start: the fractional relaxation, solved as a
// bipartite problem, installed as an almost-finished matching with optimal-looking duals.
//
// Why: single-tree searches from scratch on event graphs (many ties, odd cycles through "both" people) form
// and expand blossoms over and over. The fractional relaxation (degrees <= 1, no odd-set constraints) is a
// bipartite problem on the double cover (v -> v_L, v_R; edge uv -> u_L v_R and v_L u_R, same weight), which
// BipartiteSolver solves without a single blossom. Its optimum is half-integral: full edges, even cycles and
// paths of half edges (matched alternately), and odd cycles of half edges — each becomes a blossom with z = 0
// and a free base. With cover duals c, y(v) = c(v_L) + c(v_R) is feasible for the whole graph in w2 = 2w units
// and every edge in the support is tight (complementary slackness of the fractional LP), so only the odd-cycle
// bases still need a search. This is the warm start LEMON calls fractionalInit; the code is our own.
//
// The cover is solved on candidate edges and made exact for the full graph by cover_pricing.hpp; the general
// engine then holds every pair the cover held, and is priced again only where its searches lowered a dual.
#pragma once

#include <chrono>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/match/blossom_engine.hpp"
#include "core/match/cover_pricing.hpp"
#include "core/match/pricing.hpp"

namespace mb {

struct FractionalStats {
    CoverPricingStats cover;             // restarts and repairs of the cover
    int odd_cycles = 0;                  // odd cycles of the fractional optimum (searches still needed)
    int pricing_rounds = 0;              // repair rounds pricing the general graph afterwards
    double ms_first_solve = 0;           // wall time: first cover solve on the candidates
    double ms_cover_pricing = 0;         //   cover pricing (passes, restarts, repairs)
    double ms_general = 0;               //   general engine: install, odd-cycle searches, pricing
};

// Installs the cover's half-integral optimum into the fresh general engine (see the header comment).
// Returns the number of odd cycles (each now a blossom with a pending free base).
int install_fractional(BlossomEngine& general, const BipartiteSolver& cover);

// `general` must be fresh (no edges, no matching); candidates: edges to start from (u < v, no duplicates).
// Leaves `general` exactly optimal for the full graph given by the oracle (cover_pricing.hpp).
template <class Oracle>
FractionalStats fractional_solve(BlossomEngine& general, const Oracle& oracle, const CandidatePairs& candidates,
                                 const CoverPricingPolicy& policy = {}) {
    using Clock = std::chrono::steady_clock;
    auto ms = [](Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); };
    FractionalStats stats;
    const int n = general.vertex_count();
    auto t0 = Clock::now();
    BipartiteSolver cover = make_cover(n, candidates);
    std::vector<std::uint8_t> roles = cover_roles(n, candidates);
    cover.solve_fresh(roles);
    stats.ms_first_solve = ms(t0);

    t0 = Clock::now();
    CoverPricer pricer(n, std::move(roles), policy);
    stats.cover = pricer.run(cover, oracle);
    stats.ms_cover_pricing = ms(t0);

    t0 = Clock::now();
    for (const auto& [e, w2] : cover_pairs(cover, n)) general.add_edge(e.first, e.second, w2);
    stats.odd_cycles = install_fractional(general, cover);
    general.solve_pending();
    stats.pricing_rounds = price_until_feasible(general, oracle, general.take_lowered()).rounds;
    stats.ms_general = ms(t0);
    return stats;
}

} // namespace mb
