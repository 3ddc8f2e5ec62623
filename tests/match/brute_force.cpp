// tests/match/brute_force.cpp — subset DP for exact small answers; random instance generators for tests.
#include "brute_force.hpp"

#include <algorithm>

namespace mb::testing {

std::int64_t brute_force_max_weight(int n, const std::vector<WeightedEdge>& edges) {
    std::vector<std::vector<std::int64_t>> w(n, std::vector<std::int64_t>(n, 0));
    for (const WeightedEdge& e : edges) {
        w[e.u][e.v] = std::max(w[e.u][e.v], e.w);
        w[e.v][e.u] = w[e.u][e.v];
    }
    const std::size_t full = std::size_t{1} << n;
    std::vector<std::int64_t> best(full, 0);
    for (std::size_t mask = 1; mask < full; ++mask) {
        int i = 0;
        while (!((mask >> i) & 1)) ++i;                   // lowest vertex: single, or matched to some j
        const std::size_t rest = mask & ~(std::size_t{1} << i);
        std::int64_t b = best[rest];
        for (int j = i + 1; j < n; ++j) {
            if (((rest >> j) & 1) && w[i][j] > 0) b = std::max(b, w[i][j] + best[rest & ~(std::size_t{1} << j)]);
        }
        best[mask] = b;
    }
    return best[full - 1];
}

std::int64_t matching_weight(int n, const std::vector<WeightedEdge>& edges, const std::vector<int>& mate) {
    if (static_cast<int>(mate.size()) != n) return -1;
    std::int64_t total = 0;
    for (int v = 0; v < n; ++v) {
        const int m = mate[v];
        if (m == -1) continue;
        if (m < 0 || m >= n || m == v || mate[m] != v) return -1;
        std::int64_t w = -1;
        for (const WeightedEdge& e : edges) {
            if ((e.u == v && e.v == m) || (e.u == m && e.v == v)) w = std::max(w, e.w);
        }
        if (w < 0) return -1;
        if (m > v) total += w;
    }
    return total;
}

std::vector<WeightedEdge> random_graph(const RandomGraphSpec& spec, std::mt19937_64& rng) {
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    std::uniform_int_distribution<std::int64_t> weight(1, spec.max_weight);
    std::vector<WeightedEdge> edges;
    for (int u = 0; u < spec.n; ++u) {
        for (int v = u + 1; v < spec.n; ++v) {
            if (coin(rng) < spec.density) edges.push_back({u, v, weight(rng)});
        }
    }
    return edges;
}

std::vector<WeightedEdge> random_mentoring_graph(int n, double both_share, std::int64_t max_weight,
                                                 std::mt19937_64& rng) {
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    std::uniform_int_distribution<int> years(0, 30);
    std::uniform_int_distribution<std::int64_t> weight(1, max_weight);
    std::vector<int> role(n), exp(n);                      // 0 mentor, 1 mentee, 2 both
    for (int v = 0; v < n; ++v) {
        const double r = coin(rng);
        role[v] = r < both_share ? 2 : (r < both_share + (1 - both_share) / 2 ? 0 : 1);
        exp[v] = years(rng);
    }
    auto can = [&](int m, int e) { return role[m] != 1 && role[e] != 0 && exp[m] >= exp[e] + 3; };
    std::vector<WeightedEdge> edges;
    for (int u = 0; u < n; ++u) {
        for (int v = u + 1; v < n; ++v) {
            if ((can(u, v) || can(v, u)) && coin(rng) < 0.8) edges.push_back({u, v, weight(rng)});
        }
    }
    return edges;
}

} // namespace mb::testing
