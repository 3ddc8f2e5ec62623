// tests/match/test_pair_weights.cpp — the bulk scorer (PairWeights) equals PairScorer pair by pair, and its
// passes visit every allowed pair exactly once.
#include <catch2/catch.hpp>

#include <map>
#include <random>

#include "core/match/pair_weights.hpp"
#include "core/match/scoring.hpp"

using namespace mb;

namespace {

MatchProfile random_profile(std::mt19937_64& rng) {
    std::uniform_int_distribution<int> pick(0, 1 << 20);
    MatchProfile p;
    const int role = pick(rng) % 10;                       // some people can do neither (role-less records)
    p.can_mentor = role < 4 || role >= 7;
    p.can_mentee = role >= 4 && role != 9;
    p.years = pick(rng) % 40;
    p.prefer_outside = pick(rng) % 4 != 0;
    p.goals = static_cast<std::uint32_t>(pick(rng) % 256);  // bit 7 set sometimes: must be ignored
    p.expertise = static_cast<std::uint32_t>(pick(rng) % 256);
    p.seniority = pick(rng) % 4;
    p.field = pick(rng) % 4;                                // 0 = unknown
    p.org = pick(rng) % 5;
    p.city = pick(rng) % 4;
    p.area = pick(rng) % 3;
    return p;
}

MatchSettings random_settings(std::mt19937_64& rng) {
    std::uniform_int_distribution<int> pick(0, 1 << 20);
    MatchSettings s;
    s.min_years_gap = pick(rng) % 5;
    s.weights.base = pick(rng) % 20;
    s.weights.goal_coverage = pick(rng) % 500;
    s.weights.experience_max = pick(rng) % 200;
    s.weights.experience_plateau_years = 1 + pick(rng) % 20;
    s.weights.seniority_per_level = pick(rng) % 50;
    s.weights.same_field = pick(rng) % 100;
    s.weights.same_region = pick(rng) % 50;
    s.weights.outside_organization = pick(rng) % 30;
    return s;
}

} // namespace

TEST_CASE("PairWeights scores every pair exactly as PairScorer does, relations included") {
    std::mt19937_64 rng(31337);
    for (int trial = 0; trial < 60; ++trial) {
        const MatchSettings settings = trial == 0 ? MatchSettings{} : random_settings(rng);
        const PairScorer scorer(settings);
        const int n = 5 + trial % 40;
        // Vertex ids with gaps, as the Matcher's slots have: ids 0, 2, 4, ... take part.
        std::vector<MatchProfile> profiles(static_cast<std::size_t>(2 * n));
        std::vector<const MatchProfile*> profile_of(profiles.size(), nullptr);
        std::vector<int> vertices;
        for (int i = 0; i < n; ++i) {
            profiles[2 * i] = random_profile(rng);
            profile_of[2 * i] = &profiles[2 * i];
            vertices.push_back(2 * i);
        }
        std::shuffle(vertices.begin(), vertices.end(), rng);
        std::map<std::pair<int, int>, int> expected;        // (u < v) -> score
        for (int u : vertices) {
            for (int v : vertices) {
                if (u < v) expected[{u, v}] = scorer.best_orientation(profiles[u], profiles[v]).score;
            }
        }
        // A few exact overrides, as likes (more points) and declines (blocked) give: a relation never allows a
        // pair the roles, experience or organization forbid.
        std::vector<RelatedPair> related;
        for (int r = 0; r < n / 3; ++r) {
            const int u = vertices[static_cast<std::size_t>(r)];
            const int v = vertices[static_cast<std::size_t>(n - 1 - r)];
            if (u == v) continue;
            const int profile_score = expected[{std::min(u, v), std::max(u, v)}];
            const int w = r % 3 == 0 || profile_score < 0 ? -1 : profile_score + 60 * r;
            related.push_back({u, v, w});
            expected[{std::min(u, v), std::max(u, v)}] = w;
        }
        const PairWeights pw(settings, vertices, profile_of, related);
        for (const auto& [key, score] : expected) {
            INFO("trial " << trial << " pair " << key.first << "-" << key.second);
            REQUIRE(pw.weight(key.first, key.second) == std::max(score, -1));
            REQUIRE(pw.weight(key.second, key.first) == std::max(score, -1));
        }
        std::map<std::pair<int, int>, int> seen;
        pw.for_each_pair([&](int u, int v, int w) {
            REQUIRE(seen.emplace(std::pair{std::min(u, v), std::max(u, v)}, w).second);   // once per pair
        });
        for (const auto& [key, score] : expected) {
            const auto it = seen.find(key);
            if (score > 0) {
                REQUIRE(it != seen.end());
                REQUIRE(it->second == score);
            } else {
                REQUIRE(it == seen.end());
            }
        }
        for (int u : vertices) {
            int count = 0;
            pw.for_each_edge(u, [&](int v, int w) {
                ++count;
                REQUIRE(v != u);
                REQUIRE(expected.at({std::min(u, v), std::max(u, v)}) == w);
            });
            int allowed = 0;
            for (int v : vertices) allowed += v != u && expected.at({std::min(u, v), std::max(u, v)}) > 0;
            REQUIRE(count == allowed);
        }
    }
}
