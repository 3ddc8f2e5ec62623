// core/match/cover_pricing.cpp — the non-template parts of cover pricing: restarts, repairs, bookkeeping.
#include "core/match/cover_pricing.hpp"

namespace mb {

// Bucket by the smaller end (counting sort), then drop repeated partners within a bucket with a marker array: linear
// time, where a comparison sort of a few hundred thousand pairs took tens of milliseconds per restart.
void normalize_pairs(CandidatePairs& pairs) {
    int n = 0;
    for (const auto& [e, w2] : pairs) n = std::max(n, std::max(e.first, e.second) + 1);
    std::vector<int> start(static_cast<std::size_t>(n) + 1, 0);
    for (const auto& [e, w2] : pairs) ++start[e.first + 1];
    for (int u = 0; u < n; ++u) start[u + 1] += start[u];
    CandidatePairs sorted(pairs.size());
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (const auto& p : pairs) sorted[static_cast<std::size_t>(fill[p.first.first]++)] = p;
    std::vector<int> seen_by(static_cast<std::size_t>(n), -1);   // seen_by[v] == u: pair (u, v) already kept
    std::size_t kept = 0;
    for (int u = 0; u < n; ++u) {
        for (int i = start[u]; i < start[u + 1]; ++i) {
            const int v = sorted[static_cast<std::size_t>(i)].first.second;
            if (seen_by[v] == u) continue;
            seen_by[v] = u;
            sorted[kept++] = sorted[static_cast<std::size_t>(i)];
        }
    }
    sorted.resize(kept);
    pairs.swap(sorted);
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

// The colouring looks only at each person's heaviest few candidate edges: in a rich candidate set (a re-solve
// starting from a previous solve's edges) people who can take either side meet both sides, and colouring that
// graph sets many of them aside as "neither" — whose searches cost more than covering a few stray edges by
// lifting an end.
std::vector<std::uint8_t> cover_roles(int n, const CandidatePairs& pairs) {
    constexpr int kEdgesPerPerson = 16;
    TopKPerKey<int> heaviest(n, kEdgesPerPerson);
    for (const auto& [e, w2] : pairs) {
        heaviest.offer(e.first, w2, e.second);
        heaviest.offer(e.second, w2, e.first);
    }
    CandidatePairs kept;                                       // an edge is kept if either end keeps it
    for (int u = 0; u < n; ++u) {
        heaviest.for_each(u, [&](std::int64_t w2, int v) { kept.push_back({{std::min(u, v), std::max(u, v)}, w2}); });
    }
    normalize_pairs(kept);
    std::vector<std::pair<int, int>> edges;
    edges.reserve(kept.size());
    for (const auto& [e, w2] : kept) edges.push_back(e);
    return cover_roles(choose_bidders(n, edges));
}

std::vector<std::uint8_t> cover_roles(const std::vector<std::uint8_t>& person) {
    const std::size_t n = person.size();
    std::vector<std::uint8_t> role(2 * n);
    for (std::size_t v = 0; v < n; ++v) role[v] = role[n + v] = person[v];
    return role;
}

// The partner lists start with the held edges: the k best partners over all pairs are at least as good as the k
// best held ones, so the lists' floors are realistic from the first row on and a pass meets far fewer pairs
// worth a look (a held pair may then sit in a list twice; the restart drops duplicates).
void CoverPricer::prefill_partners(const BipartiteSolver& cover) {
    for (int a = 0; a < 2 * n_; ++a) {
        cover.for_each_arc(a, [&](int b, std::int64_t w) {
            const std::int64_t r = w - cover.dual(b);
            if (r > partners_->floor(a)) partners_->offer(a, r, {b < n_ ? b : b - n_, 2 * w});
        });
    }
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
