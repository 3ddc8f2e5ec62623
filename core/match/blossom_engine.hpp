// core/match/blossom_engine.hpp — the exact weighted-blossom engine behind every matching in Matchbooth.
//
// A primal–dual (Edmonds) maximum-weight matching engine on a general graph, built for three jobs:
//   1. a full solve (every free vertex with a positive dual is the root of one search);
//   2. an incremental update (a newcomer, a changed edge): one search per vertex that became free;
//   3. pricing: the graph it holds is a *candidate* subgraph; the caller checks the duals against the full
//      graph and adds the few violated edges (see pricing.hpp). Exactness never depends on the candidates.
//
// Ideas (learned from the public literature and solvers; the code is our own):
//   - single-tree searches driven by one event heap keyed by "time" (the total dual change so far), with
//     lazy duals: a vertex's dual is stored with the time it was last written and moves at the rate of its
//     label (-1 even, +1 odd, 0 unlabeled), so a dual step is O(1);
//   - for edges to unlabeled vertices only the best event per target is pushed (Dijkstra-style);
//   - weights are doubled by the caller (w2 = 2w) so every dual stays an integer: all vertices of one search
//     tree share the root's dual parity, so "slack / 2" between two even vertices is exact;
//   - blossom duals z are kept even, so a blossom can be dissolved by pushing z/2 into its vertices.
//
// Invariants between calls (checked by check_invariants()): y >= 0, z >= 0, every candidate edge has
// y_u + y_v + z(common blossoms) >= w2, matched edges and blossom edges are tight, and (once nothing is
// pending) every free vertex has y = 0 — which together certify that the matching is optimal for the
// candidate graph.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace mb {

struct EngineArc {
    int to = 0;                   // neighbour vertex, 0..n-1
    std::int64_t w2 = 0;          // twice the edge weight, > 0
};

class BlossomEngine {
public:
    explicit BlossomEngine(int vertex_count = 0);

    int vertex_count() const { return n_; }
    // Adds vertices (no edges, dual 0) up to new_count, keeping everything else: the matching, duals, blossoms
    // (their ids move up with the vertex count), pending work. Only between searches.
    void grow(int new_count);

    // --- Candidate graph -----------------------------------------------------------------------------
    // Both directions are stored. The caller must not add an edge twice (has_edge() tells).
    void add_edge(int u, int v, std::int64_t w2);
    bool has_edge(int u, int v) const;                        // O(deg u)
    std::int64_t edge_weight(int u, int v) const;             // w2, or 0 if absent
    void remove_edge(int u, int v);                           // call isolate(u) first if it may be in use
    void set_edge_weight(int u, int v, std::int64_t w2);      // same precondition as remove_edge
    void remove_all_edges(int v);                             // same precondition, for v
    const std::vector<EngineArc>& arcs(int v) const { return adj_[v]; }
    std::size_t edge_count() const { return edge_count_; }

    // --- Duals and matching (doubled units) ------------------------------------------------------------
    std::int64_t dual(int v) const { return y_[v]; }
    void raise_dual(int v, std::int64_t y);                   // y_v = max(y_v, y); v must be free
    void set_dual(int v, std::int64_t y);                     // only for a vertex with no edges in use
    int mate(int v) const { return mate_[v]; }
    bool in_blossom(int v) const { return top_[v] != v; }
    std::int64_t common_blossom_dual(int u, int v) const;     // sum of z over blossoms containing u and v
    // Builds an index that makes common_blossom_dual O(log depth) until the engine next changes (pricing
    // calls it once per round: deep nested blossoms would otherwise make each lookup O(depth^2)).
    void index_blossoms();
    std::int64_t slack(int u, int v, std::int64_t w2) const;  // y_u + y_v + common z - w2

    // Sets every dual to half the heaviest candidate edge at that vertex (feasible for the candidates).
    void init_duals_half_max();

    // --- Repairs (between searches) ----------------------------------------------------------------------
    // isolate: dissolves every blossom containing v (pushing z/2 into its vertices, unmatching a base whose
    // external matched edge stops being tight). Duals only rise, so feasibility is kept everywhere.
    void isolate(int v);
    // free_vertex: isolate, then unmatch v. Both v and its former mate become pending roots.
    void free_vertex(int v);

    // --- Installing a warm start (fractional_start.hpp) --------------------------------------------------
    // Both must be free singletons and the edge tight: the caller vouches for it.
    void install_pair(int u, int v);
    // Matches free singletons along edges that are already tight (in vertex order, first fit): free work
    // before the searches, valid because matched edges only need to be tight.
    void greedy_tight_matching();
    // An odd cycle of free singletons whose consecutive edges are tight becomes a blossom with z = 0;
    // cycle[0] is its free base and becomes a pending root.
    void install_cycle_blossom(const std::vector<int>& cycle);

    // --- Searches -----------------------------------------------------------------------------------------
    void solve_pending();                                      // searches from every pending free root
    void solve_all();                                          // searches from every free vertex, then pending
    std::vector<int> take_lowered();                           // vertices whose dual fell since the last call

    // --- Checking ------------------------------------------------------------------------------------------
    std::string check_invariants(bool require_complete) const; // "" when every invariant holds
    std::int64_t matched_weight2() const;                      // sum of w2 over matched candidate edges
    // Dual objective sum(y) + sum(z * (|B| - 1) / 2): an upper bound on the optimum (in w2 units) whenever
    // the duals are feasible for the full graph, even with searches still pending.
    std::int64_t dual_objective2() const;
    bool has_pending() const { return !pending_.empty(); }
    // Blossoms with their dual, for certificates: each entry is (z, vertices).
    std::vector<std::pair<std::int64_t, std::vector<int>>> blossom_duals() const;

    struct Stats {
        std::int64_t searches = 0;        // single-tree searches run
        std::int64_t events = 0;          // heap events popped
        std::int64_t blossoms_formed = 0; // blossoms created during searches
        std::int64_t expansions = 0;      // odd blossoms expanded during searches
    };
    const Stats& stats() const { return stats_; }

private:
    enum Label : std::uint8_t { kUnlabeled = 0, kEven = 1, kOdd = 2 };
    enum EventKind : std::uint8_t { kEdgeEvent = 0, kZeroEvent = 1, kExpireEvent = 2 };
    struct Event {
        std::int64_t key;                 // time at which it fires
        std::int64_t w2;                  // edge weight (edge events)
        int a;                            // even vertex / vertex / blossom
        int b;                            // other endpoint (edge events)
        std::uint32_t stamp;              // label stamp of the blossom (expire events)
        EventKind kind;
        std::uint8_t order;               // tie-break at equal keys: grow/augment first, blossoms last
    };

    // --- lazy duals ---
    int rate(int v) const;
    std::int64_t y_now(int v) const;
    std::int64_t z_now(int b) const;
    void set_label(int b, Label label);

    // --- search ---
    void search(int root);
    void push(const Event& e);
    Event pop();
    void became_even(int v);
    void scan_even(int x);
    void scan_unlabeled(int v);
    void grow(int x, int v);
    void end_search();
    int even_parent(int b) const;

    std::int64_t indexed_common_dual(int u, int v) const;

    // --- blossom structure (blossom_structure.cpp) ---
    int alloc_blossom();
    void release_blossom(int b);
    void collect_leaves(int b, std::vector<int>& out) const;
    void form_blossom(int x, int v);
    void expand_odd(int b);
    void augment_blossom(int b, int v);
    void augment_from(int x, int partner);
    void augment(int x, int v);
    void finish_at_zero(int x);
    void split_top(int b);
    void dissolve_zero_duals(int b);

    int n_ = 0;
    std::size_t edge_count_ = 0;
    std::vector<std::vector<EngineArc>> adj_;

    // per node: vertices 0..n-1, blossoms n..2n-1
    std::vector<int> parent_;                  // enclosing blossom, -1 at top level
    std::vector<int> base_;                    // base vertex
    std::vector<int> size_;                    // number of vertices inside (1 for a vertex)
    std::vector<std::uint8_t> label_;          // Label, meaningful at top level during a search
    std::vector<int> tedge_s_, tedge_t_;       // odd label edge: even vertex outside, vertex inside
    std::vector<std::uint32_t> stamp_;         // bumped on every label change
    std::vector<std::int64_t> z_, zt_;         // blossom dual (even, >= 0) and the time it was written
    std::vector<std::vector<int>> childs_;     // sub-blossoms around the cycle, base child first
    std::vector<std::vector<std::pair<int, int>>> cedges_;  // cedges_[i] joins childs_[i] and childs_[i+1]
    std::vector<int> free_ids_;

    // per vertex
    std::vector<int> mate_;                    // matched vertex or -1
    std::vector<int> top_;                     // top-level blossom (or itself)
    std::vector<std::int64_t> y_, yt_;         // dual and the time it was written
    std::vector<std::int64_t> y_start_;        // dual when the current search first touched the vertex
    std::vector<std::int64_t> best_key_;       // best pending event time toward an unlabeled vertex
    std::vector<char> touched_flag_, keyed_flag_, lowered_flag_;

    // search scratch
    std::int64_t now_ = 0;
    std::vector<Event> heap_;
    std::vector<int> touched_, keyed_, lowered_, pending_;
    std::vector<std::uint32_t> mark_;
    std::uint32_t epoch_ = 0;
    mutable std::vector<int> scratch_stack_;
    // blossom index (index_blossoms): valid while index_valid_; up_[j][node] is the 2^j-th ancestor
    bool index_valid_ = false;
    std::vector<int> depth_;
    std::vector<std::vector<int>> up_;
    std::vector<std::int64_t> cz_;                 // z of the node plus all its ancestors
    std::vector<int> scratch_leaves_;
    Stats stats_;
};

} // namespace mb
