// tests/match/test_solver.cpp — the exact solver against brute force, certificates, pricing, incremental use.
#include <catch2/catch.hpp>

#include <random>

#include "brute_force.hpp"
#include "core/match/blossom_engine.hpp"
#include "core/match/max_weight_matching.hpp"
#include "core/match/pricing.hpp"

using namespace mb;
using namespace mb::testing;

namespace {

// Solves with the given options and checks validity, optimality against brute force, and the certificate.
void check_against_brute_force(int n, const std::vector<WeightedEdge>& edges, const MatchingOptions& options) {
    const CsrGraph g = make_csr(n, edges);
    MatchingCertificate cert;
    const MatchingResult r = max_weight_matching(g, options, &cert);
    INFO("n=" << n << " edges=" << edges.size());
    REQUIRE(matching_weight(n, edges, r.mate) == r.total);
    REQUIRE(r.total == brute_force_max_weight(n, edges));
    REQUIRE(verify_certificate(g, r, cert).empty());
}

MatchingOptions always_price(int k) {
    MatchingOptions o;
    o.candidates_per_vertex = k;
    o.pricing_min_degree = -1;
    return o;
}

} // namespace

TEST_CASE("solver matches brute force on thousands of random general graphs") {
    std::mt19937_64 rng(20240601);
    std::uniform_int_distribution<int> size(0, 12);
    std::uniform_int_distribution<int> weight_kind(0, 3);
    const std::int64_t max_weights[] = {1, 3, 20, 1'000'000'000'000};
    std::uniform_real_distribution<double> density(0.1, 1.0);
    for (int trial = 0; trial < 3000; ++trial) {
        RandomGraphSpec spec{size(rng), density(rng), max_weights[weight_kind(rng)]};
        const auto edges = random_graph(spec, rng);
        check_against_brute_force(spec.n, edges, {});
    }
}

TEST_CASE("pricing from a tiny candidate set still reaches the exact optimum") {
    std::mt19937_64 rng(77);
    std::uniform_int_distribution<int> size(2, 12);
    std::uniform_int_distribution<int> k(1, 3);
    for (int trial = 0; trial < 2000; ++trial) {
        RandomGraphSpec spec{size(rng), 0.7, trial % 2 ? 5 : 1000};
        const auto edges = random_graph(spec, rng);
        check_against_brute_force(spec.n, edges, always_price(k(rng)));
    }
}

TEST_CASE("mentoring-shaped instances with 'both' attendees (odd cycles) and bipartite ones") {
    std::mt19937_64 rng(4242);
    std::uniform_int_distribution<int> size(2, 12);
    for (int trial = 0; trial < 2000; ++trial) {
        const double both = trial % 3 == 0 ? 0.0 : (trial % 3 == 1 ? 0.15 : 0.6);
        const auto n = size(rng);
        const auto edges = random_mentoring_graph(n, both, trial % 2 ? 4 : 500, rng);
        check_against_brute_force(n, edges, {});
        check_against_brute_force(n, edges, always_price(2));
    }
}

TEST_CASE("medium graphs: direct and priced solves agree and both carry valid certificates") {
    std::mt19937_64 rng(99);
    for (int trial = 0; trial < 40; ++trial) {
        const int n = 40 + trial * 4;
        const auto edges = trial % 2 ? random_graph({n, 0.6, trial % 4 ? 7 : 100000}, rng)
                                     : random_mentoring_graph(n, 0.15, 300, rng);
        const CsrGraph g = make_csr(n, edges);
        MatchingCertificate c1, c2;
        MatchingOptions direct;
        direct.pricing_min_degree = 1 << 30;
        const MatchingResult a = max_weight_matching(g, direct, &c1);
        const MatchingResult b = max_weight_matching(g, always_price(4), &c2);
        REQUIRE(a.total == b.total);
        REQUIRE(verify_certificate(g, a, c1).empty());
        REQUIRE(verify_certificate(g, b, c2).empty());
    }
}

TEST_CASE("tiny worked examples") {
    const std::vector<WeightedEdge> path{{0, 1, 5}, {1, 2, 9}, {2, 3, 5}};
    const MatchingResult r = max_weight_matching(make_csr(4, path));
    CHECK(r.total == 10);
    CHECK(r.mate == std::vector<int>{1, 0, 3, 2});
    const MatchingResult triangle = max_weight_matching(make_csr(3, std::vector<WeightedEdge>{{0, 1, 4}, {1, 2, 4}, {0, 2, 4}}));
    CHECK(triangle.total == 4);
    CHECK(max_weight_matching(make_csr(0, std::vector<WeightedEdge>{})).total == 0);
    CHECK(max_weight_matching(make_csr(5, std::vector<WeightedEdge>{})).mate == std::vector<int>(5, -1));
}

TEST_CASE("make_csr rejects bad edges and merges duplicates keeping the heaviest") {
    CHECK_THROWS(make_csr(2, std::vector<WeightedEdge>{{0, 2, 1}}));
    CHECK_THROWS(make_csr(2, std::vector<WeightedEdge>{{1, 1, 1}}));
    CHECK_THROWS(make_csr(2, std::vector<WeightedEdge>{{0, 1, 0}}));
    CHECK_THROWS(make_csr(2, std::vector<WeightedEdge>{{0, 1, kMaxEdgeWeight + 1}}));
    const CsrGraph g = make_csr(2, std::vector<WeightedEdge>{{0, 1, 3}, {1, 0, 8}, {0, 1, 5}});
    CHECK(g.edge_count() == 1);
    CHECK(max_weight_matching(g).total == 8);
}

// --- The engine used incrementally, the way the real-time matcher uses it ------------------------------------

namespace {

std::vector<WeightedEdge> induced(const std::vector<WeightedEdge>& edges, int present) {
    std::vector<WeightedEdge> out;
    for (const WeightedEdge& e : edges) {
        if (e.u < present && e.v < present) out.push_back(e);
    }
    return out;
}

// Vertex v arrives with its edges to the earlier ones; one search must leave the engine exactly optimal.
void arrive_and_check(BlossomEngine& engine, const std::vector<WeightedEdge>& edges, int v) {
    for (const WeightedEdge& e : edges) {
        const int other = e.u == v ? e.v : (e.v == v ? e.u : -1);
        if (other >= 0 && other < v) engine.add_edge(v, other, 2 * e.w);
    }
    make_feasible(engine, v);
    engine.free_vertex(v);
    engine.solve_pending();
    REQUIRE(engine.check_invariants(true).empty());
    REQUIRE(engine.matched_weight2() / 2 == brute_force_max_weight(v + 1, induced(edges, v + 1)));
}

} // namespace

TEST_CASE("engine: arrivals one at a time keep the matching optimal after one search each") {
    std::mt19937_64 rng(5150);
    std::int64_t formed = 0, expanded = 0;
    for (int trial = 0; trial < 400; ++trial) {
        const int n = 12;
        const auto edges = trial % 2 ? random_graph({n, 0.5, trial % 4 ? 6 : 900}, rng)
                                     : random_mentoring_graph(n, 0.3, 50, rng);
        BlossomEngine engine(n);
        for (int v = 0; v < n; ++v) {
            arrive_and_check(engine, edges, v);
        }
        formed += engine.stats().blossoms_formed;
        expanded += engine.stats().expansions;
    }
    CHECK(formed > 100);                                  // the blossom code paths really were exercised
    CHECK(expanded > 10);
}

TEST_CASE("engine: weight changes and removed edges are repaired exactly") {
    std::mt19937_64 rng(8080);
    std::uniform_int_distribution<int> pick(0, 1 << 30);
    for (int trial = 0; trial < 300; ++trial) {
        const int n = 11;
        auto edges = random_graph({n, 0.6, 20}, rng);
        if (edges.empty()) continue;
        BlossomEngine engine(n);
        for (const WeightedEdge& e : edges) engine.add_edge(e.u, e.v, 2 * e.w);
        engine.init_duals_half_max();
        engine.solve_all();
        for (int step = 0; step < 8 && !edges.empty(); ++step) {
            const std::size_t i = static_cast<std::size_t>(pick(rng)) % edges.size();
            const WeightedEdge e = edges[i];
            engine.free_vertex(e.u);
            if (step % 2 == 0) {
                engine.remove_edge(e.u, e.v);
                edges.erase(edges.begin() + static_cast<std::ptrdiff_t>(i));
            } else {
                edges[i].w = 1 + pick(rng) % 40;
                engine.set_edge_weight(e.u, e.v, 2 * edges[i].w);
            }
            make_feasible(engine, e.u);
            engine.solve_pending();
            REQUIRE(engine.check_invariants(true).empty());
            REQUIRE(engine.matched_weight2() / 2 == brute_force_max_weight(n, edges));
        }
    }
}

TEST_CASE("engine: growing the vertex count between arrivals keeps the solution (blossoms included) exact") {
    std::mt19937_64 rng(6060);
    std::int64_t blossoms_alive = 0;
    for (int trial = 0; trial < 300; ++trial) {
        const int n = 12;
        const auto edges = trial % 2 ? random_graph({n, 0.6, trial % 4 ? 5 : 700}, rng)
                                     : random_mentoring_graph(n, 0.4, 40, rng);
        BlossomEngine engine(1);
        for (int v = 0; v < n; ++v) {
            if (v >= engine.vertex_count()) engine.grow(v + 1 + trial % 3);   // by one, or a few at a time
            arrive_and_check(engine, edges, v);
            blossoms_alive += static_cast<std::int64_t>(engine.blossom_duals().size());
        }
    }
    CHECK(blossoms_alive > 50);                            // growth happened with blossoms standing
}
