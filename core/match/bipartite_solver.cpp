// core/match/bipartite_solver.cpp — row reduction and shortest augmenting paths for BipartiteSolver.
#include "core/match/bipartite_solver.hpp"

#include <algorithm>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace mb {

namespace {
constexpr std::int64_t kMinusInf = std::numeric_limits<std::int64_t>::min() / 4;
constexpr int kPasses = 2;                  // row-reduction passes (Jonker & Volgenant use two)

// Min-heap order: earlier key first; at equal keys a vertex of the other side (grow or augment) before a
// zero event, so a tie finds the augmenting path rather than leaving someone single.
struct Later {
    template <class E> bool operator()(const E& a, const E& b) const { return a.order > b.order; }
};
} // namespace

BipartiteSolver::BipartiteSolver(int left, int right) : left_(left), right_(right) {
    if (left < 0 || right < 0) throw std::invalid_argument("vertex count must not be negative");
    const auto n = static_cast<std::size_t>(left + right);
    start_.assign(n + 1, 0);
    extra_.resize(n);
    node_.assign(n, Node{0, 0, -1, 0});
    mate_.assign(n, -1);
    lowered_flag_.assign(n, 0);
}

// --- Edges ----------------------------------------------------------------------------------------------------

void BipartiteSolver::add_edge(int l, int r, std::int64_t w) {
    ++edge_total_;
    if (!built_) {
        staged_.push_back({l, {r, w}});
        return;
    }
    extra_[l].push_back({w, r});
    extra_[r].push_back({w, l});
}

bool BipartiteSolver::has_edge(int a, int b) const {
    bool found = false;
    for_each_arc(a, [&](int to, std::int64_t) { found = found || to == b; });
    return found;
}

void BipartiteSolver::build_csr() {
    const auto n = static_cast<std::size_t>(vertex_count());
    std::vector<int> degree(n + 1, 0);
    for (const auto& [a, bw] : staged_) {
        ++degree[a + 1];
        ++degree[bw.first + 1];
    }
    start_.assign(n + 1, 0);
    for (std::size_t v = 0; v < n; ++v) start_[v + 1] = start_[v] + degree[v + 1];
    arcs_.resize(static_cast<std::size_t>(start_[n]));
    std::vector<int> fill(start_.begin(), start_.end() - 1);
    for (const auto& [a, bw] : staged_) {
        arcs_[fill[a]++] = {bw.second, bw.first};
        arcs_[fill[bw.first]++] = {bw.second, a};
    }
    staged_.clear();
    staged_.shrink_to_fit();
    built_ = true;
}

// --- Row reduction ----------------------------------------------------------------------------------------------

// Auction-like assignment of the bidders (every dual starts at 0). Invariants it keeps: a matched bidder's edge is
// tight and its dual is at least the profit w - y_object of every edge to an object (prices only rise), an object
// once matched stays matched, so unmatched objects keep y = 0.
void BipartiteSolver::row_reduction(const std::vector<std::uint8_t>& role) {
    std::vector<int> todo;
    for (int i = 0; i < vertex_count(); ++i) {
        if (role[i] == kBidder) todo.push_back(i);
    }
    std::vector<int> next;
    for (int pass = 0; pass < kPasses && !todo.empty(); ++pass) {
        next.clear();
        std::size_t k = 0;
        while (k < todo.size()) {
            const int i = todo[k++];
            ++stats_.bids;
            std::int64_t u1 = kMinusInf, u2 = kMinusInf, free_best = kMinusInf;
            int j1 = -1, j2 = -1, free_j = -1;
            for_each_arc(i, [&](int j, std::int64_t w) {
                if (role[j] != kObject) return;
                const std::int64_t profit = w - node_[j].y;
                if (mate_[j] == -1 && profit > free_best) {
                    free_best = profit;
                    free_j = j;
                }
                if (profit > u1) {
                    u2 = u1;
                    j2 = j1;
                    u1 = profit;
                    j1 = j;
                } else if (profit > u2) {
                    u2 = profit;
                    j2 = j;
                }
            });
            if (u1 <= 0) continue;                          // staying single is at least as good
            if (u2 < 0) {                                   // staying single is the second choice
                u2 = 0;
                j2 = -1;
            }
            int take = j1;
            if (u1 > u2) {
                node_[j1].y += u1 - u2;                          // i now gets u2 from j1, as from its second choice
            } else if (free_best == u1) {
                take = free_j;                              // a tie, and an unmatched object among the best
            } else if (mate_[j1] != -1) {
                take = j2;                                  // a tie: prefer not to displace anyone for nothing
            }
            const int loser = mate_[take];
            if (loser != -1) mate_[loser] = -1;
            mate_[i] = take;
            mate_[take] = i;
            node_[i].y = u2;
            if (loser == -1) continue;
            if (u1 > u2) {
                todo[--k] = loser;                          // a price rose: the loser bids at once
            } else {
                next.push_back(loser);
            }
        }
        todo.swap(next);
    }
}

// After the row reduction: free bidders and everyone outside it get the smallest dual that covers all their
// edges (in vertex order, so each edge is covered by whichever end comes later). Those left with a positive
// dual are the roots of the augmenting searches.
void BipartiteSolver::complete_duals(const std::vector<std::uint8_t>& role) {
    for (int v = 0; v < vertex_count(); ++v) {
        if (role[v] == kBidder && mate_[v] == -1) {
            std::int64_t best = 0;
            for_each_arc(v, [&](int j, std::int64_t w) {
                if (role[j] == kObject) best = std::max(best, w - node_[j].y);
            });
            node_[v].y = best;
        }
    }
    for (int v = 0; v < vertex_count(); ++v) {
        if (role[v] != kNeither) continue;
        std::int64_t best = 0;
        for_each_arc(v, [&](int j, std::int64_t w) { best = std::max(best, w - node_[j].y); });
        node_[v].y = best;
    }
    // Safety net: an edge the roles did not foresee (two bidders or two objects) is covered by lifting one end.
    for (int v = 0; v < vertex_count(); ++v) {
        std::int64_t need = 0;
        for_each_arc(v, [&](int j, std::int64_t w) { need = std::max(need, w - node_[j].y); });
        if (need > node_[v].y) free_and_raise(v, need);
    }
    for (int v = 0; v < vertex_count(); ++v) {
        if (mate_[v] == -1 && node_[v].y > 0) pending_.push_back(v);
    }
}

void BipartiteSolver::solve_fresh(const std::vector<std::uint8_t>& role) {
    if (!built_) build_csr();
    for (Node& v : node_) v.y = 0;
    std::fill(mate_.begin(), mate_.end(), -1);
    pending_.clear();
    row_reduction(role);
    complete_duals(role);
    solve_pending();
}

// --- Augmenting searches --------------------------------------------------------------------------------------

void BipartiteSolver::free_and_raise(int v, std::int64_t y) {
    if (!built_) build_csr();
    const int m = mate_[v];
    if (m != -1) {
        mate_[m] = -1;
        mate_[v] = -1;
        pending_.push_back(m);
    }
    node_[v].y = std::max(node_[v].y, y);
    pending_.push_back(v);
}

void BipartiteSolver::solve_pending() {
    while (!pending_.empty()) {
        const int v = pending_.back();
        pending_.pop_back();
        if (mate_[v] == -1 && node_[v].y > 0) search(v);
    }
}

std::vector<int> BipartiteSolver::take_lowered() {
    std::vector<int> out;
    out.swap(lowered_);
    for (int v : out) lowered_flag_[v] = 0;
    return out;
}

void BipartiteSolver::lower(int v) {
    if (lowered_flag_[v]) return;
    lowered_flag_[v] = 1;
    lowered_.push_back(v);
}

void BipartiteSolver::heap_push(HeapEntry e) {
    heap_.push_back(e);
    std::push_heap(heap_.begin(), heap_.end(), Later{});
}

BipartiteSolver::HeapEntry BipartiteSolver::heap_pop() {
    std::pop_heap(heap_.begin(), heap_.end(), Later{});
    const HeapEntry e = heap_.back();
    heap_.pop_back();
    return e;
}

// Root-side vertex x is reached at distance d: its dual would reach zero at d + y_x; relax its edges.
void BipartiteSolver::scan(int x, std::int64_t d) {
    ++stats_.scanned;
    Node& nx = node_[x];
    nx.dist = d;
    nx.visit = stamp_ + 1;
    scanned_root_side_.push_back(x);
    const std::int64_t base = d + nx.y;                     // key = base + y_b - w
    heap_push({4 * base + 2, ~x});
    bound_ = std::min(bound_, base);                        // the search ends by then at the latest
    auto relax = [&](int b, std::int64_t w) {
        Node& nb = node_[b];
        const std::int64_t key = base + nb.y - w;
        if (key > bound_ || nb.visit == stamp_ + 1) return;
        if (nb.visit == stamp_ && key >= nb.dist) return;
        nb.visit = stamp_;
        nb.dist = key;
        nb.pred = x;
        heap_push({4 * key + (mate_[b] == -1 ? 0 : 1), b});
    };
    for (int i = start_[x]; i < start_[x + 1]; ++i) relax(arcs_[i].to, arcs_[i].w);
    for (const Arc& a : extra_[x]) relax(a.to, a.w);
}

void BipartiteSolver::new_stamp() {
    if (stamp_ >= 0xfffffff0u) {                            // wrap: forget every old mark
        for (Node& v : node_) v.visit = 0;
        stamp_ = 1;
    }
    stamp_ += 2;
}

// Dijkstra on reduced costs from a free root, up to the first event: a free vertex of the other side reached
// (end = it) or a root-side vertex whose dual would reach zero (end = ~it). Nothing but scratch state changes.
std::int64_t BipartiteSolver::explore(int root, int& end) {
    new_stamp();
    heap_.clear();
    scanned_root_side_.clear();
    scanned_other_side_.clear();
    bound_ = std::numeric_limits<std::int64_t>::max();
    node_[root].pred = -1;
    scan(root, 0);
    while (!heap_.empty()) {
        const HeapEntry e = heap_pop();
        const std::int64_t key = e.order >> 2;
        if (e.v < 0) {                                      // a dual reaches zero first
            end = e.v;
            return key;
        }
        const int b = e.v;
        Node& nb = node_[b];
        if (nb.visit != stamp_ || key != nb.dist) continue;   // scanned already, or a stale entry
        nb.visit = stamp_ + 1;
        scanned_other_side_.push_back(b);
        const int m = mate_[b];
        if (m == -1) {                                      // a free vertex: an augmenting path
            end = b;
            return key;
        }
        scan(m, key);
    }
    end = ~root;                                            // unreachable: the root's zero event is queued
    return node_[root].y;
}

// The dual change of a search that ended at delta: every edge of its tree stays tight, every other edge
// feasible (root-side duals fall by delta - d, other-side duals rise by delta - d).
void BipartiteSolver::apply_duals(std::int64_t delta) {
    for (int x : scanned_root_side_) {
        const std::int64_t drop = delta - node_[x].dist;
        if (drop > 0) {
            node_[x].y -= drop;
            lower(x);
        }
    }
    for (int b : scanned_other_side_) node_[b].y += delta - node_[b].dist;
}

void BipartiteSolver::search(int root) {
    ++stats_.searches;
    int end = 0;
    const std::int64_t delta = explore(root, end);
    if (end < 0) {                                          // x's dual reaches zero first: x becomes single
        const int x = ~end;
        if (x != root) {
            int b = mate_[x];
            mate_[x] = -1;
            while (true) {
                const int a = node_[b].pred;
                const int next = mate_[a];
                mate_[b] = a;
                mate_[a] = b;
                if (next == -1) break;
                b = next;
            }
        }
    } else {                                                // free vertex reached: augment along the path
        int cur = end;
        while (true) {
            const int a = node_[cur].pred;
            const int next = mate_[a];
            mate_[cur] = a;
            mate_[a] = cur;
            if (next == -1) break;
            cur = next;
        }
    }
    apply_duals(delta);
}

// --- Choosing the bidders ----------------------------------------------------------------------------------------

std::vector<std::uint8_t> choose_bidders(int n, const std::vector<std::pair<int, int>>& edges) {
    const auto size = static_cast<std::size_t>(n);
    std::vector<int> start(size + 1, 0);
    for (const auto& [u, v] : edges) {
        ++start[u + 1];
        ++start[v + 1];
    }
    for (std::size_t v = 0; v < size; ++v) start[v + 1] += start[v];
    std::vector<int> adj(static_cast<std::size_t>(start[size]));
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (const auto& [u, v] : edges) {
        adj[fill[u]++] = v;
        adj[fill[v]++] = u;
    }
    // Breadth-first 2-colouring, then local moves: each vertex takes the colour fewer of its neighbours have.
    std::vector<std::int8_t> colour(size, -1);
    std::vector<int> queue;
    for (int s = 0; s < n; ++s) {
        if (colour[s] != -1) continue;
        colour[s] = 0;
        queue.assign(1, s);
        for (std::size_t q = 0; q < queue.size(); ++q) {
            const int u = queue[q];
            for (int i = start[u]; i < start[u + 1]; ++i) {
                if (colour[adj[i]] == -1) {
                    colour[adj[i]] = static_cast<std::int8_t>(1 - colour[u]);
                    queue.push_back(adj[i]);
                }
            }
        }
    }
    auto same_count = [&](int v) {
        int same = 0;
        for (int i = start[v]; i < start[v + 1]; ++i) same += colour[adj[i]] == colour[v];
        return same;
    };
    for (int sweep = 0; sweep < 3; ++sweep) {
        bool moved = false;
        for (int v = 0; v < n; ++v) {
            if (2 * same_count(v) > start[v + 1] - start[v]) {
                colour[v] = static_cast<std::int8_t>(1 - colour[v]);
                moved = true;
            }
        }
        if (!moved) break;
    }
    // Set aside the vertices still in conflict, most conflicted first.
    std::vector<int> conflicts(size), order;
    for (int v = 0; v < n; ++v) {
        conflicts[v] = same_count(v);
        if (conflicts[v] > 0) order.push_back(v);
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) { return conflicts[a] > conflicts[b]; });
    std::vector<std::uint8_t> role(size, BipartiteSolver::kObject);
    for (int v : order) {
        if (conflicts[v] == 0) continue;
        role[v] = BipartiteSolver::kNeither;
        for (int i = start[v]; i < start[v + 1]; ++i) {
            const int u = adj[i];
            if (role[u] != BipartiteSolver::kNeither && colour[u] == colour[v]) --conflicts[u];
        }
        conflicts[v] = 0;
    }
    int count[2] = {0, 0};
    for (int v = 0; v < n; ++v) {
        if (role[v] != BipartiteSolver::kNeither) ++count[colour[v]];
    }
    const int bidder_colour = count[0] <= count[1] ? 0 : 1;
    for (int v = 0; v < n; ++v) {
        if (role[v] != BipartiteSolver::kNeither && colour[v] == bidder_colour) role[v] = BipartiteSolver::kBidder;
    }
    return role;
}

// --- Checking ---------------------------------------------------------------------------------------------------

std::string BipartiteSolver::check_invariants(bool require_complete) const {
    std::ostringstream err;
    for (int v = 0; v < vertex_count(); ++v) {
        const int m = mate_[v];
        if (node_[v].y < 0) err << "negative dual at " << v;
        else if (m != -1 && (mate_[m] != v || is_left(m) == is_left(v))) err << "bad mate at " << v;
        else if (require_complete && m == -1 && node_[v].y != 0) err << "free vertex " << v << " with positive dual";
        if (!err.str().empty()) return err.str();
        bool matched_seen = m == -1;
        for_each_arc(v, [&](int b, std::int64_t w) {
            const std::int64_t slack = node_[v].y + node_[b].y - w;
            if (slack < 0 && err.str().empty()) err << "edge " << v << "-" << b << " violated";
            if (b == m && slack == 0) matched_seen = true;
        });
        if (!err.str().empty()) return err.str();
        if (!matched_seen) {
            err << "matched edge at " << v << " missing or not tight";
            return err.str();
        }
    }
    return {};
}

} // namespace mb
