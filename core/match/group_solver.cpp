// core/match/group_solver.cpp — picks the exact method that applies, or bounds and searches (see the header).
#include "core/match/group_solver.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <unordered_map>

#include "core/match/max_weight_matching.hpp"

namespace mb {

namespace {

using Capacities = std::span<const int>;
using Edges = std::span<const GroupEdge>;

std::size_t at(int v) { return static_cast<std::size_t>(v); }

GroupSolution from_b_matching(const BMatchingResult& b, GroupMethod method) {
    GroupSolution s;
    s.mentor_of = b.mentor_of;
    s.load = b.load;
    s.total = b.total;
    s.method = method;
    return s;
}

// --- Capacity 1 everywhere: an ordinary matching ----------------------------------------------------------
// Each unordered pair keeps its heavier direction (the one the pair would be seated in).
GroupSolution solve_as_matching(int n, Edges edges) {
    std::unordered_map<std::uint64_t, GroupEdge> best;            // (lo, hi) -> heaviest direction
    best.reserve(edges.size());
    for (const GroupEdge& e : edges) {
        const auto lo = static_cast<std::uint64_t>(std::min(e.mentor, e.mentee));
        const auto hi = static_cast<std::uint64_t>(std::max(e.mentor, e.mentee));
        auto [it, inserted] = best.emplace(lo * static_cast<std::uint64_t>(n) + hi, e);
        if (!inserted && e.w > it->second.w) it->second = e;
    }
    std::vector<WeightedEdge> undirected;
    undirected.reserve(best.size());
    for (const auto& [key, e] : best) undirected.push_back({e.mentor, e.mentee, e.w});
    std::sort(undirected.begin(), undirected.end(), [](const WeightedEdge& a, const WeightedEdge& b) {
        return a.u != b.u ? a.u < b.u : a.v < b.v;                  // deterministic input order
    });
    const MatchingResult m = max_weight_matching(make_csr(n, undirected));

    GroupSolution s;
    s.method = GroupMethod::kMatching;
    s.mentor_of.assign(at(n), -1);
    s.load.assign(at(n), 0);
    for (int v = 0; v < n; ++v) {
        const int u = m.mate[at(v)];
        if (u < v) continue;
        const GroupEdge& e = best.at(static_cast<std::uint64_t>(v) * static_cast<std::uint64_t>(n) + static_cast<std::uint64_t>(u));
        s.mentor_of[at(e.mentee)] = e.mentor;
        s.load[at(e.mentor)] = 1;
    }
    s.total = m.total;
    s.upper_bound = m.total;
    s.proven_optimal = true;
    return s;
}

// --- "Both" people with capacity >= 2: Lagrangian bound and fixed-role seatings ----------------------------

enum class Role : std::uint8_t { kMentor, kMentee };

struct LagrangianRun {
    int n;
    Capacities capacity;
    Edges edges;
    const GroupSolveOptions& options;
    std::vector<char> both;              // per vertex: may mentor and may be mentored
    std::int64_t scale = 1;              // weights are multiplied by this so integer multipliers are fine enough

    GroupSolution best;                  // best seating so far
    std::int64_t bound_scaled = 0;       // best (lowest) bound so far, in scaled units

    // The Lagrangian subproblem: b-matching on adjusted weights. Returns its bound, fills in/out degrees.
    std::int64_t relaxed(const std::vector<std::int64_t>& mu, std::vector<int>& in, std::vector<int>& out,
                         std::vector<std::int64_t>& in_w, std::vector<std::int64_t>& out_w) const {
        std::vector<GroupEdge> adjusted;
        adjusted.reserve(edges.size());
        for (const GroupEdge& e : edges) {
            const std::int64_t w = e.w * scale - mu[at(e.mentor)] - capacity[at(e.mentee)] * mu[at(e.mentee)];
            if (w > 0) adjusted.push_back({e.mentor, e.mentee, w});
        }
        const BMatchingResult r = solve_b_matching(n, capacity, adjusted, options.b_matching);
        std::int64_t bound = r.total;
        for (int v = 0; v < n; ++v) bound += capacity[at(v)] * mu[at(v)];
        in.assign(at(n), 0);
        out.assign(at(n), 0);
        in_w.assign(at(n), 0);
        out_w.assign(at(n), 0);
        for (const GroupEdge& e : adjusted) {
            if (r.mentor_of[at(e.mentee)] != e.mentor) continue;
            in[at(e.mentee)] = 1;
            ++out[at(e.mentor)];
            in_w[at(e.mentee)] = e.w;
            out_w[at(e.mentor)] += e.w;
        }
        return bound;
    }

    // Exact seating once every "both" person has a role.
    GroupSolution seat(const std::vector<Role>& role) const {
        std::vector<GroupEdge> fixed;
        fixed.reserve(edges.size());
        for (const GroupEdge& e : edges) {
            if (both[at(e.mentor)] && role[at(e.mentor)] != Role::kMentor) continue;
            if (both[at(e.mentee)] && role[at(e.mentee)] != Role::kMentee) continue;
            fixed.push_back(e);
        }
        return from_b_matching(solve_b_matching(n, capacity, fixed, options.b_matching), GroupMethod::kLagrangian);
    }

    void consider(GroupSolution s) {
        if (best.mentor_of.empty() || s.total > best.total) best = std::move(s);
    }

    // Roles the relaxed solution suggests: whichever side of a "both" person carried more adjusted weight;
    // someone the relaxation left out entirely mentors (mentors are the scarce side at a mixer).
    std::vector<Role> suggested_roles(const std::vector<int>& in, const std::vector<int>& out,
                                      const std::vector<std::int64_t>& in_w, const std::vector<std::int64_t>& out_w) const {
        std::vector<Role> role(at(n), Role::kMentor);
        for (int v = 0; v < n; ++v) {
            if (!both[at(v)]) continue;
            if (in[at(v)] && (!out[at(v)] || in_w[at(v)] >= out_w[at(v)])) role[at(v)] = Role::kMentee;
        }
        return role;
    }

    // A second seating from the first: "both" mentors nobody sat with try being mentees, and "both" mentees
    // left without a mentor try mentoring.
    void flip_idle(const std::vector<Role>& role) {
        std::vector<Role> flipped = role;
        bool changed = false;
        for (int v = 0; v < n; ++v) {
            if (!both[at(v)]) continue;
            const bool idle = role[at(v)] == Role::kMentor ? best.load[at(v)] == 0 : best.mentor_of[at(v)] == -1;
            if (!idle) continue;
            flipped[at(v)] = role[at(v)] == Role::kMentor ? Role::kMentee : Role::kMentor;
            changed = true;
        }
        if (changed) consider(seat(flipped));
    }

    bool close_enough() const {
        const std::int64_t bound = bound_scaled / scale;
        if (best.total >= bound) return true;                    // integral optimum reached: proven
        return double(bound - best.total) <= options.target_gap * double(bound);
    }

    GroupSolution run() {
        std::vector<std::int64_t> mu(at(n), 0);
        std::vector<int> in, out;
        std::vector<std::int64_t> in_w, out_w;
        std::vector<Role> last_role;
        double theta = 1.0;
        int since_improved = 0;
        int iterations = 0;
        for (; iterations < std::max(1, options.max_iterations); ++iterations) {
            const std::int64_t bound = relaxed(mu, in, out, in_w, out_w);
            if (iterations == 0 || bound < bound_scaled) {
                bound_scaled = bound;
                since_improved = 0;
            } else if (++since_improved >= 3) {
                theta /= 2;
                since_improved = 0;
            }
            const std::vector<Role> role = suggested_roles(in, out, in_w, out_w);
            if (role != last_role) {                             // the same roles would seat the same way
                const std::int64_t before = best.mentor_of.empty() ? -1 : best.total;
                consider(seat(role));
                if (best.total > before) flip_idle(role);
                last_role = role;
            }
            if (close_enough() || theta < 1e-3) {
                ++iterations;
                break;
            }
            // Subgradient of the bound in mu_v: c_v (1 - in_v) - out_v. Step by Polyak's rule towards the best
            // seating's value.
            double norm = 0;
            for (int v = 0; v < n; ++v) {
                if (!both[at(v)]) continue;
                const double g = double(capacity[at(v)]) * (1 - in[at(v)]) - out[at(v)];
                norm += g * g;
            }
            if (norm == 0) {                                      // relaxed solution is a seating: optimal
                ++iterations;
                break;
            }
            const double step = theta * double(bound - best.total * scale) / norm;
            for (int v = 0; v < n; ++v) {
                if (!both[at(v)]) continue;
                const double g = double(capacity[at(v)]) * (1 - in[at(v)]) - out[at(v)];
                mu[at(v)] = std::max<std::int64_t>(0, std::llround(double(mu[at(v)]) - step * g));
            }
        }
        best.iterations = iterations;
        best.upper_bound = std::max(best.total, bound_scaled / scale);
        best.proven_optimal = best.total == best.upper_bound;
        return best;
    }
};

void check_input(int n, Capacities capacity, Edges edges) {
    if (n < 0) throw std::invalid_argument("groups: vertex count must not be negative");
    if (static_cast<int>(capacity.size()) != n) throw std::invalid_argument("groups: one capacity per vertex");
    for (int c : capacity) {
        if (c < 0 || c > kMaxGroupCapacity) throw std::invalid_argument("groups: capacity must be 0..4");
    }
    for (const GroupEdge& e : edges) {
        if (e.mentor < 0 || e.mentor >= n || e.mentee < 0 || e.mentee >= n)
            throw std::invalid_argument("groups: edge endpoint out of range");
        if (capacity[at(e.mentor)] == 0)
            throw std::invalid_argument("groups: an edge from a vertex with capacity 0 (cannot mentor)");
    }
}

} // namespace

const char* to_string(GroupMethod m) {
    switch (m) {
        case GroupMethod::kEmpty: return "empty";
        case GroupMethod::kBMatching: return "b-matching (exact)";
        case GroupMethod::kMatching: return "matching (exact)";
        case GroupMethod::kLagrangian: return "lagrangian";
    }
    return "?";
}

GroupSolution solve_groups(int n, Capacities capacity, Edges edges, const GroupSolveOptions& options) {
    check_input(n, capacity, edges);
    if (edges.empty()) {
        GroupSolution s;
        s.mentor_of.assign(at(n), -1);
        s.load.assign(at(n), 0);
        s.proven_optimal = true;
        return s;
    }
    std::vector<char> mentors(at(n), 0), mentees(at(n), 0);
    std::int64_t max_w = 0;
    for (const GroupEdge& e : edges) {
        mentors[at(e.mentor)] = 1;
        mentees[at(e.mentee)] = 1;
        max_w = std::max(max_w, e.w);
    }
    std::vector<char> both(at(n), 0);
    bool any_both = false;
    for (int v = 0; v < n; ++v) {
        both[at(v)] = mentors[at(v)] && mentees[at(v)];
        any_both = any_both || both[at(v)];
    }
    if (!any_both) {
        const BMatchingResult b = solve_b_matching(n, capacity, edges, options.b_matching);
        GroupSolution s = from_b_matching(b, GroupMethod::kBMatching);
        s.upper_bound = b.dual_total;
        s.proven_optimal = b.dual_total == b.total;
        return s;
    }
    bool all_single = true;
    for (int v = 0; v < n; ++v) all_single = all_single && (!mentors[at(v)] || capacity[at(v)] == 1);
    if (all_single) return solve_as_matching(n, edges);

    // Multipliers are integers; scaled weights make them fine-grained. Scaled weights stay below 10^15.
    const std::int64_t scale = std::clamp<std::int64_t>(kMaxEdgeWeight / (max_w * 4), 1, 256);
    LagrangianRun run{n, capacity, edges, options, std::move(both), scale, {}, 0};
    return run.run();
}

std::vector<Group> groups_of(const GroupSolution& s) {
    std::vector<Group> groups;
    std::vector<int> index(s.mentor_of.size(), -1);
    for (std::size_t v = 0; v < s.load.size(); ++v) {
        if (s.load[v] == 0) continue;
        index[v] = static_cast<int>(groups.size());
        groups.push_back({static_cast<int>(v), {}});
    }
    for (std::size_t v = 0; v < s.mentor_of.size(); ++v) {
        const int m = s.mentor_of[v];
        if (m >= 0) groups[at(index[at(m)])].mentees.push_back(static_cast<int>(v));
    }
    return groups;
}

std::string check_groups(int n, Capacities capacity, Edges edges, const GroupSolution& s) {
    if (static_cast<int>(s.mentor_of.size()) != n || static_cast<int>(s.load.size()) != n)
        return "solution arrays do not have one entry per vertex";
    std::unordered_map<std::uint64_t, std::int64_t> weight;
    for (const GroupEdge& e : edges) {
        auto& w = weight[static_cast<std::uint64_t>(e.mentor) * static_cast<std::uint64_t>(n) + static_cast<std::uint64_t>(e.mentee)];
        w = std::max(w, e.w);
    }
    std::vector<int> counted(at(n), 0);
    std::int64_t total = 0;
    for (int v = 0; v < n; ++v) {
        const int m = s.mentor_of[at(v)];
        if (m == -1) continue;
        if (m < 0 || m >= n) return "vertex " + std::to_string(v) + " has a mentor out of range";
        const auto it = weight.find(static_cast<std::uint64_t>(m) * static_cast<std::uint64_t>(n) + static_cast<std::uint64_t>(v));
        if (it == weight.end()) return std::to_string(m) + " mentors " + std::to_string(v) + " without an edge";
        if (s.load[at(v)] > 0) return "vertex " + std::to_string(v) + " both mentors and is mentored";
        total += it->second;
        ++counted[at(m)];
    }
    for (int v = 0; v < n; ++v) {
        if (counted[at(v)] != s.load[at(v)]) return "load of vertex " + std::to_string(v) + " is wrong";
        if (counted[at(v)] > capacity[at(v)]) return "vertex " + std::to_string(v) + " mentors over capacity";
    }
    if (total != s.total) return "total " + std::to_string(s.total) + " but the pairs weigh " + std::to_string(total);
    if (s.upper_bound < s.total) return "upper bound below the total";
    return "";
}

} // namespace mb
