// tests/match/test_groups.cpp — group seating against brute force, LEMON's network simplex and its own bound.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <random>
#include <sstream>

#include "brute_force.hpp"
#include "core/match/graph_io.hpp"
#include "core/match/group_solver.hpp"
#ifdef MATCHBOOTH_HAVE_LEMON
#include "lemon_flow.hpp"
#endif

using namespace mb;

namespace {

// --- Instances ---------------------------------------------------------------------------------------------

struct GroupInstance {
    int n = 0;
    std::vector<int> capacity;
    std::vector<GroupEdge> edges;
};

// Each person mentors (capacity 1..max_cap), is a mentee (capacity 0) or both; u -> v when u can mentor,
// v can be mentored, u has at least 3 years more, and a coin with probability `density` says yes.
GroupInstance random_groups(int n, double mentor_share, double both_share, int max_cap, double density,
                            std::int64_t max_w, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> coin(0, 1);
    std::uniform_int_distribution<int> cap(1, max_cap), years(0, 30);
    std::uniform_int_distribution<std::int64_t> weight(1, max_w);
    GroupInstance g;
    g.n = n;
    std::vector<int> y(static_cast<std::size_t>(n));
    std::vector<char> mentee(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v) {
        const double r = coin(rng);
        const bool both = r < both_share;
        const bool mentor = both || r < both_share + mentor_share;
        g.capacity.push_back(mentor ? cap(rng) : 0);
        mentee[static_cast<std::size_t>(v)] = !mentor || both;
        y[static_cast<std::size_t>(v)] = years(rng);
    }
    for (int u = 0; u < n; ++u) {
        for (int v = 0; v < n; ++v) {
            if (u == v || g.capacity[static_cast<std::size_t>(u)] == 0 || !mentee[static_cast<std::size_t>(v)]) continue;
            if (y[static_cast<std::size_t>(u)] < y[static_cast<std::size_t>(v)] + 3 || coin(rng) > density) continue;
            g.edges.push_back({u, v, weight(rng)});
        }
    }
    return g;
}

// Optimum by exhaustive search: every vertex in turn takes one of its possible mentors or none.
std::int64_t brute_force_groups(const GroupInstance& g) {
    std::vector<std::vector<std::pair<int, std::int64_t>>> mentors_of(static_cast<std::size_t>(g.n));
    for (const GroupEdge& e : g.edges) mentors_of[static_cast<std::size_t>(e.mentee)].push_back({e.mentor, e.w});
    std::vector<int> load(static_cast<std::size_t>(g.n), 0);
    std::vector<char> is_mentee(static_cast<std::size_t>(g.n), 0);
    std::int64_t best = 0;
    std::function<void(int, std::int64_t)> go = [&](int v, std::int64_t total) {
        if (v == g.n) {
            best = std::max(best, total);
            return;
        }
        go(v + 1, total);
        if (load[static_cast<std::size_t>(v)] > 0) return;                 // already mentors someone
        for (const auto& [u, w] : mentors_of[static_cast<std::size_t>(v)]) {
            if (is_mentee[static_cast<std::size_t>(u)] || load[static_cast<std::size_t>(u)] >= g.capacity[static_cast<std::size_t>(u)]) continue;
            ++load[static_cast<std::size_t>(u)];
            is_mentee[static_cast<std::size_t>(v)] = 1;
            go(v + 1, total + w);
            is_mentee[static_cast<std::size_t>(v)] = 0;
            --load[static_cast<std::size_t>(u)];
        }
    };
    go(0, 0);
    return best;
}

GroupSolution solve(const GroupInstance& g, const GroupSolveOptions& options = {}) {
    GroupSolution s = solve_groups(g.n, g.capacity, g.edges, options);
    INFO(check_groups(g.n, g.capacity, g.edges, s));
    REQUIRE(check_groups(g.n, g.capacity, g.edges, s).empty());
    return s;
}

} // namespace

// --- Exactness ---------------------------------------------------------------------------------------------

TEST_CASE("groups: fixed roles are seated optimally, as brute force finds", "[groups]") {
    std::mt19937_64 rng(7);
    for (int trial = 0; trial < 300; ++trial) {
        const int n = 2 + trial % 8;
        const GroupInstance g = random_groups(n, 0.35, 0.0, 4, 0.6, trial % 2 ? 5 : 100, rng);
        const GroupSolution s = solve(g);
        const std::int64_t best = brute_force_groups(g);
        INFO("trial " << trial << " n " << n << " edges " << g.edges.size());
        CHECK(s.total == best);
        CHECK(s.upper_bound == best);
        CHECK(s.proven_optimal);
        CHECK((g.edges.empty() || s.method == GroupMethod::kBMatching));
    }
}

TEST_CASE("groups: capacity 1 everywhere is the 1 to 1 matching, with both people", "[groups]") {
    std::mt19937_64 rng(11);
    for (int trial = 0; trial < 200; ++trial) {
        const int n = 2 + trial % 9;
        const GroupInstance g = random_groups(n, 0.3, 0.3, 1, 0.7, 20, rng);
        const GroupSolution s = solve(g);
        INFO("trial " << trial);
        CHECK(s.total == brute_force_groups(g));
        CHECK(s.proven_optimal);
        // The same value the 1:1 engine gives on the undirected graph.
        std::vector<WeightedEdge> undirected;
        for (const GroupEdge& e : g.edges) undirected.push_back({e.mentor, e.mentee, e.w});
        CHECK(s.total == max_weight_matching(make_csr(g.n, undirected)).total);
    }
}

TEST_CASE("groups: with both people the bound holds and the seating is feasible and near it", "[groups]") {
    std::mt19937_64 rng(13);
    int proven = 0, exact = 0;
    const int trials = 300;
    for (int trial = 0; trial < trials; ++trial) {
        const int n = 3 + trial % 7;
        const GroupInstance g = random_groups(n, 0.25, 0.4, 3, 0.7, trial % 3 ? 9 : 1000, rng);
        const GroupSolution s = solve(g);
        const std::int64_t best = brute_force_groups(g);
        INFO("trial " << trial << " n " << n << " total " << s.total << " best " << best << " bound " << s.upper_bound);
        REQUIRE(s.total <= best);
        REQUIRE(s.upper_bound >= best);          // the certificate is never wrong
        if (s.proven_optimal) {
            CHECK(s.total == best);
            ++proven;
        }
        if (s.total == best) ++exact;
    }
    // Small instances are the hard ones for a Lagrangian bound (odd structures); most still close.
    CHECK(exact >= trials * 9 / 10);
    CHECK(proven >= trials / 2);
}

TEST_CASE("groups: a mentoring-sized room with both people stays within 0.5 % of its bound", "[groups]") {
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        std::mt19937_64 rng(seed);
        const GroupInstance g = random_groups(240, 0.18, 0.08, 3, 0.3, 1000, rng);   // about 1 : 3
        const GroupSolution s = solve(g);
        INFO("seed " << seed << " total " << s.total << " bound " << s.upper_bound << " iterations " << s.iterations);
        CHECK(s.method == GroupMethod::kLagrangian);
        CHECK(s.gap() <= 0.005);
    }
}

#ifdef MATCHBOOTH_HAVE_LEMON
TEST_CASE("groups: fixed roles agree with LEMON's network simplex on larger rooms", "[groups]") {
    std::mt19937_64 rng(17);
    for (int trial = 0; trial < 12; ++trial) {
        const int n = 100 + 60 * trial;
        const GroupInstance g = random_groups(n, 0.25, 0.0, 1 + trial % 4, trial % 2 ? 0.5 : 0.1,
                                              trial % 3 ? 7 : 100000, rng);
        std::vector<int> mentor, mentee;
        std::vector<std::int64_t> w;
        for (const GroupEdge& e : g.edges) {
            mentor.push_back(e.mentor);
            mentee.push_back(e.mentee);
            w.push_back(e.w);
        }
        const std::int64_t reference = mb::testing::lemon_b_matching(
            g.n, g.capacity.data(), static_cast<int>(g.edges.size()), mentor.data(), mentee.data(), w.data());
        const GroupSolution s = solve(g);
        INFO("trial " << trial << " n " << n << " edges " << g.edges.size());
        CHECK(s.total == reference);
        CHECK(s.upper_bound == reference);
    }
}

TEST_CASE("groups: the b-matching priced from candidates equals LEMON on dense rooms", "[groups]") {
    std::mt19937_64 rng(19);
    const GroupInstance g = random_groups(400, 0.25, 0.0, 3, 0.9, 50, rng);
    std::vector<int> mentor, mentee;
    std::vector<std::int64_t> w;
    for (const GroupEdge& e : g.edges) {
        mentor.push_back(e.mentor);
        mentee.push_back(e.mentee);
        w.push_back(e.w);
    }
    BMatchingOptions narrow;
    narrow.candidates_per_role = 1;              // forces pricing rounds
    narrow.price_above_degree = 1;
    const BMatchingResult r = solve_b_matching(g.n, g.capacity, g.edges, narrow);
    CHECK(r.pricing_rounds > 0);
    CHECK(r.total == r.dual_total);
    CHECK(r.total == mb::testing::lemon_b_matching(g.n, g.capacity.data(), static_cast<int>(g.edges.size()),
                                                   mentor.data(), mentee.data(), w.data()));
}
#endif

// --- Shape of the answer ---------------------------------------------------------------------------------

TEST_CASE("groups: a scarce mentor fills their table, capacity is never exceeded", "[groups]") {
    // Mentor 0 (capacity 3) and four mentees; mentor 5 (capacity 1) is the only other choice for mentee 4.
    const std::vector<int> capacity{3, 0, 0, 0, 0, 1};
    const std::vector<GroupEdge> edges{{0, 1, 10}, {0, 2, 9}, {0, 3, 8}, {0, 4, 7}, {5, 4, 1}};
    const GroupSolution s = solve_groups(6, capacity, edges);
    REQUIRE(check_groups(6, capacity, edges, s).empty());
    CHECK(s.total == 10 + 9 + 8 + 1);
    const std::vector<Group> groups = groups_of(s);
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].mentor == 0);
    CHECK(groups[0].mentees == std::vector<int>{1, 2, 3});
    CHECK(groups[1].mentees == std::vector<int>{4});
}

TEST_CASE("groups: a both person is a mentor or a mentee, never both in one seating", "[groups]") {
    // 1 is "both": mentored by 0 (worth 5) or mentoring 2 and 3 (4 + 4). Mentoring is worth more.
    const std::vector<int> capacity{1, 2, 0, 0};
    const std::vector<GroupEdge> edges{{0, 1, 5}, {1, 2, 4}, {1, 3, 4}};
    const GroupSolution s = solve_groups(4, capacity, edges);
    REQUIRE(check_groups(4, capacity, edges, s).empty());
    CHECK(s.total == 8);
    CHECK(s.mentor_of[1] == -1);
    CHECK(s.load[1] == 2);
    CHECK(s.upper_bound >= 8);
}

TEST_CASE("groups: check_groups refuses a seating that breaks a rule", "[groups]") {
    const std::vector<int> capacity{1, 2, 0, 0};
    const std::vector<GroupEdge> edges{{0, 1, 5}, {1, 2, 4}, {1, 3, 4}};
    GroupSolution s = solve_groups(4, capacity, edges);
    GroupSolution both_roles = s;
    both_roles.mentor_of[1] = 0;
    both_roles.load[0] = 1;
    both_roles.total += 5;
    CHECK_THAT(check_groups(4, capacity, edges, both_roles), Catch::Contains("both mentors and is mentored"));
    GroupSolution wrong_total = s;
    wrong_total.total += 1;
    CHECK_THAT(check_groups(4, capacity, edges, wrong_total), Catch::Contains("total"));
    CHECK_THROWS_AS(solve_groups(4, std::vector<int>{0, 2, 0, 0}, edges), std::invalid_argument);
}

// --- solve --groups text format ------------------------------------------------------------------------------

TEST_CASE("groups: solve --groups reads capacities and edges and prints groups", "[groups][graph_io]") {
    std::istringstream in("# two tables\ngroups 5 4\n2\n0\n0\n1\n0\n0 1 10\n0 2 9\n3 4 5\n0 4 1\n");
    std::ostringstream out, err;
    REQUIRE(run_solve_groups(in, out, err) == 0);
    CHECK(out.str() == "weight 24 groups 2\n0 1 2\n3 4\n");
    CHECK_THAT(err.str(), Catch::Contains("gap 0.0000%"));
}

TEST_CASE("groups: solve --groups input errors are one line with its number, exit 1", "[groups][graph_io]") {
    struct Case {
        const char* input;
        const char* message;
    };
    const Case cases[] = {
        {"", "line 1: empty input"},
        {"3 1\n", "line 1: expected 'groups n m'"},
        {"groups 2 1\n1\n", "line 3: expected 2 capacity lines"},
        {"groups 2 1\n5\n0\n0 1 3\n", "line 2: capacity 5 of vertex 0 is not 0..4"},
        {"groups 2 1\n1\nx\n0 1 3\n", "line 3: expected the mentor capacity of vertex 1"},
        {"groups 2 1\n0\n1\n0 1 3\n", "line 4: vertex 0 has capacity 0 and cannot mentor 1"},
        {"groups 2 2\n1\n1\n0 1 3\n0 1 4\n", "line 5: duplicate edge 0 1 (first given on line 4)"},
        {"groups 2 1\n1\n0\n0 2 3\n", "line 4: vertex 2 is out of range 0..1"},
        {"groups 2 1\n1\n0\n0 1 0\n", "line 4: weight must be an integer from 1 to 10^15"},
        {"groups 2 1\n1\n0\n0 1 3\n1 0 3\n", "line 5: more edge lines than m = 1"},
    };
    for (const Case& c : cases) {
        std::istringstream in(c.input);
        std::ostringstream out, err;
        INFO(c.input);
        CHECK(run_solve_groups(in, out, err) == 1);
        const std::string message = err.str();
        CHECK_THAT(message, Catch::Contains(c.message));
        CHECK(std::count(message.begin(), message.end(), '\n') == 1);
        CHECK(out.str().empty());
    }
}
