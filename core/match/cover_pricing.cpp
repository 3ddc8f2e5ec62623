// core/match/cover_pricing.cpp — the non-template parts of cover pricing: restarts, repairs, bookkeeping.
#include "core/match/cover_pricing.hpp"

namespace mb {

void normalize_pairs(CandidatePairs& pairs) {
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) { return x.first == y.first; }),
                pairs.end());
}

BipartiteSolver make_cover(int n, const CandidatePairs& pairs) {
    BipartiteSolver cover(n, n);
    for (const auto& [e, w2] : pairs) {
        cover.add_edge(e.first, n + e.second, w2 / 2);
        cover.add_edge(e.second, n + e.first, w2 / 2);
    }
    return cover;
}

CandidatePairs cover_pairs(const BipartiteSolver& cover, int n) {
    CandidatePairs pairs;
    for (int u = 0; u < n; ++u) {
        cover.for_each_arc(u, [&](int to, std::int64_t w) {
            const int v = to - n;
            pairs.push_back({{std::min(u, v), std::max(u, v)}, 2 * w});
        });
    }
    normalize_pairs(pairs);
    return pairs;
}

std::vector<std::uint8_t> cover_roles(int n, const CandidatePairs& pairs) {
    std::vector<std::pair<int, int>> edges;
    edges.reserve(pairs.size());
    for (const auto& [e, w2] : pairs) edges.push_back(e);
    return cover_roles(choose_bidders(n, edges));
}

std::vector<std::uint8_t> cover_roles(const std::vector<std::uint8_t>& person) {
    const std::size_t n = person.size();
    std::vector<std::uint8_t> role(2 * n);
    for (std::size_t v = 0; v < n; ++v) role[v] = role[n + v] = person[v];
    return role;
}

int CoverPricer::count_violated() const {
    int count = 0;
    for (int a = 0; a < 2 * n_; ++a) count += violated_.size(a) > 0;
    return count;
}

std::vector<CoverPricer::Edge> CoverPricer::take_violations() {
    std::vector<Edge> found;
    std::vector<std::pair<std::int64_t, Edge>> row;
    for (int a = 0; a < 2 * n_; ++a) {
        if (violated_.size(a) == 0) continue;
        row.clear();
        violated_.for_each(a, [&](std::int64_t excess, const Edge& e) { row.push_back({excess, e}); });
        violated_.clear(a);
        std::sort(row.begin(), row.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
        for (const auto& entry : row) found.push_back(entry.second);
    }
    return found;
}

void CoverPricer::restart(BipartiteSolver& cover) {
    CandidatePairs pairs = cover_pairs(cover, n_);
    auto person = [this](int x) { return x < n_ ? x : x - n_; };
    for (const Edge& e : take_violations()) {
        const int u = person(e.a), v = person(e.b);
        pairs.push_back({{std::min(u, v), std::max(u, v)}, 2 * e.w});
    }
    for (int a = 0; a < 2 * n_; ++a) {
        const int u = person(a);
        partners_->for_each(a, [&](std::int64_t, const std::pair<int, std::int64_t>& p) {
            pairs.push_back({{std::min(u, p.first), std::max(u, p.first)}, p.second});
        });
    }
    for (int a : overflowed_) overflow_flag_[a] = 0;
    overflowed_.clear();
    normalize_pairs(pairs);
    cover = make_cover(n_, pairs);
    // The roles stay those of the first candidate set: edges that break them are covered by lifting an end, which
    // costs fewer searches than re-colouring (that leaves more people to the searches as "neither").
    cover.solve_fresh(roles_);
}

void CoverPricer::repair(BipartiteSolver& cover, const std::vector<Edge>& found) {
    for (const Edge& e : found) cover.add_edge(e.a, e.b, e.w);
    for (const Edge& e : found) {
        const std::int64_t ya = cover.dual(e.a), yb = cover.dual(e.b);
        if (ya + yb >= e.w) continue;                       // an earlier lift already covered it
        if (cover.mate(e.b) == -1 && cover.mate(e.a) != -1) {
            cover.free_and_raise(e.b, e.w - ya);
        } else {
            cover.free_and_raise(e.a, e.w - yb);
        }
    }
    cover.solve_pending();
}

std::vector<int> CoverPricer::people_to_recheck(BipartiteSolver& cover) {
    std::vector<char> mark(static_cast<std::size_t>(n_), 0);
    std::vector<int> people;
    auto add = [&](int x) {
        const int p = x < n_ ? x : x - n_;
        if (!mark[p]) {
            mark[p] = 1;
            people.push_back(p);
        }
    };
    for (int x : cover.take_lowered()) add(x);
    for (int a : overflowed_) {
        add(a);
        overflow_flag_[a] = 0;
    }
    overflowed_.clear();
    return people;
}

} // namespace mb
