// core/match/b_matching_live.cpp — incremental b-matching for check-ins (see the header for the invariants).
#include "core/match/b_matching_live.hpp"

#include <algorithm>
#include <stdexcept>

namespace mb {

LiveBMatching::LiveBMatching(int slots)
    : slots_(slots), solver_(slots * kMaxGroupCapacity, slots), capacity_(static_cast<std::size_t>(slots), 0),
      in_(static_cast<std::size_t>(slots)), out_(static_cast<std::size_t>(slots)) {}

void LiveBMatching::add_person(int slot, int capacity, std::span<const GroupEdge> edges) {
    if (slot < 0 || slot >= slots_) throw std::out_of_range("live b-matching: slot out of range");
    capacity_[static_cast<std::size_t>(slot)] = std::clamp(capacity, 0, kMaxGroupCapacity);
    for (const GroupEdge& e : edges) {
        if (e.mentor == e.mentee || (e.mentor != slot && e.mentee != slot))
            throw std::invalid_argument("live b-matching: an edge must join the newcomer and someone else");
        const int c = capacity_[static_cast<std::size_t>(e.mentor)];
        for (int k = 0; k < c; ++k) solver_.add_edge(copy(e.mentor, k), right(e.mentee), e.w);
        in_[static_cast<std::size_t>(e.mentee)].push_back({e.mentor, e.w});
        out_[static_cast<std::size_t>(e.mentor)].push_back({e.mentee, e.w});
    }
    if (!solved_) return;
    // Cover the newcomer's edges with the smallest duals and let one search per role settle them.
    std::int64_t y_mentee = 0;
    for (const auto& [mentor, w] : in_[static_cast<std::size_t>(slot)]) {
        for (int k = 0; k < capacity_[static_cast<std::size_t>(mentor)]; ++k)
            y_mentee = std::max(y_mentee, w - solver_.dual(copy(mentor, k)));
    }
    if (y_mentee > 0) solver_.free_and_raise(right(slot), y_mentee);
    std::int64_t y_mentor = 0;
    for (const auto& [mentee, w] : out_[static_cast<std::size_t>(slot)]) y_mentor = std::max(y_mentor, w - solver_.dual(right(mentee)));
    if (y_mentor > 0) {
        for (int k = 0; k < capacity_[static_cast<std::size_t>(slot)]; ++k) solver_.free_and_raise(copy(slot, k), y_mentor);
    }
    solver_.solve_pending();
    recount();
}

void LiveBMatching::solve() {
    const int left = slots_ * kMaxGroupCapacity;
    std::vector<std::uint8_t> role(static_cast<std::size_t>(left + slots_));
    std::size_t mentors = 0, mentees = 0;
    for (int p = 0; p < slots_; ++p) {
        mentors += static_cast<std::size_t>(capacity_[static_cast<std::size_t>(p)]) * !out_[static_cast<std::size_t>(p)].empty();
        mentees += !in_[static_cast<std::size_t>(p)].empty();
    }
    const bool left_bids = mentors <= mentees;               // the scarcer side bids (bipartite_solver.hpp)
    for (int i = 0; i < left + slots_; ++i) {
        role[static_cast<std::size_t>(i)] = (i < left) == left_bids ? BipartiteSolver::kBidder : BipartiteSolver::kObject;
    }
    solver_.solve_fresh(role);
    solved_ = true;
    recount();
}

int LiveBMatching::mentor_of(int slot) const {
    const int m = solver_.mate(right(slot));
    return m < 0 ? -1 : m / kMaxGroupCapacity;
}

int LiveBMatching::load(int slot) const {
    int n = 0;
    for (int k = 0; k < capacity_[static_cast<std::size_t>(slot)]; ++k) n += solver_.mate(copy(slot, k)) >= 0;
    return n;
}

// The total of the seated pairs, heaviest parallel edge per pair (as the solver would pick it).
void LiveBMatching::recount() {
    total_ = 0;
    for (int v = 0; v < slots_; ++v) {
        const int m = mentor_of(v);
        if (m < 0) continue;
        std::int64_t best = 0;
        for (const auto& [mentor, w] : in_[static_cast<std::size_t>(v)]) {
            if (mentor == m) best = std::max(best, w);
        }
        total_ += best;
    }
}

} // namespace mb
