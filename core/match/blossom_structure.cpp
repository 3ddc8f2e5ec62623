// core/match/blossom_structure.cpp — the blossom bookkeeping of BlossomEngine: form, expand, augment, split.
//
// A blossom is an odd cycle of sub-blossoms (childs_), base child first; cedges_[i] is the tight edge joining
// childs_[i] and childs_[i+1] (mod k), written (vertex in childs_[i], vertex in childs_[i+1]). Edges at odd
// positions are matched, so the base child's base is the only vertex whose mate lies outside the blossom.
#include <algorithm>

#include "core/match/blossom_engine.hpp"

namespace mb {

// --- Ids and leaves ----------------------------------------------------------------------------------------

int BlossomEngine::alloc_blossom() {
    const int b = free_ids_.back();
    free_ids_.pop_back();
    return b;
}

void BlossomEngine::release_blossom(int b) {
    childs_[b].clear();
    cedges_[b].clear();
    parent_[b] = -1;
    base_[b] = -1;
    label_[b] = kUnlabeled;
    z_[b] = 0;
    ++stamp_[b];
    free_ids_.push_back(b);
}

void BlossomEngine::collect_leaves(int b, std::vector<int>& out) const {
    if (b < n_) {
        out.push_back(b);
        return;
    }
    std::vector<int>& stack = scratch_stack_;
    stack.clear();
    stack.push_back(b);
    while (!stack.empty()) {
        const int c = stack.back();
        stack.pop_back();
        if (c < n_) {
            out.push_back(c);
        } else {
            for (int d : childs_[c]) stack.push_back(d);
        }
    }
}

// --- Forming -----------------------------------------------------------------------------------------------

// A tight edge joins even x and even v of different top-level blossoms of the (single) search tree: the
// cycle through their lowest common even ancestor becomes a new even blossom.
void BlossomEngine::form_blossom(int x, int v) {
    ++stats_.blossoms_formed;
    const int bx = top_[x];
    const int bv = top_[v];
    if (++epoch_ == 0) {
        std::fill(mark_.begin(), mark_.end(), 0u);
        epoch_ = 1;
    }
    int a = bx;
    int b = bv;
    int lca = -1;
    while (lca == -1) {
        if (a != -1) {
            if (mark_[a] == epoch_) {
                lca = a;
                break;
            }
            mark_[a] = epoch_;
            a = even_parent(a);
        }
        if (b != -1) {
            if (mark_[b] == epoch_) {
                lca = b;
                break;
            }
            mark_[b] = epoch_;
            b = even_parent(b);
        }
    }

    // Climb from an even blossom to the lca; edges[i] joins nodes[i+1] (first) and nodes[i] (second).
    auto climb = [&](int start, std::vector<int>& nodes, std::vector<std::pair<int, int>>& edges) {
        int c = start;
        nodes.push_back(c);
        while (c != lca) {
            const int t = mate_[base_[c]];
            const int bt = top_[t];
            edges.emplace_back(t, base_[c]);
            nodes.push_back(bt);
            const int s = tedge_s_[bt];
            edges.emplace_back(s, tedge_t_[bt]);
            c = top_[s];
            nodes.push_back(c);
        }
    };
    std::vector<int> xn, vn;
    std::vector<std::pair<int, int>> xe, ve;
    climb(bx, xn, xe);
    climb(bv, vn, ve);

    const int blossom = alloc_blossom();
    std::vector<int>& ch = childs_[blossom];
    std::vector<std::pair<int, int>>& ce = cedges_[blossom];
    for (std::size_t i = xn.size() - 1; i >= 1; --i) {
        ch.push_back(xn[i]);
        ce.push_back(xe[i - 1]);
    }
    ch.push_back(xn[0]);
    ce.emplace_back(x, v);
    for (std::size_t i = 0; i + 1 < vn.size(); ++i) {
        ch.push_back(vn[i]);
        ce.emplace_back(ve[i].second, ve[i].first);
    }

    std::vector<int> newly_even;
    for (int c : ch) {
        if (c >= n_) z_[c] = z_now(c);                    // freeze: it stops moving as a sub-blossom
        if (label_[c] == kOdd) {
            const std::size_t from = newly_even.size();
            collect_leaves(c, newly_even);
            for (std::size_t i = from; i < newly_even.size(); ++i) {
                const int u = newly_even[i];
                y_[u] = y_now(u);
                yt_[u] = now_;
            }
        }
        label_[c] = kUnlabeled;
        ++stamp_[c];
        parent_[c] = blossom;
    }
    base_[blossom] = base_[lca];
    size_[blossom] = 0;
    for (int c : ch) size_[blossom] += size_[c];
    parent_[blossom] = -1;
    z_[blossom] = 0;
    zt_[blossom] = now_;
    label_[blossom] = kEven;
    ++stamp_[blossom];
    std::vector<int> leaves;
    collect_leaves(blossom, leaves);
    for (int u : leaves) top_[u] = blossom;
    for (int u : newly_even) became_even(u);
}

// --- Expanding an odd blossom whose dual reached zero --------------------------------------------------------

void BlossomEngine::expand_odd(int blossom) {
    ++stats_.expansions;
    const int s = tedge_s_[blossom];
    const int t = tedge_t_[blossom];
    std::vector<int> leaves;
    collect_leaves(blossom, leaves);
    for (int u : leaves) {
        y_[u] = y_now(u);
        yt_[u] = now_;
    }
    const std::vector<int> ch = childs_[blossom];
    const std::vector<std::pair<int, int>> ce = cedges_[blossom];
    for (int c : ch) {
        parent_[c] = -1;
        label_[c] = kUnlabeled;
        ++stamp_[c];
        if (c >= n_) zt_[c] = now_;
        leaves.clear();
        collect_leaves(c, leaves);
        for (int u : leaves) top_[u] = c;
    }
    release_blossom(blossom);

    // Relabel the even-length path from the entry child to the base child: odd, even, odd, ..., odd.
    const int k = static_cast<int>(ch.size());
    const int entry = static_cast<int>(std::find(ch.begin(), ch.end(), top_[t]) - ch.begin());
    std::vector<char> on_path(static_cast<std::size_t>(k), 0);
    auto label_odd = [&](int idx, int es, int et) {
        set_label(ch[idx], kOdd);
        tedge_s_[ch[idx]] = es;
        tedge_t_[ch[idx]] = et;
        on_path[idx] = 1;
    };
    auto label_even = [&](int idx) {
        set_label(ch[idx], kEven);
        on_path[idx] = 1;
    };
    label_odd(entry, s, t);
    int idx = entry;
    if (entry % 2 == 1) {
        while (idx != 0) {                                // forward: matched edge, then unmatched edge
            const int next = idx + 1;
            label_even(next);
            const int after = (next + 1) % k;
            label_odd(after, ce[next].first, ce[next].second);
            idx = after;
        }
    } else {
        while (idx != 0) {                                // backward
            label_even(idx - 1);
            const int after = idx - 2;
            label_odd(after, ce[after].second, ce[after].first);
            idx = after;
        }
    }

    for (int i = 0; i < k; ++i) {
        const int c = ch[i];
        if (on_path[i] && label_[c] == kOdd) {
            if (c >= n_) push({now_ + z_[c] / 2, 0, c, -1, stamp_[c], kExpireEvent, 3});
            continue;
        }
        leaves.clear();
        collect_leaves(c, leaves);
        for (int u : leaves) {
            if (on_path[i]) {
                became_even(u);
            } else {
                scan_unlabeled(u);
            }
        }
    }
}

// --- Augmenting ----------------------------------------------------------------------------------------------

// Rematches blossom b internally so that vertex v becomes its base (v's own mate is set by the caller).
void BlossomEngine::augment_blossom(int b, int v) {
    if (b < n_) return;
    int t = v;
    while (parent_[t] != b) t = parent_[t];
    augment_blossom(t, v);
    std::vector<int>& ch = childs_[b];
    std::vector<std::pair<int, int>>& ce = cedges_[b];
    const int k = static_cast<int>(ch.size());
    const int i = static_cast<int>(std::find(ch.begin(), ch.end(), t) - ch.begin());
    int j = i;
    if (i % 2 == 1) {
        while (j != 0) {
            const int a = j + 1;
            const int c = (j + 2) % k;
            const auto [p, q] = ce[a];                    // p in ch[a], q in ch[c]
            augment_blossom(ch[a], p);
            augment_blossom(ch[c], q);
            mate_[p] = q;
            mate_[q] = p;
            j = c;
        }
    } else {
        while (j != 0) {
            const int a = j - 1;
            const int c = j - 2;
            const auto [p, q] = ce[c];                    // p in ch[c], q in ch[a]
            augment_blossom(ch[a], q);
            augment_blossom(ch[c], p);
            mate_[p] = q;
            mate_[q] = p;
            j = c;
        }
    }
    std::rotate(ch.begin(), ch.begin() + i, ch.end());
    std::rotate(ce.begin(), ce.begin() + i, ce.end());
    base_[b] = v;
}

// Matches even vertex x to partner and flips the tree path from x's blossom up to the root.
void BlossomEngine::augment_from(int x, int partner) {
    while (true) {
        const int bs = top_[x];
        const int t = mate_[base_[bs]];                   // in the odd parent; -1 at the root
        augment_blossom(bs, x);
        mate_[x] = partner;
        if (t == -1) return;
        const int bt = top_[t];
        const int s = tedge_s_[bt];
        const int t2 = tedge_t_[bt];
        augment_blossom(bt, t2);
        mate_[t2] = s;
        x = s;
        partner = t2;
    }
}

void BlossomEngine::augment(int x, int v) {
    augment_blossom(top_[v], v);
    mate_[v] = x;
    augment_from(x, v);
}

// Even vertex x's dual reached zero: x may stay single, so the root takes x's place in the tree path.
void BlossomEngine::finish_at_zero(int x) {
    const int bx = top_[x];
    const int t = mate_[base_[bx]];
    augment_blossom(bx, x);
    mate_[x] = -1;
    if (t == -1) return;
    const int bt = top_[t];
    const int s = tedge_s_[bt];
    const int t2 = tedge_t_[bt];
    augment_blossom(bt, t2);
    mate_[t2] = s;
    augment_from(s, t2);
}

// --- Warm start ----------------------------------------------------------------------------------------------

void BlossomEngine::install_pair(int u, int v) {
    mate_[u] = v;
    mate_[v] = u;
}

void BlossomEngine::greedy_tight_matching() {
    for (int u = 0; u < n_; ++u) {
        if (mate_[u] != -1 || top_[u] != u || y_[u] == 0) continue;
        for (const EngineArc& a : adj_[u]) {
            const int v = a.to;
            if (mate_[v] == -1 && top_[v] == v && y_[u] + y_[v] == a.w2) {
                install_pair(u, v);
                break;
            }
        }
    }
}

void BlossomEngine::install_cycle_blossom(const std::vector<int>& cycle) {
    const int b = alloc_blossom();
    const auto k = cycle.size();
    childs_[b] = cycle;
    cedges_[b].clear();
    for (std::size_t i = 0; i < k; ++i) cedges_[b].emplace_back(cycle[i], cycle[(i + 1) % k]);
    for (std::size_t i = 1; i + 1 < k; i += 2) install_pair(cycle[i], cycle[i + 1]);
    for (int v : cycle) {
        parent_[v] = b;
        top_[v] = b;
    }
    base_[b] = cycle[0];
    size_[b] = static_cast<int>(k);
    parent_[b] = -1;
    z_[b] = 0;
    label_[b] = kUnlabeled;
    pending_.push_back(cycle[0]);
    index_valid_ = false;
}

// --- Dissolving (between searches) ---------------------------------------------------------------------------

// Splits top-level blossom b into its children, pushing z/2 into every vertex so no edge loses feasibility.
// The base's external matched edge is then no longer tight, so it is unmatched and both ends become pending.
void BlossomEngine::split_top(int b) {
    const std::int64_t half = z_[b] / 2;
    std::vector<int> leaves;
    if (half > 0) {
        collect_leaves(b, leaves);
        for (int u : leaves) y_[u] += half;
        const int base = base_[b];
        const int m = mate_[base];
        if (m != -1) {
            mate_[base] = -1;
            mate_[m] = -1;
            pending_.push_back(m);
        }
        pending_.push_back(base);
    }
    const std::vector<int> ch = childs_[b];
    release_blossom(b);
    for (int c : ch) {
        parent_[c] = -1;
        leaves.clear();
        collect_leaves(c, leaves);
        for (int u : leaves) top_[u] = c;
    }
}

void BlossomEngine::dissolve_zero_duals(int b) {
    const std::vector<int> ch = childs_[b];
    split_top(b);                                         // z is 0: nothing moves, nothing is unmatched
    for (int c : ch) {
        if (c >= n_ && z_[c] == 0) dissolve_zero_duals(c);
    }
}

} // namespace mb
