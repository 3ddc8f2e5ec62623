// core/match/matcher_board.cpp — the board people see: local, minimal changes, and the threshold re-solve.
//
// Rules are stated in matcher.hpp ("Stability, precisely"). Everything here touches at most the pairs a
// command is about, except apply_board(), which installs an exact (sticky) optimum.
#include "core/match/matcher.hpp"

#include <stdexcept>

namespace mb {

void Matcher::board_link(int u, int v, LockKind lock) {
    const int score = std::max(0, weight(u, v));
    for (const auto& [a, b] : {std::pair{u, v}, std::pair{v, u}}) {
        board_mate_[a] = b;
        board_score_[a] = score;
        lock_[a] = lock;
        const int pos = waiting_pos_[a];
        if (pos >= 0) {
            const int last = waiting_.back();
            waiting_[pos] = last;
            waiting_pos_[last] = pos;
            waiting_.pop_back();
            waiting_pos_[a] = -1;
        }
    }
    board_total_ += score;
    if (lock != LockKind::None) locked_total_ += score;
    if (lock == LockKind::None) update_mutual_lock(u, v);
}

void Matcher::board_unlink(int u) {
    const int v = board_mate_[u];
    if (v < 0) return;
    board_total_ -= board_score_[u];
    if (lock_[u] != LockKind::None) locked_total_ -= board_score_[u];
    for (int a : {u, v}) {
        board_mate_[a] = -1;
        board_score_[a] = 0;
        lock_[a] = LockKind::None;
        waiting_pos_[a] = static_cast<int>(waiting_.size());
        waiting_.push_back(a);
    }
}

void Matcher::refresh_pair_score(int u) {
    const int v = board_mate_[u];
    if (v < 0) return;
    const int score = std::max(0, weight(u, v));
    board_total_ += score - board_score_[u];
    if (lock_[u] != LockKind::None) locked_total_ += score - board_score_[u];
    board_score_[u] = board_score_[v] = score;
}

// A pair on the board in which both said yes is locked (taken out of the optimization); a mutual lock whose
// like was withdrawn is released (and its two people rejoin the optimization).
void Matcher::update_mutual_lock(int u, int v) {
    if (board_mate_[u] != v) return;
    const PairRelation r = slot_relation(u, v);
    const bool mutual = r.mentor_says == Preference::Like && r.mentee_says == Preference::Like;
    if (lock_[u] == LockKind::None && mutual) {
        lock_[u] = lock_[v] = LockKind::MutualYes;
        locked_total_ += board_score_[u];
        engine_deactivate(u);
        engine_deactivate(v);
    } else if (lock_[u] == LockKind::MutualYes && !mutual) {
        lock_[u] = lock_[v] = LockKind::None;
        locked_total_ -= board_score_[u];
        engine_activate(u);
        engine_activate(v);
    }
}

// The waiting person (other than x and `exclude`) x would score best with; -1 if none. gain = that score.
int Matcher::best_waiting_partner(int x, int exclude, int& gain) const {
    int best = -1;
    gain = 0;
    for (int y : waiting_) {
        if (y == x || y == exclude || !slots_[y].in_engine) continue;
        const int w = weight(x, y);
        if (w > gain) {
            gain = w;
            best = y;
        }
    }
    return best;
}

// A check-in changes at most one existing pair: wait, pair with someone waiting, or take one person from an
// unlocked pair (whose other half then pairs with someone waiting, or waits). Best gain wins; ties keep the
// board as it is.
void Matcher::seat_newcomer(int s) {
    int best_gain = 0;
    int partner = -1;                        // who s pairs with
    int displaced_to = -1;                   // the displaced person's new partner (if a pair is broken)
    bool breaks_pair = false;
    for (int y : waiting_) {
        if (y == s || !slots_[y].in_engine) continue;
        const int w = weight(s, y);
        if (w > best_gain) {
            best_gain = w;
            partner = y;
        }
    }
    for (int taken : engine_slots_) {
        const int displaced = board_mate_[taken];
        if (displaced < 0 || lock_[taken] != LockKind::None || taken == s) continue;
        const int w = weight(s, taken);
        if (w <= 0) continue;
        int rejoin = 0;
        const int y = best_waiting_partner(displaced, s, rejoin);
        const int gain = w - board_score_[taken] + rejoin;
        if (gain > best_gain) {
            best_gain = gain;
            partner = taken;
            displaced_to = y;
            breaks_pair = true;
        }
    }
    if (partner < 0) return;
    if (breaks_pair) {
        const int displaced = board_mate_[partner];
        board_unlink(partner);
        board_link(s, partner, LockKind::None);
        if (displaced_to >= 0) board_link(displaced, displaced_to, LockKind::None);
    } else {
        board_link(s, partner, LockKind::None);
    }
}

// People who just lost their partner are paired greedily with the best person waiting; then the board is
// re-solved if it fell more than the threshold below the exact optimum.
void Matcher::settle(std::vector<int> newly_waiting) {
    for (int x : newly_waiting) {
        if (x < 0 || slots_[x].id == 0 || board_mate_[x] >= 0 || !slots_[x].in_engine) continue;
        int gain = 0;
        const int y = best_waiting_partner(x, -1, gain);
        if (y >= 0) board_link(x, y, LockKind::None);
    }
    // Over the threshold means (optimum - board) * 100 > percent * optimum. That expression grows with the
    // optimum, so if even the cheap upper bound passes, the optimum does; only otherwise run the searches.
    const auto percent = static_cast<std::int64_t>(settings_.reshuffle_gain_percent);
    auto over = [&](std::int64_t optimum) { return (optimum - board_total_) * 100 > percent * optimum; };
    if (!over(optimum_bound())) return;
    if (over(optimum_total())) reoptimize();
}

void Matcher::restore(const std::vector<Attendee>& people, const std::vector<Pairing>& board) {
    if (present_count() != 0) throw std::logic_error("Matcher::restore needs an empty matcher");
    admit(people);
    rebuild_engine();
    for (const Pairing& p : board) {
        const int u = slot(p.mentor);
        const int v = slot(p.mentee);
        if (u < 0 || v < 0 || u == v || board_mate_[u] >= 0 || board_mate_[v] >= 0) continue;
        if (weight(u, v) <= 0) continue;             // no longer pairable (a decline, an edited profile)
        board_link(u, v, LockKind::None);            // locks itself if both said yes
        if (p.locked && lock_[u] == LockKind::None) {
            lock_[u] = lock_[v] = LockKind::Organizer;
            locked_total_ += board_score_[u];
            engine_deactivate(u);
            engine_deactivate(v);
        }
    }
    settle(std::vector<int>(waiting_.begin(), waiting_.end()));
}

void Matcher::reoptimize() {
    apply_board(solve_exact(true));
    ++stats_.resolves;
}

// Installs `mate` (per slot, over the engine's slots) as the board; locked pairs are untouched.
void Matcher::apply_board(const std::vector<int>& mate) {
    const std::vector<int> slots = engine_slots_;        // board_link may lock (and so remove) a pair
    for (int s : slots) {
        if (board_mate_[s] >= 0 && board_mate_[s] != mate[s]) board_unlink(s);
    }
    for (int s : slots) {
        const int m = mate[s];
        if (m > s && board_mate_[s] != m) board_link(s, m, LockKind::None);
    }
}

} // namespace mb
