// core/match/b_matching_live.hpp — a b-matching that stays optimal as people arrive, one search per arrival.
//
// The check-in path of group seating (group_room.hpp). People live in slots 0..slots-1; slot p owns mentor
// copies 4p .. 4p+3 on the left of a BipartiteSolver (only the first `capacity` get edges) and mentee role p
// on the right. solve() starts from everything added so far; after that, add_person() adds a newcomer's edges
// (to and from people already there) and restores optimality in place:
//   the newcomer's roles get the smallest duals that cover all their edges (y = max(0, max(w - y_other))),
//   become pending roots, and one augmenting search each either seats them along an alternating path or
//   lowers their dual to zero. The solver's invariants (bipartite_solver.hpp: y >= 0, every edge covered,
//   matched edges tight, free vertices at 0) hold again afterwards, so the matching is optimal for every edge
//   held. Only pairs on those few alternating paths change: a check-in never reshuffles the room.
// Edges cannot be removed or reweighted: a departure, a changed like or a new round means a fresh build.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/match/b_matching.hpp"
#include "core/match/bipartite_solver.hpp"

namespace mb {

class LiveBMatching {
public:
    explicit LiveBMatching(int slots);

    int slots() const { return slots_; }
    // Edges use slots as vertex numbers. Before solve(): any order. After: only a newcomer's edges, all at once,
    // every edge having the newcomer at one end, followed by nothing else until the next add_person().
    void add_person(int slot, int capacity, std::span<const GroupEdge> edges);
    void solve();                                 // from scratch over everything added so far

    int mentor_of(int slot) const;                // -1 if not seated as a mentee
    int load(int slot) const;                     // mentees seated with this slot's person
    std::int64_t total() const { return total_; }
    std::int64_t searches() const { return solver_.stats().searches; }

private:
    int copy(int slot, int k) const { return slot * kMaxGroupCapacity + k; }
    int right(int slot) const { return slots_ * kMaxGroupCapacity + slot; }
    void recount();

    int slots_ = 0;
    BipartiteSolver solver_;
    std::vector<int> capacity_;                   // per slot
    std::vector<std::vector<std::pair<int, std::int64_t>>> in_;   // per mentee slot: (mentor slot, w)
    std::vector<std::vector<std::pair<int, std::int64_t>>> out_;  // per mentor slot: (mentee slot, w)
    bool solved_ = false;
    std::int64_t total_ = 0;
};

} // namespace mb
