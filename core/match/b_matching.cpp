// core/match/b_matching.cpp — mentor copies on a BipartiteSolver, candidate edges, pricing to optimality.
#include "core/match/b_matching.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "core/match/bipartite_solver.hpp"
#include "core/match/max_weight_matching.hpp"

namespace mb {

namespace {

// --- Roles and copies --------------------------------------------------------------------------------------
// Left vertices 0..copies-1 are mentor copies (copy_owner says whose), right vertices are mentee roles
// (mentee_vertex says whose). Vertices without an edge on a side get no role on it.
struct RoleLayout {
    std::vector<int> first_copy;         // per vertex: its first mentor copy, or -1
    std::vector<int> copy_owner;         // per copy: the vertex
    std::vector<int> mentee_slot;        // per vertex: its right-side index (0-based), or -1
    std::vector<int> mentee_vertex;      // per right-side index: the vertex
};

void check_edges(int n, std::span<const int> capacity, std::span<const GroupEdge> edges) {
    if (static_cast<int>(capacity.size()) != n) throw std::invalid_argument("b-matching: one capacity per vertex");
    for (const GroupEdge& e : edges) {
        if (e.mentor < 0 || e.mentor >= n || e.mentee < 0 || e.mentee >= n)
            throw std::invalid_argument("b-matching: edge endpoint out of range");
        if (e.mentor == e.mentee) throw std::invalid_argument("b-matching: a vertex cannot mentor itself");
        if (e.w < 1 || e.w > kMaxEdgeWeight) throw std::invalid_argument("b-matching: weight out of range");
        const int c = capacity[static_cast<std::size_t>(e.mentor)];
        if (c < 1 || c > kMaxGroupCapacity)
            throw std::invalid_argument("b-matching: edge from a vertex whose capacity is not 1..4");
    }
}

RoleLayout lay_out_roles(int n, std::span<const int> capacity, std::span<const GroupEdge> edges) {
    RoleLayout r;
    r.first_copy.assign(static_cast<std::size_t>(n), -1);
    r.mentee_slot.assign(static_cast<std::size_t>(n), -1);
    std::vector<char> mentors(static_cast<std::size_t>(n), 0), mentees(static_cast<std::size_t>(n), 0);
    for (const GroupEdge& e : edges) {
        mentors[static_cast<std::size_t>(e.mentor)] = 1;
        mentees[static_cast<std::size_t>(e.mentee)] = 1;
    }
    for (int v = 0; v < n; ++v) {
        if (mentors[static_cast<std::size_t>(v)]) {
            r.first_copy[static_cast<std::size_t>(v)] = static_cast<int>(r.copy_owner.size());
            r.copy_owner.insert(r.copy_owner.end(), static_cast<std::size_t>(capacity[static_cast<std::size_t>(v)]), v);
        }
        if (mentees[static_cast<std::size_t>(v)]) {
            r.mentee_slot[static_cast<std::size_t>(v)] = static_cast<int>(r.mentee_vertex.size());
            r.mentee_vertex.push_back(v);
        }
    }
    return r;
}

// --- Candidates ----------------------------------------------------------------------------------------------
// Marks the heaviest `per_mentee` edges of every mentee and the heaviest per_mentee * capacity of every
// mentor. Ties broken by input order, so the choice is deterministic.
std::vector<char> pick_candidates(int n, std::span<const int> capacity, std::span<const GroupEdge> edges,
                                  int per_mentee) {
    std::vector<char> keep(edges.size(), 0);
    std::vector<std::vector<int>> by_mentee(static_cast<std::size_t>(n)), by_mentor(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < edges.size(); ++i) {
        by_mentee[static_cast<std::size_t>(edges[i].mentee)].push_back(static_cast<int>(i));
        by_mentor[static_cast<std::size_t>(edges[i].mentor)].push_back(static_cast<int>(i));
    }
    auto keep_heaviest = [&](std::vector<int>& list, std::size_t k) {
        if (list.size() > k) {
            std::nth_element(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(k), list.end(), [&](int a, int b) {
                const auto& ea = edges[static_cast<std::size_t>(a)];
                const auto& eb = edges[static_cast<std::size_t>(b)];
                return ea.w != eb.w ? ea.w > eb.w : a < b;
            });
            list.resize(k);
        }
        for (int i : list) keep[static_cast<std::size_t>(i)] = 1;
    };
    for (int v = 0; v < n; ++v) {
        keep_heaviest(by_mentee[static_cast<std::size_t>(v)], static_cast<std::size_t>(per_mentee));
        const auto c = static_cast<std::size_t>(std::max(1, capacity[static_cast<std::size_t>(v)]));
        keep_heaviest(by_mentor[static_cast<std::size_t>(v)], static_cast<std::size_t>(per_mentee) * c);
    }
    return keep;
}

// --- Solving ---------------------------------------------------------------------------------------------------

struct CopySolve {
    const RoleLayout& roles;
    std::span<const int> capacity;
    BipartiteSolver solver;

    CopySolve(const RoleLayout& r, std::span<const int> cap)
        : roles(r), capacity(cap),
          solver(static_cast<int>(r.copy_owner.size()), static_cast<int>(r.mentee_vertex.size())) {}

    int right(int vertex) const {
        return static_cast<int>(roles.copy_owner.size()) + roles.mentee_slot[static_cast<std::size_t>(vertex)];
    }
    int copies(int vertex) const { return capacity[static_cast<std::size_t>(vertex)]; }
    int first(int vertex) const { return roles.first_copy[static_cast<std::size_t>(vertex)]; }

    void add(const GroupEdge& e) {
        for (int k = 0; k < copies(e.mentor); ++k) solver.add_edge(first(e.mentor) + k, right(e.mentee), e.w);
    }
    std::int64_t min_copy_dual(int vertex) const {
        std::int64_t y = solver.dual(first(vertex));
        for (int k = 1; k < copies(vertex); ++k) y = std::min(y, solver.dual(first(vertex) + k));
        return y;
    }
    // The scarcer side bids (bipartite_solver.hpp).
    void solve_fresh() {
        const int left = static_cast<int>(roles.copy_owner.size());
        const int right_count = static_cast<int>(roles.mentee_vertex.size());
        std::vector<std::uint8_t> role(static_cast<std::size_t>(left + right_count));
        const bool left_bids = left <= right_count;
        for (int i = 0; i < left + right_count; ++i) {
            const bool is_left = i < left;
            role[static_cast<std::size_t>(i)] = is_left == left_bids ? BipartiteSolver::kBidder : BipartiteSolver::kObject;
        }
        solver.solve_fresh(role);
    }
};

// Adds and repairs every edge the duals do not cover; returns how many there were.
std::size_t price_all(CopySolve& s, std::span<const GroupEdge> edges, std::vector<char>& held) {
    std::size_t found = 0;
    std::vector<std::pair<int, std::int64_t>> raise;             // (right vertex, dual it needs)
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (held[i]) continue;
        const GroupEdge& e = edges[i];
        const std::int64_t ya = s.min_copy_dual(e.mentor);
        const std::int64_t yb = s.solver.dual(s.right(e.mentee));
        if (ya + yb >= e.w) continue;
        s.add(e);
        held[i] = 1;
        raise.push_back({s.right(e.mentee), e.w - ya});
        ++found;
    }
    for (const auto& [v, y] : raise) {
        if (y > s.solver.dual(v)) s.solver.free_and_raise(v, y);
    }
    s.solver.solve_pending();
    return found;
}

} // namespace

BMatchingResult solve_b_matching(int n, std::span<const int> capacity, std::span<const GroupEdge> edges,
                                 const BMatchingOptions& options) {
    check_edges(n, capacity, edges);
    const RoleLayout roles = lay_out_roles(n, capacity, edges);
    CopySolve s(roles, capacity);

    const std::size_t mentee_roles = std::max<std::size_t>(1, roles.mentee_vertex.size());
    const bool use_candidates =
        edges.size() > mentee_roles * static_cast<std::size_t>(std::max(1, options.price_above_degree));
    std::vector<char> held = use_candidates ? pick_candidates(n, capacity, edges, std::max(1, options.candidates_per_role))
                                            : std::vector<char>(edges.size(), 1);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (held[i]) s.add(edges[i]);
    }
    s.solve_fresh();

    BMatchingResult r;
    if (use_candidates) {
        while (price_all(s, edges, held) > 0) ++r.pricing_rounds;
    }

    r.mentor_of.assign(static_cast<std::size_t>(n), -1);
    r.load.assign(static_cast<std::size_t>(n), 0);
    const int left = static_cast<int>(roles.copy_owner.size());
    for (int c = 0; c < left; ++c) {
        const int m = s.solver.mate(c);
        if (m == -1) continue;
        const int mentor = roles.copy_owner[static_cast<std::size_t>(c)];
        const int mentee = roles.mentee_vertex[static_cast<std::size_t>(m - left)];
        r.mentor_of[static_cast<std::size_t>(mentee)] = mentor;
        ++r.load[static_cast<std::size_t>(mentor)];
    }
    // Weights of the chosen edges: the heaviest (mentor, mentee) edge, as a parallel edge would be pointless.
    std::vector<std::int64_t> best(static_cast<std::size_t>(n), 0);
    for (const GroupEdge& e : edges) {
        if (r.mentor_of[static_cast<std::size_t>(e.mentee)] == e.mentor)
            best[static_cast<std::size_t>(e.mentee)] = std::max(best[static_cast<std::size_t>(e.mentee)], e.w);
    }
    r.total = std::accumulate(best.begin(), best.end(), std::int64_t{0});
    for (int v = 0; v < s.solver.vertex_count(); ++v) r.dual_total += s.solver.dual(v);
    r.held_edges = static_cast<std::int64_t>(s.solver.edge_count());
    return r;
}

} // namespace mb
