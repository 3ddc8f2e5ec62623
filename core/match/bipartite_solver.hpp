// core/match/bipartite_solver.hpp — exact maximum-weight matching on a bipartite graph (the warm start's step).
//
// Solves the fractional relaxation's double cover (fractional_start.hpp) and nothing else, so it can be much
// leaner than BlossomEngine: no blossoms, flat arrays, adjacency in one CSR block.
//
// Algorithm (the ideas are Jonker & Volgenant's and Bertsekas's; the code is our own):
//   1. Augmenting row reduction, an auction-like pass over the bidders (the scarcer side, see choose_bidders):
//      each free bidder takes the object with the best profit w - y_object and raises that object's price by
//      the gap to its second-best profit (staying single is always an option worth 0); on a tie it prefers an
//      object nobody holds. The displaced owner bids next. Two passes settle most bidders cheaply; with the
//      scarcer side bidding nobody has to be priced out by long searches.
//   2. Shortest augmenting paths: from each remaining free vertex with a positive dual, Dijkstra on reduced
//      costs y_a + y_b - w >= 0 until it reaches a free vertex of the other side (augment) or a vertex of its
//      own side whose dual would fall to zero (that vertex becomes single instead). Duals move once, at the end.
// Either side may hold the free roots: pricing repairs (cover_pricing.hpp) free vertices on both sides.
//
// Invariants between calls: y >= 0, every edge has y_a + y_b >= w, matched edges are tight, and (once nothing
// is pending) every free vertex has y = 0: the matching is optimal for the edges held (LP duality).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mb {

class BipartiteSolver {
public:
    // Vertices 0..left-1 form the left side, left..left+right-1 the right side.
    BipartiteSolver(int left, int right);

    int vertex_count() const { return left_ + right_; }
    bool is_left(int v) const { return v < left_; }

    // --- Edges (left vertex, right vertex, weight > 0) ----------------------------------------------------
    // Edges added after a solve take part in every later search. Parallel edges are allowed but pointless.
    void add_edge(int l, int r, std::int64_t w);
    bool has_edge(int a, int b) const;                           // O(deg a) (both sides' lists scanned)
    std::size_t edge_count() const { return edge_total_; }
    // Calls f(neighbour, w) for every edge at v.
    template <class F> void for_each_arc(int v, F&& f) const {
        for (int i = start_[v]; i < start_[v + 1]; ++i) f(arcs_[i].to, arcs_[i].w);
        for (const Arc& a : extra_[v]) f(a.to, a.w);
    }

    std::int64_t dual(int v) const { return node_[v].y; }
    int mate(int v) const { return mate_[v]; }

    // --- Solving ---------------------------------------------------------------------------------------------
    // From scratch. role[v]: kBidder, kObject or kNeither. Bidders take objects in the row reduction (the
    // bidders should be the scarcer side: then nobody has to be priced out by long searches); everything else
    // is left to the augmenting searches. An edge the roles do not foresee (two bidders, two objects) is fine:
    // it is covered by lifting one end's dual before the searches.
    enum Role : std::uint8_t { kObject = 0, kBidder = 1, kNeither = 2 };
    void solve_fresh(const std::vector<std::uint8_t>& role);
    // Pricing repair: unmatches v (its mate becomes a pending root if its dual is positive) and raises y_v
    // to at least y; v becomes a pending root.
    void free_and_raise(int v, std::int64_t y);
    void solve_pending();                                         // one search per pending root
    std::vector<int> take_lowered();                              // vertices whose dual fell since last call

    std::string check_invariants(bool require_complete) const;    // "" when every invariant holds

    struct Stats {
        std::int64_t searches = 0;       // augmenting-path searches
        std::int64_t scanned = 0;        // vertices scanned by them
        std::int64_t bids = 0;           // row-reduction steps
    };
    const Stats& stats() const { return stats_; }

private:
    struct Arc {
        std::int64_t w;                  // weight
        int to;                          // other end
    };
    // Everything a search touches per vertex, in one place (one cache line per arc relaxed, not four).
    struct Node {
        std::int64_t y;                  // dual (price on the objects' side)
        std::int64_t dist;               // distance at which the current search reached it
        int pred;                        // other-side vertex it was reached from
        std::uint32_t visit;             // == stamp_: reached (dist, pred valid); == stamp_ + 1: scanned
    };
    struct HeapEntry {
        std::int64_t order;              // 4 * distance + tag; tag orders equal distances: 0 a free vertex
                                         // (augment), 1 a matched one, 2 a zero event
        int v;                           // vertex; zero events carry ~v (negative)
    };
    void build_csr();
    void row_reduction(const std::vector<std::uint8_t>& role);
    void complete_duals(const std::vector<std::uint8_t>& role);
    void new_stamp();
    std::int64_t explore(int root, int& end);
    void apply_duals(std::int64_t delta);
    void search(int root);
    void scan(int x, std::int64_t d);
    void lower(int v);
    void heap_push(HeapEntry e);
    HeapEntry heap_pop();

    int left_ = 0;
    int right_ = 0;
    std::size_t edge_total_ = 0;
    // CSR block (both directions) plus edges added since it was built
    std::vector<int> start_;                                  // size n+1
    std::vector<Arc> arcs_;
    std::vector<std::vector<Arc>> extra_;
    std::vector<std::pair<int, std::pair<int, std::int64_t>>> staged_;   // (a, (b, w)) before the first build
    bool built_ = false;

    std::vector<Node> node_;                                  // dual and search scratch per vertex
    std::vector<int> mate_;                                   // partner or -1
    std::vector<int> pending_;
    std::vector<char> lowered_flag_;
    std::vector<int> lowered_;

    std::uint32_t stamp_ = 1;                                 // current search (odd; stamp_ + 1 marks scanned)
    std::int64_t bound_ = 0;                                  // smallest zero-event time pushed so far
    std::vector<int> scanned_root_side_, scanned_other_side_;
    std::vector<HeapEntry> heap_;
    Stats stats_;
};

// Splits the vertices of a general graph (edges as pairs) into bidders, objects and neither, so that every edge
// between two vertices that are not "neither" joins a bidder and an object: a 2-colouring, improved by local
// moves, with the vertices still in conflict set aside. Bidders are the smaller colour class.
std::vector<std::uint8_t> choose_bidders(int n, const std::vector<std::pair<int, int>>& edges);

} // namespace mb
