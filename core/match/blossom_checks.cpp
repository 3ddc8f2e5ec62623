// core/match/blossom_checks.cpp — BlossomEngine's self-checks and read-outs for certificates and tests.
//
// check_invariants() re-derives every property the optimality proof rests on from the raw state, so tests
// (and a debugging session) can catch a broken step right where it happens rather than as a wrong total.
#include <algorithm>
#include <sstream>

#include "core/match/blossom_engine.hpp"

namespace mb {

namespace {
std::string describe(const char* what, int a, int b = -1) {
    std::ostringstream os;
    os << what << " (" << a;
    if (b >= 0) os << ", " << b;
    os << ")";
    return os.str();
}
} // namespace

std::int64_t BlossomEngine::matched_weight2() const {
    std::int64_t sum = 0;
    for (int v = 0; v < n_; ++v) {
        if (mate_[v] > v) sum += edge_weight(v, mate_[v]);
    }
    return sum;
}

std::int64_t BlossomEngine::dual_objective2() const {
    std::int64_t sum = 0;
    for (int v = 0; v < n_; ++v) sum += y_[v];
    for (int b = n_; b < 2 * n_; ++b) {
        if (base_[b] >= 0) sum += z_[b] * ((size_[b] - 1) / 2);
    }
    return sum;
}

std::vector<std::pair<std::int64_t, std::vector<int>>> BlossomEngine::blossom_duals() const {
    std::vector<std::pair<std::int64_t, std::vector<int>>> out;
    for (int b = n_; b < 2 * n_; ++b) {
        if (base_[b] < 0 || z_[b] == 0) continue;
        std::vector<int> leaves;
        collect_leaves(b, leaves);
        out.emplace_back(z_[b], std::move(leaves));
    }
    return out;
}

// --- Blossom index for pricing --------------------------------------------------------------------------

void BlossomEngine::index_blossoms() {
    const auto nodes = static_cast<std::size_t>(2 * n_);
    depth_.assign(nodes, 0);
    cz_.assign(nodes, 0);
    int max_depth = 0;
    std::vector<int> order;                               // parents before children
    for (int v = 0; v < n_; ++v) {
        if (parent_[v] == -1) order.push_back(v);
    }
    for (int b = n_; b < 2 * n_; ++b) {
        if (base_[b] >= 0 && parent_[b] == -1) order.push_back(b);
    }
    for (std::size_t i = 0; i < order.size(); ++i) {
        const int b = order[i];
        const int p = parent_[b];
        depth_[b] = p == -1 ? 0 : depth_[p] + 1;
        cz_[b] = (p == -1 ? 0 : cz_[p]) + (b >= n_ ? z_[b] : 0);
        max_depth = std::max(max_depth, depth_[b]);
        if (b >= n_) {
            for (int c : childs_[b]) order.push_back(c);
        }
    }
    int levels = 1;
    while ((1 << levels) <= max_depth) ++levels;
    up_.assign(static_cast<std::size_t>(levels), std::vector<int>(nodes, -1));
    for (int b : order) up_[0][b] = parent_[b];
    for (int j = 1; j < levels; ++j) {
        for (int b : order) {
            const int mid = up_[j - 1][b];
            up_[j][b] = mid == -1 ? -1 : up_[j - 1][mid];
        }
    }
    index_valid_ = true;
}

std::int64_t BlossomEngine::indexed_common_dual(int u, int v) const {
    int a = u;
    int b = v;
    if (depth_[a] < depth_[b]) std::swap(a, b);
    const int levels = static_cast<int>(up_.size());
    for (int j = levels - 1; j >= 0; --j) {
        if (depth_[a] - (1 << j) >= depth_[b]) a = up_[j][a];
    }
    if (a == b) return cz_[a];
    for (int j = levels - 1; j >= 0; --j) {
        if (up_[j][a] != up_[j][b]) {
            a = up_[j][a];
            b = up_[j][b];
        }
    }
    return cz_[up_[0][a]];
}

std::string BlossomEngine::check_invariants(bool require_complete) const {
    for (int v = 0; v < n_; ++v) {
        const int m = mate_[v];
        if (m != -1 && (m < 0 || m >= n_ || mate_[m] != v)) return describe("mate not symmetric", v, m);
        if (m != -1 && !has_edge(v, m)) return describe("matched pair is not an edge", v, m);
        if (y_[v] < 0) return describe("negative vertex dual", v);
        int t = v;
        while (parent_[t] != -1) t = parent_[t];
        if (top_[v] != t) return describe("top blossom out of date", v);
        if (label_[top_[v]] != kUnlabeled) return describe("label left after search", v);
        if (m == -1 && base_[top_[v]] != v) return describe("free vertex is not its blossom's base", v);
        if (require_complete && m == -1 && y_[v] != 0) return describe("free vertex with positive dual", v);
    }
    for (int u = 0; u < n_; ++u) {
        for (const EngineArc& a : adj_[u]) {
            const std::int64_t s = slack(u, a.to, a.w2);
            if (s < 0) return describe("edge violates a dual constraint", u, a.to);
            if (mate_[u] == a.to && s != 0) return describe("matched edge is not tight", u, a.to);
        }
    }
    for (int b = n_; b < 2 * n_; ++b) {
        if (base_[b] < 0) continue;
        if (z_[b] < 0 || z_[b] % 2 != 0) return describe("blossom dual negative or odd", b);
        const std::vector<int>& ch = childs_[b];
        const std::size_t k = ch.size();
        if (k < 3 || k % 2 == 0 || cedges_[b].size() != k) return describe("blossom cycle malformed", b);
        if (base_[b] != base_[ch[0]]) return describe("blossom base is not its first child's", b);
        for (std::size_t i = 0; i < k; ++i) {
            if (parent_[ch[i]] != b) return describe("child's parent pointer wrong", b, ch[i]);
            const auto [p, q] = cedges_[b][i];
            auto child_of = [&](int leaf) {
                int t = leaf;
                while (t != -1 && parent_[t] != b) t = parent_[t];
                return t;
            };
            if (child_of(p) != ch[i] || child_of(q) != ch[(i + 1) % k]) return describe("cycle edge misplaced", b);
            if (!has_edge(p, q)) return describe("cycle edge is not an edge", p, q);
            if (slack(p, q, edge_weight(p, q)) != 0) return describe("cycle edge is not tight", p, q);
            const bool matched = mate_[p] == q;
            if (matched != (i % 2 == 1)) return describe("cycle matching does not alternate", b);
        }
        const int m = mate_[base_[b]];
        int t = m;
        while (t != -1 && t != b) t = parent_[t];
        if (m != -1 && t == b) return describe("blossom base matched inside", b);
    }
    return {};
}

} // namespace mb
