// tests/match/test_bipartite.cpp — the warm start's parts: the bipartite solver against brute force (fresh and
// repaired), the bidder split, the top-k lists, and the cover pricing's restart and repair paths.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "brute_force.hpp"
#include "core/match/bipartite_solver.hpp"
#include "core/match/fractional_start.hpp"
#include "core/match/top_k.hpp"

using namespace mb;
using namespace mb::testing;

namespace {

struct BipartiteCase {
    int left = 0;                                  // vertices 0..left-1
    int right = 0;                                 // vertices left..left+right-1
    std::vector<WeightedEdge> edges;               // (left, right, w)
};

BipartiteCase random_bipartite(std::mt19937_64& rng, std::int64_t max_weight) {
    std::uniform_int_distribution<int> side(1, 6);
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    BipartiteCase c;
    c.left = side(rng);
    c.right = side(rng);
    const double density = 0.2 + 0.8 * coin(rng);
    std::uniform_int_distribution<std::int64_t> weight(1, max_weight);
    for (int l = 0; l < c.left; ++l) {
        for (int r = 0; r < c.right; ++r) {
            if (coin(rng) < density) c.edges.push_back({l, c.left + r, weight(rng)});
        }
    }
    return c;
}

std::int64_t matched_weight(const BipartiteSolver& s, int left) {
    std::int64_t total = 0;
    for (int l = 0; l < left; ++l) {
        s.for_each_arc(l, [&](int to, std::int64_t w) {
            if (s.mate(l) == to) total += w;
        });
    }
    return total;
}

} // namespace

TEST_CASE("bipartite solver: fresh solves are optimal whatever the roles, and stay exact after repairs") {
    std::mt19937_64 rng(2718);
    std::uniform_int_distribution<int> role(0, 2);
    const std::int64_t max_weights[] = {1, 4, 30, 1'000'000'000'000};
    for (int trial = 0; trial < 3000; ++trial) {
        BipartiteCase c = random_bipartite(rng, max_weights[trial % 4]);
        const int n = c.left + c.right;
        BipartiteSolver solver(c.left, c.right);
        for (const WeightedEdge& e : c.edges) solver.add_edge(e.u, e.v, e.w);
        // Roles: the sensible split (left bid), its mirror, or random ones that break the bidder/object rule
        // (the solver must cover such edges by lifting).
        std::vector<std::uint8_t> roles(static_cast<std::size_t>(n));
        for (int v = 0; v < n; ++v) {
            const bool left = v < c.left;
            switch (trial % 3) {
            case 0: roles[v] = left ? BipartiteSolver::kBidder : BipartiteSolver::kObject; break;
            case 1: roles[v] = left ? BipartiteSolver::kObject : BipartiteSolver::kBidder; break;
            default: roles[v] = static_cast<std::uint8_t>(role(rng)); break;
            }
        }
        solver.solve_fresh(roles);
        INFO("trial " << trial);
        REQUIRE(solver.check_invariants(true).empty());
        REQUIRE(matched_weight(solver, c.left) == brute_force_max_weight(n, c.edges));

        // Repairs, the way pricing does them: a new edge, one end lifted to cover it, searches from the freed.
        std::uniform_int_distribution<int> pick_l(0, c.left - 1), pick_r(0, c.right - 1);
        for (int step = 0; step < 3; ++step) {
            const int l = pick_l(rng), r = c.left + pick_r(rng);
            if (solver.has_edge(l, r)) continue;
            const std::int64_t w = 1 + static_cast<std::int64_t>(rng() % 40);
            c.edges.push_back({l, r, w});
            solver.add_edge(l, r, w);
            if (solver.dual(l) + solver.dual(r) < w) solver.free_and_raise(step % 2 ? r : l, w - solver.dual(step % 2 ? l : r));
            solver.solve_pending();
            REQUIRE(solver.check_invariants(true).empty());
            REQUIRE(matched_weight(solver, c.left) == brute_force_max_weight(n, c.edges));
        }
    }
}

TEST_CASE("choose_bidders: every edge between two people with a side joins a bidder and an object") {
    std::mt19937_64 rng(99);
    for (int trial = 0; trial < 200; ++trial) {
        const int n = 20 + trial % 60;
        const auto edges = random_mentoring_graph(n, trial % 2 ? 0.15 : 0.0, 50, rng);
        std::vector<std::pair<int, int>> pairs;
        for (const WeightedEdge& e : edges) pairs.push_back({e.u, e.v});
        const std::vector<std::uint8_t> role = choose_bidders(n, pairs);
        REQUIRE(role.size() == static_cast<std::size_t>(n));
        int neither = 0;
        for (int v = 0; v < n; ++v) neither += role[v] == BipartiteSolver::kNeither;
        for (const auto& [u, v] : pairs) {
            if (role[u] == BipartiteSolver::kNeither || role[v] == BipartiteSolver::kNeither) continue;
            REQUIRE(role[u] != role[v]);
        }
        if (trial % 2 == 0) CHECK(neither == 0);              // a bipartite graph is split without leftovers
    }
}

TEST_CASE("top-k lists keep exactly the k best offers per key") {
    std::mt19937_64 rng(5);
    std::uniform_int_distribution<std::int64_t> score(-50, 50);
    for (int k : {1, 3, 8}) {
        TopKPerKey<int> lists(5, k);
        std::vector<std::vector<std::int64_t>> offered(5);
        for (int i = 0; i < 400; ++i) {
            const int key = i % 5;
            const std::int64_t s = score(rng);
            offered[key].push_back(s);
            lists.offer(key, s, i);
        }
        for (int key = 0; key < 5; ++key) {
            std::vector<std::int64_t> kept;
            lists.for_each(key, [&](std::int64_t s, int) { kept.push_back(s); });
            std::sort(kept.rbegin(), kept.rend());
            std::sort(offered[key].rbegin(), offered[key].rend());
            offered[key].resize(static_cast<std::size_t>(k));
            REQUIRE(kept == offered[key]);
        }
    }
}

TEST_CASE("fractional warm start is exact with restarts only, repairs only, and the default mix") {
    std::mt19937_64 rng(4711);
    const CoverPricingPolicy policies[] = {{0, 30}, {4, 0}, {}};
    std::uniform_int_distribution<int> size(4, 14), k(1, 3);
    for (int trial = 0; trial < 900; ++trial) {
        const int n = size(rng);
        const auto edges = trial % 2 ? random_graph({n, 0.7, trial % 4 ? 6 : 900}, rng)
                                     : random_mentoring_graph(n, 0.3, 40, rng);
        const CsrGraph g = make_csr(n, edges);
        // A deliberately poor start: each vertex's k heaviest edges only.
        CandidatePairs candidates;
        const int kk = k(rng);
        for (int u = 0; u < n; ++u) {
            std::vector<std::pair<std::int64_t, int>> row;
            for (int i = g.offsets[u]; i < g.offsets[u + 1]; ++i) row.push_back({g.weights[i], g.targets[i]});
            std::sort(row.rbegin(), row.rend());
            for (std::size_t i = 0; i < row.size() && i < static_cast<std::size_t>(kk); ++i) {
                const int v = row[i].second;
                candidates.push_back({{std::min(u, v), std::max(u, v)}, 2 * row[i].first});
            }
        }
        normalize_pairs(candidates);
        BlossomEngine engine(n);
        const FractionalStats stats = fractional_solve(engine, CsrOracle{g}, candidates, policies[trial % 3]);
        INFO("trial " << trial << " policy " << trial % 3);
        if (trial % 3 == 0) REQUIRE(stats.cover.restarts == 0);
        REQUIRE(engine.check_invariants(true).empty());
        REQUIRE(engine.matched_weight2() / 2 == brute_force_max_weight(n, edges));
        // The engine's duals are feasible for every edge of the full graph, not only the ones it holds.
        for (int u = 0; u < n; ++u) {
            for (int i = g.offsets[u]; i < g.offsets[u + 1]; ++i) {
                REQUIRE(engine.slack(u, g.targets[i], 2 * g.weights[i]) >= 0);
            }
        }
    }
}

TEST_CASE("rooms where most pairs score alike: candidate lists are re-chosen and the result stays exact") {
    std::mt19937_64 rng(123);
    for (int trial = 0; trial < 12; ++trial) {
        const int n = 60 + 10 * trial;
        // Dense, nearly flat weights (every pair 5, a rare 6): most heaviest-k lists come out flat.
        std::vector<WeightedEdge> edges;
        std::uniform_real_distribution<double> coin(0.0, 1.0);
        for (int u = 0; u < n; ++u) {
            for (int v = u + 1; v < n; ++v) {
                if (coin(rng) < 0.7) edges.push_back({u, v, coin(rng) < 0.004 ? 6 : 5});
            }
        }
        const CsrGraph g = make_csr(n, edges);
        MatchingOptions priced;
        priced.candidates_per_vertex = 4;
        priced.pricing_min_degree = -1;
        MatchingOptions direct;
        direct.pricing_min_degree = 1 << 30;
        MatchingCertificate c1, c2;
        const MatchingResult a = max_weight_matching(g, priced, &c1);
        const MatchingResult b = max_weight_matching(g, direct, &c2);
        INFO("trial " << trial);
        REQUIRE(a.total == b.total);
        REQUIRE(verify_certificate(g, a, c1).empty());
        REQUIRE(verify_certificate(g, b, c2).empty());
    }
}
