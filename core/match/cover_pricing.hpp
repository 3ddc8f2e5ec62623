// core/match/cover_pricing.hpp — makes the double cover's solution exact for the FULL graph (fractional_start.hpp).
//
// The cover is solved on candidate edges; its duals prove optimality for the whole graph once every edge of the
// full graph is feasible: y(u_L) + y(v_R) >= w and y(v_L) + y(u_R) >= w. One weight per pair of people serves
// both checks. A pass over every pair finds the violated edges (the most violated few per cover vertex are
// kept) and each cover vertex's best partners by reduced weight w - y(other end).
//
// Two ways to repair, chosen by how much is wrong:
//   - many violations (a candidate set that missed much of the optimum, typical of large rooms): restart — a
//     fresh solve on the held edges plus every cover vertex's best partners under the current duals, then a new
//     pass. A fresh solve costs about as much as a few hundred repair searches in a tie-heavy room.
//   - few violations: repair in place — add the edge, lift one end's dual, search from what was freed; then
//     check again only the people whose dual fell (a held edge is never violated: the solver keeps them
//     feasible) or whose list of violations overflowed.
// Exactness never depends on these choices: pricing ends only when a check finds nothing violated.
//
// Oracle: `template <class F> void for_each_pair(F&& f) const` calling f(u, v, w2) once per edge {u, v} of the
// full graph, and `for_each_edge(u, f)` calling f(v, w2) for every edge at u (w2 = twice the weight, > 0). A row
// oracle (RowSegment below) is instead scanned row by row, with duals and list floors gathered in its order.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "core/match/bipartite_solver.hpp"
#include "core/match/top_k.hpp"

namespace mb {

using CandidatePairs = std::vector<std::pair<std::pair<int, int>, std::int64_t>>;   // ((u < v), w2)

// A row segment of a "row oracle" (one with row_count(), vertex_at(j) and for_each_row(f) calling f(segment)):
// the pairs (vertex_at(i), vertex_at(j)) for j in [lo, hi), each unordered pair in exactly one segment. Where
// score[j - lo] > 0 the pair is an edge of weight score * scale (+1 if j == bonus), so w2 is twice that.
struct RowSegment {
    int i = 0;                           // local index of the row's person
    int lo = 0, hi = 0;                  // local indices of the partners
    const int* score = nullptr;          // hi - lo scores, <= 0: not an edge
    std::int64_t scale = 1;              // weight per score point
    int bonus = -1;                      // local index whose weight gets +1, or -1
};

// Groups pairs by their smaller end (ascending) and drops duplicates (one pair always has one weight).
void normalize_pairs(CandidatePairs& pairs);
// The cover of candidate pairs: u_L = u, u_R = n + u; each pair {u, v} gives u_L v_R and v_L u_R.
BipartiteSolver make_cover(int n, const CandidatePairs& pairs);
// Every pair the cover holds, as general pairs.
CandidatePairs cover_pairs(const BipartiteSolver& cover, int n);
// Row-reduction roles of the cover's vertices: both copies of a person get the person's (choose_bidders).
std::vector<std::uint8_t> cover_roles(int n, const CandidatePairs& pairs);
std::vector<std::uint8_t> cover_roles(const std::vector<std::uint8_t>& person_roles);   // copies per person

struct CoverPricingStats {
    int restarts = 0;                    // fresh solves on a widened candidate set
    int rounds = 0;                      // in-place repair rounds
    std::int64_t edges_added = 0;        // cover edges added by repairs
    std::int64_t people_rechecked = 0;   // rows priced again after the last full pass
    double ms_passes = 0;                // wall time: full passes over every pair
    double ms_restarts = 0;              //   fresh solves of restarts
    double ms_repairs = 0;               //   repair searches
    double ms_rechecks = 0;              //   rows priced again
};

struct CoverPricingPolicy {
    int max_restarts = 4;                // fresh solves at most (0: repair in place only)
    int restart_per_mille = 30;          // restart while more cover vertices than this (per mille) are violated
};

class CoverPricer {
public:
    static constexpr int kViolationsPerVertex = 4;   // kept per cover vertex and round
    static constexpr int kPartnersPerVertex = 8;     // best partners added per cover vertex on a restart

    // roles: the row-reduction roles `cover` was solved with (kept for restarts).
    CoverPricer(int n, std::vector<std::uint8_t> roles, const CoverPricingPolicy& policy = {})
        : n_(n), policy_(policy), roles_(std::move(roles)), violated_(2 * n, kViolationsPerVertex),
          overflow_flag_(static_cast<std::size_t>(2 * n), 0) {}

    // Leaves `cover` (solved on candidates) optimal for the full graph; a restart replaces it.
    template <class Oracle> CoverPricingStats run(BipartiteSolver& cover, const Oracle& oracle) {
        CoverPricingStats stats;
        using Clock = std::chrono::steady_clock;
        auto t0 = Clock::now();
        auto lap = [&t0](double& into) {
            const auto t = Clock::now();
            into += std::chrono::duration<double, std::milli>(t - t0).count();
            t0 = t;
        };
        int violated = full_pass(cover, oracle);
        lap(stats.ms_passes);
        while (violated > 0 && stats.restarts < policy_.max_restarts &&
               static_cast<std::int64_t>(violated) * 1000 > static_cast<std::int64_t>(2 * n_) * policy_.restart_per_mille) {
            ++stats.restarts;
            restart(cover);
            lap(stats.ms_restarts);
            violated = full_pass(cover, oracle);
            lap(stats.ms_passes);
        }
        partners_.reset();
        while (violated > 0) {
            ++stats.rounds;
            const std::vector<Edge> found = take_violations();
            repair(cover, found);
            stats.edges_added += static_cast<std::int64_t>(found.size());
            lap(stats.ms_repairs);
            const std::vector<int> people = people_to_recheck(cover);
            stats.people_rechecked += static_cast<std::int64_t>(people.size());
            Checker check{*this, cover, nullptr};
            for (int u : people) oracle.for_each_edge(u, [&](int v, std::int64_t w2) { check(u, v, w2); });
            violated = count_violated();
            lap(stats.ms_rechecks);
        }
        return stats;
    }

private:
    struct Edge {
        int a = 0;                       // cover vertex
        int b = 0;                       // cover vertex of the other side
        std::int64_t w = 0;              // weight in cover units (w, not 2w)
    };
    using Partners = TopKPerKey<std::pair<int, std::int64_t>>;   // (partner person, w2) by reduced weight

    // Checks both cover edges of a pair; keeps the violated ones and, if collecting, the best partners.
    struct Checker {
        CoverPricer& pricer;
        const BipartiteSolver& cover;
        Partners* partners;              // null: not collecting
        void operator()(int u, int v, std::int64_t w2) const {
            const int n = pricer.n_;
            const std::int64_t w = w2 / 2;
            const std::int64_t ul = cover.dual(u), ur = cover.dual(n + u), vl = cover.dual(v), vr = cover.dual(n + v);
            if (w > ul + vr) pricer.keep(u, n + v, w, w - ul - vr);
            if (w > vl + ur) pricer.keep(v, n + u, w, w - vl - ur);
            if (!partners) return;
            if (w - vr > partners->floor(u)) partners->offer(u, w - vr, {v, w2});
            if (w - vl > partners->floor(n + u)) partners->offer(n + u, w - vl, {v, w2});
            if (w - ur > partners->floor(v)) partners->offer(v, w - ur, {u, w2});
            if (w - ul > partners->floor(n + v)) partners->offer(n + v, w - ul, {u, w2});
        }
    };

    void keep(int a, int b, std::int64_t w, std::int64_t excess) {
        if (violated_.size(a) >= kViolationsPerVertex && !overflow_flag_[a]) {   // more than fit: check again
            overflow_flag_[a] = 1;
            overflowed_.push_back(a);
        }
        violated_.offer(a, excess, {a, b, w});
    }

    template <class Oracle> int full_pass(BipartiteSolver& cover, const Oracle& oracle) {
        cover.take_lowered();                            // everything is checked now
        partners_.emplace(2 * n_, kPartnersPerVertex);
        prefill_partners(cover);
        if constexpr (requires { oracle.row_count(); }) {
            rows_pass(cover, oracle);
        } else {
            const Checker check{*this, cover, &*partners_};
            oracle.for_each_pair(check);
        }
        return count_violated();
    }

    // The same checks over row segments (row oracles): duals and list floors are gathered into the oracle's row
    // order first, so the inner loop reads memory in sequence, tests all four conditions at once, and only the
    // rare hits touch the lists.
    template <class Oracle> void rows_pass(const BipartiteSolver& cover, const Oracle& oracle) {
        const int count = oracle.row_count();
        std::vector<int> person(static_cast<std::size_t>(count));
        std::vector<std::int64_t> yl(person.size()), yr(person.size()), fl(person.size()), fr(person.size());
        for (int j = 0; j < count; ++j) {
            person[j] = oracle.vertex_at(j);
            yl[j] = cover.dual(person[j]);
            yr[j] = cover.dual(n_ + person[j]);
            fl[j] = partners_->floor(person[j]);
            fr[j] = partners_->floor(n_ + person[j]);
        }
        Partners& best = *partners_;
        oracle.for_each_row([&](const RowSegment& seg) {
            const int i = seg.i;
            const int u = person[i];
            const std::int64_t ul = yl[i], ur = yr[i];
            // (w - yr[j] > ul) or (w - yr[j] > fl[i]) is one test against the smaller threshold; the same on the right.
            std::int64_t a1 = std::min(ul, fl[i]), a2 = std::min(ur, fr[i]);
            for (int j = seg.lo; j < seg.hi; ++j) {
                const int s = seg.score[j - seg.lo];
                const std::int64_t w = s * seg.scale + (j == seg.bonus ? 1 : 0);
                // Branch-free on purpose (ints, not bools: | on bools is what clang warns about).
                const int hit = int(s > 0) & (int(w - yr[j] > a1) | int(w - yl[j] > a2) | int(w - ur > fl[j]) |
                                              int(w - ul > fr[j]));
                if (!hit) continue;
                const int v = person[j];                         // rare: something to keep
                const std::int64_t w2 = 2 * w;
                if (w > ul + yr[j]) keep(u, n_ + v, w, w - ul - yr[j]);
                if (w > yl[j] + ur) keep(v, n_ + u, w, w - yl[j] - ur);
                if (w - yr[j] > fl[i]) fl[i] = offer(best, u, w - yr[j], v, w2);
                if (w - yl[j] > fr[i]) fr[i] = offer(best, n_ + u, w - yl[j], v, w2);
                if (w - ur > fl[j]) fl[j] = offer(best, v, w - ur, u, w2);
                if (w - ul > fr[j]) fr[j] = offer(best, n_ + v, w - ul, u, w2);
                a1 = std::min(ul, fl[i]);
                a2 = std::min(ur, fr[i]);
            }
        });
    }
    static std::int64_t offer(Partners& best, int key, std::int64_t r, int partner, std::int64_t w2) {
        best.offer(key, r, {partner, w2});
        return best.floor(key);
    }

    void prefill_partners(const BipartiteSolver& cover);
    int count_violated() const;
    std::vector<Edge> take_violations();             // most violated first per cover vertex; empties the lists
    void restart(BipartiteSolver& cover);
    void repair(BipartiteSolver& cover, const std::vector<Edge>& found);
    std::vector<int> people_to_recheck(BipartiteSolver& cover);

    int n_;                                          // people
    CoverPricingPolicy policy_;
    std::vector<std::uint8_t> roles_;                // row-reduction roles of the cover's vertices
    TopKPerKey<Edge> violated_;                      // per cover vertex, ranked by excess w - y_a - y_b
    std::vector<int> overflowed_;                    // cover vertices with more violations than kept
    std::vector<char> overflow_flag_;
    std::optional<Partners> partners_;               // from the last full pass
};

} // namespace mb
