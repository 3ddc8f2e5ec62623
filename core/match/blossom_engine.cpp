// core/match/blossom_engine.cpp — candidate graph, lazy duals, the event-driven single-tree search.
//
// The blossom bookkeeping (forming, expanding, augmenting, dissolving) lives in blossom_structure.cpp.
#include "core/match/blossom_engine.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace mb {

namespace {
constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max() / 4;

// Min-heap order: earlier key first; at equal keys, growing the tree (and augmenting) comes before a dual
// reaching zero, which comes before forming or expanding blossoms. Any order is correct; with the many ties of
// integer scores this one finds augmenting paths before building blossoms that would not be needed.
struct EventLater {
    template <class E> bool operator()(const E& a, const E& b) const {
        return a.key != b.key ? a.key > b.key : a.order > b.order;
    }
};
} // namespace

BlossomEngine::BlossomEngine(int vertex_count) : n_(vertex_count) {
    if (vertex_count < 0) throw std::invalid_argument("vertex count must not be negative");
    const auto nodes = static_cast<std::size_t>(2 * n_);
    const auto verts = static_cast<std::size_t>(n_);
    adj_.resize(verts);
    parent_.assign(nodes, -1);
    base_.resize(nodes);
    size_.assign(nodes, 1);
    for (int i = 0; i < 2 * n_; ++i) base_[i] = i < n_ ? i : -1;
    label_.assign(nodes, kUnlabeled);
    tedge_s_.assign(nodes, -1);
    tedge_t_.assign(nodes, -1);
    stamp_.assign(nodes, 0);
    z_.assign(nodes, 0);
    zt_.assign(nodes, 0);
    childs_.resize(nodes);
    cedges_.resize(nodes);
    for (int b = 2 * n_ - 1; b >= n_; --b) free_ids_.push_back(b);
    mate_.assign(verts, -1);
    top_.resize(verts);
    for (int v = 0; v < n_; ++v) top_[v] = v;
    y_.assign(verts, 0);
    yt_.assign(verts, 0);
    y_start_.assign(verts, 0);
    best_key_.assign(verts, kNever);
    touched_flag_.assign(verts, 0);
    keyed_flag_.assign(verts, 0);
    lowered_flag_.assign(verts, 0);
    mark_.assign(nodes, 0);
}

void BlossomEngine::grow(int new_count) {
    if (new_count <= n_) return;
    const int old_n = n_;
    const int shift = new_count - old_n;
    auto remap = [&](int node) { return node >= old_n ? node + shift : node; };   // -1 and vertices stay
    const auto nodes = static_cast<std::size_t>(2 * new_count);
    // Per node: vertices keep their index, old blossoms move from old_n + i to new_count + i.
    auto move_nodes = [&](auto& v, auto fill) {
        std::remove_reference_t<decltype(v)> out(nodes, fill);
        for (int i = 0; i < old_n; ++i) out[i] = std::move(v[i]);
        for (int i = old_n; i < 2 * old_n; ++i) out[i + shift] = std::move(v[i]);
        v.swap(out);
    };
    move_nodes(parent_, -1);
    move_nodes(base_, -1);
    move_nodes(size_, 1);
    move_nodes(label_, std::uint8_t{kUnlabeled});
    move_nodes(tedge_s_, -1);
    move_nodes(tedge_t_, -1);
    move_nodes(stamp_, 0u);
    move_nodes(z_, std::int64_t{0});
    move_nodes(zt_, std::int64_t{0});
    move_nodes(childs_, std::vector<int>{});
    move_nodes(cedges_, std::vector<std::pair<int, int>>{});
    for (int& p : parent_) p = remap(p);
    for (std::vector<int>& ch : childs_) {
        for (int& c : ch) c = remap(c);
    }
    for (int v = old_n; v < new_count; ++v) base_[v] = v;
    for (int& b : free_ids_) b += shift;
    for (int b = 2 * new_count - 1; b >= new_count + old_n; --b) free_ids_.push_back(b);
    mark_.assign(nodes, 0);
    epoch_ = 0;

    const auto verts = static_cast<std::size_t>(new_count);
    adj_.resize(verts);
    mate_.resize(verts, -1);
    top_.resize(verts);
    for (int v = 0; v < new_count; ++v) top_[v] = v < old_n ? remap(top_[v]) : v;
    y_.resize(verts, 0);
    yt_.resize(verts, 0);
    y_start_.resize(verts, 0);
    best_key_.resize(verts, kNever);
    touched_flag_.resize(verts, 0);
    keyed_flag_.resize(verts, 0);
    lowered_flag_.resize(verts, 0);
    index_valid_ = false;
    n_ = new_count;
}

// --- Candidate graph ---------------------------------------------------------------------------------------

void BlossomEngine::add_edge(int u, int v, std::int64_t w2) {
    adj_[u].push_back({v, w2});
    adj_[v].push_back({u, w2});
    ++edge_count_;
}

bool BlossomEngine::has_edge(int u, int v) const {
    return std::any_of(adj_[u].begin(), adj_[u].end(), [v](const EngineArc& a) { return a.to == v; });
}

std::int64_t BlossomEngine::edge_weight(int u, int v) const {
    for (const EngineArc& a : adj_[u]) {
        if (a.to == v) return a.w2;
    }
    return 0;
}

void BlossomEngine::remove_edge(int u, int v) {
    auto drop = [](std::vector<EngineArc>& list, int to) {
        auto it = std::find_if(list.begin(), list.end(), [to](const EngineArc& a) { return a.to == to; });
        if (it == list.end()) return false;
        *it = list.back();
        list.pop_back();
        return true;
    };
    if (drop(adj_[u], v) && drop(adj_[v], u)) --edge_count_;
}

void BlossomEngine::set_edge_weight(int u, int v, std::int64_t w2) {
    for (EngineArc& a : adj_[u]) {
        if (a.to == v) a.w2 = w2;
    }
    for (EngineArc& a : adj_[v]) {
        if (a.to == u) a.w2 = w2;
    }
}

void BlossomEngine::remove_all_edges(int v) {
    while (!adj_[v].empty()) remove_edge(v, adj_[v].back().to);
}

// --- Duals -------------------------------------------------------------------------------------------------

void BlossomEngine::raise_dual(int v, std::int64_t y) {
    index_valid_ = false;
    if (y > y_[v]) y_[v] = y;
}

void BlossomEngine::set_dual(int v, std::int64_t y) {
    index_valid_ = false;
    y_[v] = y;
}

void BlossomEngine::init_duals_half_max() {
    for (int v = 0; v < n_; ++v) {
        std::int64_t best = 0;
        for (const EngineArc& a : adj_[v]) best = std::max(best, a.w2);
        y_[v] = best / 2;
    }
}

int BlossomEngine::rate(int v) const {
    const std::uint8_t l = label_[top_[v]];
    return l == kEven ? -1 : (l == kOdd ? 1 : 0);
}

std::int64_t BlossomEngine::y_now(int v) const { return y_[v] + rate(v) * (now_ - yt_[v]); }

std::int64_t BlossomEngine::z_now(int b) const {
    if (parent_[b] != -1) return z_[b];
    const std::uint8_t l = label_[b];
    const std::int64_t r = l == kEven ? 2 : (l == kOdd ? -2 : 0);
    return z_[b] + r * (now_ - zt_[b]);
}

// Materializes every dual in top-level node b at the current time, then changes its label (and so the rate at
// which those duals move from now on).
void BlossomEngine::set_label(int b, Label label) {
    scratch_leaves_.clear();
    collect_leaves(b, scratch_leaves_);
    for (int v : scratch_leaves_) {
        if (!touched_flag_[v]) {
            touched_flag_[v] = 1;
            touched_.push_back(v);
            y_start_[v] = y_now(v);
        }
        y_[v] = y_now(v);
        yt_[v] = now_;
    }
    if (b >= n_) {
        z_[b] = z_now(b);
        zt_[b] = now_;
    }
    label_[b] = label;
    ++stamp_[b];
}

std::int64_t BlossomEngine::common_blossom_dual(int u, int v) const {
    if (top_[u] != top_[v] || u == v) return 0;
    if (index_valid_) return indexed_common_dual(u, v);
    // Walk both chains of enclosing blossoms; the common part is a suffix of each.
    std::vector<int>& chain = scratch_stack_;
    chain.clear();
    for (int b = parent_[u]; b != -1; b = parent_[b]) chain.push_back(b);
    int meet = parent_[v];
    while (meet != -1 && std::find(chain.begin(), chain.end(), meet) == chain.end()) meet = parent_[meet];
    std::int64_t sum = 0;
    for (int b = meet; b != -1; b = parent_[b]) sum += z_[b];
    return sum;
}

std::int64_t BlossomEngine::slack(int u, int v, std::int64_t w2) const {
    return y_[u] + y_[v] + common_blossom_dual(u, v) - w2;
}

// --- Repairs ----------------------------------------------------------------------------------------------

void BlossomEngine::isolate(int v) {
    index_valid_ = false;
    while (top_[v] != v) split_top(top_[v]);
}

void BlossomEngine::free_vertex(int v) {
    isolate(v);
    const int m = mate_[v];
    if (m != -1) {
        mate_[m] = -1;
        mate_[v] = -1;
        pending_.push_back(m);
    }
    pending_.push_back(v);
}

// --- Searches ----------------------------------------------------------------------------------------------

void BlossomEngine::solve_pending() {
    while (!pending_.empty()) {
        const int v = pending_.back();
        pending_.pop_back();
        const int b = base_[top_[v]];
        if (mate_[b] == -1 && y_[b] > 0) search(b);
    }
}

void BlossomEngine::solve_all() {
    for (int v = 0; v < n_; ++v) {
        if (top_[v] != v && base_[top_[v]] != v) continue;
        const int b = base_[top_[v]];
        if (mate_[b] == -1 && y_[b] > 0) search(b);
    }
    solve_pending();
}

std::vector<int> BlossomEngine::take_lowered() {
    std::vector<int> out;
    out.swap(lowered_);
    for (int v : out) lowered_flag_[v] = 0;
    return out;
}

void BlossomEngine::push(const Event& e) {
    heap_.push_back(e);
    std::push_heap(heap_.begin(), heap_.end(), EventLater{});
}

BlossomEngine::Event BlossomEngine::pop() {
    std::pop_heap(heap_.begin(), heap_.end(), EventLater{});
    Event e = heap_.back();
    heap_.pop_back();
    return e;
}

// The even parent of even top-level blossom b in the search tree, or -1 at the root.
int BlossomEngine::even_parent(int b) const {
    const int m = mate_[base_[b]];
    if (m == -1) return -1;
    return top_[tedge_s_[top_[m]]];
}

void BlossomEngine::became_even(int v) {
    push({now_ + y_now(v), 0, v, -1, 0, kZeroEvent, 1});
    scan_even(v);
}

void BlossomEngine::scan_even(int x) {
    const int bx = top_[x];
    const std::int64_t yx = y_now(x);
    for (const EngineArc& a : adj_[x]) {
        const int bv = top_[a.to];
        if (bv == bx) continue;
        const std::uint8_t lv = label_[bv];
        if (lv == kOdd) continue;
        const std::int64_t slack = yx + y_now(a.to) - a.w2;
        if (lv == kEven) {
            push({now_ + slack / 2, a.w2, x, a.to, 0, kEdgeEvent, 2});
        } else {
            const std::int64_t key = now_ + slack;
            if (key < best_key_[a.to]) {
                best_key_[a.to] = key;
                if (!keyed_flag_[a.to]) {
                    keyed_flag_[a.to] = 1;
                    keyed_.push_back(a.to);
                }
                push({key, a.w2, x, a.to, 0, kEdgeEvent, 0});
            }
        }
    }
}

// v just became unlabeled again (its odd blossom expanded): find its best even neighbour afresh.
void BlossomEngine::scan_unlabeled(int v) {
    best_key_[v] = kNever;
    const std::int64_t yv = y_now(v);
    for (const EngineArc& a : adj_[v]) {
        if (label_[top_[a.to]] != kEven) continue;
        const std::int64_t key = now_ + y_now(a.to) + yv - a.w2;
        if (key < best_key_[v]) {
            best_key_[v] = key;
            if (!keyed_flag_[v]) {
                keyed_flag_[v] = 1;
                keyed_.push_back(v);
            }
            push({key, a.w2, a.to, v, 0, kEdgeEvent, 0});
        }
    }
}

// A tight edge from even x reaches unlabeled, matched top-level blossom of v: it becomes odd, its mate's
// blossom even.
void BlossomEngine::grow(int x, int v) {
    const int bv = top_[v];
    set_label(bv, kOdd);
    tedge_s_[bv] = x;
    tedge_t_[bv] = v;
    if (bv >= n_) push({now_ + z_[bv] / 2, 0, bv, -1, stamp_[bv], kExpireEvent, 3});
    const int bm = top_[mate_[base_[bv]]];
    set_label(bm, kEven);
    std::vector<int> leaves;
    collect_leaves(bm, leaves);
    for (int u : leaves) became_even(u);
}

void BlossomEngine::search(int root) {
    index_valid_ = false;
    ++stats_.searches;
    now_ = 0;
    heap_.clear();
    const int rb = top_[root];
    set_label(rb, kEven);
    std::vector<int> leaves;
    collect_leaves(rb, leaves);
    for (int u : leaves) became_even(u);

    while (!heap_.empty()) {
        const Event e = pop();
        ++stats_.events;
        now_ = e.key;
        if (e.kind == kZeroEvent) {
            finish_at_zero(e.a);
            break;
        }
        if (e.kind == kExpireEvent) {
            if (parent_[e.a] == -1 && label_[e.a] == kOdd && stamp_[e.a] == e.stamp) expand_odd(e.a);
            continue;
        }
        const int x = e.a;
        const int v = e.b;
        const int bv = top_[v];
        if (top_[x] == bv) continue;
        const std::uint8_t lv = label_[bv];
        if (lv == kOdd) continue;
        if (y_now(x) + y_now(v) != e.w2) continue;       // no longer tight: a newer event covers it
        if (lv == kEven) {
            form_blossom(x, v);
        } else if (mate_[base_[bv]] == -1) {
            augment(x, v);
            break;
        } else {
            grow(x, v);
        }
    }
    end_search();
}

// Writes back every lazy dual, clears labels, and dissolves even blossoms whose dual ended at zero (they
// carry no information and would only deepen the nesting).
void BlossomEngine::end_search() {
    for (int v : touched_) {
        y_[v] = y_now(v);
        if (y_[v] < y_start_[v] && !lowered_flag_[v]) {       // its dual fell: its edges must be priced again
            lowered_flag_[v] = 1;
            lowered_.push_back(v);
        }
    }
    for (int v : touched_) {
        const int b = top_[v];
        if (label_[b] == kUnlabeled) continue;
        const bool was_even = label_[b] == kEven;
        if (b >= n_) {
            z_[b] = z_now(b);
            zt_[b] = 0;
        }
        label_[b] = kUnlabeled;
        ++stamp_[b];
        if (was_even && b >= n_ && z_[b] == 0) dissolve_zero_duals(b);
    }
    for (int v : touched_) {
        yt_[v] = 0;
        touched_flag_[v] = 0;
    }
    touched_.clear();
    for (int v : keyed_) {
        best_key_[v] = kNever;
        keyed_flag_[v] = 0;
    }
    keyed_.clear();
    heap_.clear();
    now_ = 0;
}

} // namespace mb
