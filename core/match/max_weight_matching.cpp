// core/match/max_weight_matching.cpp — CSR building, the candidate/pricing driver, certificate checking.
#include "core/match/max_weight_matching.hpp"

#include <algorithm>
#include <limits>
#include <sstream>
#include <stdexcept>

#include "core/match/blossom_engine.hpp"
#include "core/match/fractional_start.hpp"
#include "core/match/pricing.hpp"
#include "core/match/top_k.hpp"

namespace mb {

// --- CSR -----------------------------------------------------------------------------------------------------

CsrGraph make_csr(int n, std::span<const WeightedEdge> edges) {
    if (n < 0) throw std::invalid_argument("vertex count must not be negative");
    std::vector<WeightedEdge> sorted;
    sorted.reserve(edges.size());
    for (const WeightedEdge& e : edges) {
        if (e.u < 0 || e.u >= n || e.v < 0 || e.v >= n) throw std::invalid_argument("edge endpoint out of range");
        if (e.u == e.v) throw std::invalid_argument("self-loop");
        if (e.w < 1 || e.w > kMaxEdgeWeight) throw std::invalid_argument("edge weight outside 1..1e15");
        sorted.push_back({std::min(e.u, e.v), std::max(e.u, e.v), e.w});
    }
    std::sort(sorted.begin(), sorted.end(), [](const WeightedEdge& a, const WeightedEdge& b) {
        return a.u != b.u ? a.u < b.u : (a.v != b.v ? a.v < b.v : a.w > b.w);
    });
    sorted.erase(std::unique(sorted.begin(), sorted.end(),
                             [](const WeightedEdge& a, const WeightedEdge& b) { return a.u == b.u && a.v == b.v; }),
                 sorted.end());                                    // keeps the heaviest copy (sorted first)
    CsrGraph g;
    g.n = n;
    g.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
    for (const WeightedEdge& e : sorted) {
        ++g.offsets[e.u + 1];
        ++g.offsets[e.v + 1];
    }
    for (int v = 0; v < n; ++v) g.offsets[v + 1] += g.offsets[v];
    g.targets.resize(sorted.size() * 2);
    g.weights.resize(sorted.size() * 2);
    std::vector<int> fill(g.offsets.begin(), g.offsets.end() - 1);
    for (const WeightedEdge& e : sorted) {
        g.targets[fill[e.u]] = e.v;
        g.weights[fill[e.u]++] = e.w;
        g.targets[fill[e.v]] = e.u;
        g.weights[fill[e.v]++] = e.w;
    }
    return g;
}

// --- Solving -------------------------------------------------------------------------------------------------

namespace {

// The union over vertices of each vertex's `k` heaviest edges (all edges when k covers every degree).
CandidatePairs candidates(const CsrGraph& g, int k) {
    CandidatePairs out;
    if (k >= g.n) {
        CsrOracle{g}.for_each_pair([&](int u, int v, std::int64_t w2) { out.push_back({{u, v}, w2}); });
        return out;
    }
    TopKPerKey<int> best(g.n, k);
    CsrOracle{g}.for_each_pair([&](int u, int v, std::int64_t w2) {
        if (w2 > best.floor(u)) best.offer(u, w2, v);
        if (w2 > best.floor(v)) best.offer(v, w2, u);
    });
    std::int64_t heaviest = 0;
    for (std::int64_t w : g.weights) heaviest = std::max(heaviest, w);
    std::vector<char> salted(static_cast<std::size_t>(g.n), 0);
    if (heaviest < (std::int64_t{1} << 44)) {                 // room for the tie-break bits
        salted = reselect_flat_lists(best, g.n, [&](int u, auto&& offer) {
            CsrOracle{g}.for_each_edge(u, [&](int v, std::int64_t w2) { offer(w2, v); });
        });
    }
    for (int u = 0; u < g.n; ++u) {
        best.for_each(u, [&](std::int64_t w2, int v) {
            out.push_back({{std::min(u, v), std::max(u, v)}, salted[u] ? w2 >> kSaltBits : w2});
        });
    }
    normalize_pairs(out);
    return out;
}

} // namespace

MatchingResult max_weight_matching(const CsrGraph& g, const MatchingOptions& options,
                                   MatchingCertificate* certificate) {
    BlossomEngine engine(g.n);
    const double average_degree = g.n == 0 ? 0.0 : static_cast<double>(g.targets.size()) / g.n;
    const bool pricing = average_degree > options.pricing_min_degree;
    const int k = pricing ? std::max(1, options.candidates_per_vertex) : std::numeric_limits<int>::max();
    MatchingResult result;
    const FractionalStats fs = fractional_solve(engine, CsrOracle{g}, candidates(g, k));
    result.pricing_rounds = fs.cover.restarts + fs.cover.rounds + fs.pricing_rounds;
    result.odd_cycles = fs.odd_cycles;
    result.mate.resize(static_cast<std::size_t>(g.n));
    for (int v = 0; v < g.n; ++v) result.mate[v] = engine.mate(v);
    result.total = engine.matched_weight2() / 2;
    result.candidate_edges = static_cast<std::int64_t>(engine.edge_count());
    result.searches = engine.stats().searches;
    if (certificate) {
        certificate->y2.resize(static_cast<std::size_t>(g.n));
        for (int v = 0; v < g.n; ++v) certificate->y2[v] = engine.dual(v);
        certificate->sets = engine.blossom_duals();
    }
    return result;
}

// --- Certificates --------------------------------------------------------------------------------------------

std::string verify_certificate(const CsrGraph& g, const MatchingResult& r, const MatchingCertificate& c) {
    std::ostringstream err;
    if (static_cast<int>(r.mate.size()) != g.n || static_cast<int>(c.y2.size()) != g.n) return "size mismatch";
    auto weight = [&](int u, int v) -> std::int64_t {
        for (int i = g.offsets[u]; i < g.offsets[u + 1]; ++i) {
            if (g.targets[i] == v) return g.weights[i];
        }
        return -1;
    };
    std::int64_t total = 0;
    for (int v = 0; v < g.n; ++v) {
        const int m = r.mate[v];
        if (m == -1) continue;
        if (m < 0 || m >= g.n || r.mate[m] != v) return "mate array is not symmetric at " + std::to_string(v);
        const std::int64_t w = weight(v, m);
        if (w < 0) return "matched pair " + std::to_string(v) + "-" + std::to_string(m) + " is not an edge";
        if (m > v) total += w;
    }
    if (total != r.total) return "reported total differs from the matched weight";
    std::vector<std::vector<int>> sets_of(static_cast<std::size_t>(g.n));
    std::int64_t dual_objective = 0;
    for (int v = 0; v < g.n; ++v) {
        if (c.y2[v] < 0) return "negative vertex dual";
        dual_objective += c.y2[v];
    }
    for (std::size_t s = 0; s < c.sets.size(); ++s) {
        const auto& [z2, members] = c.sets[s];
        if (z2 < 0 || members.size() % 2 == 0) return "bad odd-set dual";
        dual_objective += z2 * static_cast<std::int64_t>((members.size() - 1) / 2);
        for (int v : members) sets_of[v].push_back(static_cast<int>(s));
    }
    for (auto& list : sets_of) std::sort(list.begin(), list.end());
    for (int u = 0; u < g.n; ++u) {
        for (int i = g.offsets[u]; i < g.offsets[u + 1]; ++i) {
            const int v = g.targets[i];
            std::int64_t cover = c.y2[u] + c.y2[v];
            std::vector<int> common;
            std::set_intersection(sets_of[u].begin(), sets_of[u].end(), sets_of[v].begin(), sets_of[v].end(),
                                  std::back_inserter(common));
            for (int s : common) cover += c.sets[s].first;
            if (cover < 2 * g.weights[i]) {
                err << "edge " << u << "-" << v << " is not covered by the duals";
                return err.str();
            }
        }
    }
    if (dual_objective != 2 * r.total) {
        err << "dual objective " << dual_objective << " != 2 x total " << 2 * r.total;
        return err.str();
    }
    return {};
}

} // namespace mb
