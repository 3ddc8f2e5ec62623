// core/board/live_board.hpp — the board's view model kept current from the store, cheaply.
//
// Every board (the `matchbooth board` process, or the board window inside a kiosk) owns one LiveBoard. Its
// refresh() is meant to be called several times a second, and costs almost nothing when nothing happened:
//   1. the pairs: its own LiveMatching::refresh() — one change_counter() read (plus the matcher lease every
//      ttl/3) — or, for a board window inside a kiosk, a look at the kiosk's LiveMatching (one per process:
//      two would compete for the lease; the kiosk refreshes it, the board only reads it);
//   2. if the store's change counter moved, or the pairs changed: load_board_inputs() + build_board_view();
//   3. otherwise only when the running round's time runs out (its seated pairs leave the board then).
// The view is replaced only when the rebuilt one differs, so re-reading the store for an unrelated write (a
// lease renewal, a setting) never restarts an animation. revision() moves exactly when view() changed.
//
// Failures: a StoreError while refreshing (Busy, or the lease taken over mid-write) keeps the last good view
// and is reported by last_error() until a later refresh succeeds; the board never goes blank for it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/board/board_view.hpp"
#include "core/live/live_matching.hpp"

namespace mb {

// The organizer's board settings from the store: "board_full_names" = "1" shows full names.
BoardOptions board_options_from(Store& store);

class LiveBoard {
public:
    // A board with its own LiveMatching (its own process): it may become the matcher.
    LiveBoard(Store& store, LiveOptions live_options);
    // A board that reads another LiveMatching on the same store (the kiosk's), which must outlive it.
    LiveBoard(Store& store, const LiveMatching& shared);

    // Brings view() up to date; returns true when it changed. now_ms is the wall clock (Unix ms).
    bool refresh(std::int64_t now_ms);

    const BoardView& view() const { return view_; }
    std::uint64_t revision() const { return revision_; }             // +1 per view change; 0 = never built
    const std::string& last_error() const { return last_error_; }    // "" when the last refresh succeeded
    std::uint64_t reloads() const { return reloads_; }               // store re-reads so far (for tests, bench)
    const LiveMatching& live() const { return *live_; }
    // The board's own LiveMatching, for organizer commands (start_round ...); throws std::logic_error for a
    // board reading a shared one (commands go to its owner).
    LiveMatching& own_live();

private:
    bool rebuild(std::int64_t now_ms);    // re-reads the store; true when the view changed

    Store& store_;
    std::unique_ptr<LiveMatching> own_;   // null when reading a shared one
    const LiveMatching* live_;            // own_ or the shared one; never null
    std::vector<Pairing> shared_seen_;    // shared mode: the pairs the view was built from
    BoardView view_;
    std::uint64_t revision_ = 0;
    std::uint64_t seen_counter_ = 0;      // store change counter at the last reload
    bool loaded_ = false;                 // false until the first successful reload
    std::int64_t round_ends_ms_ = 0;      // Unix ms when the shown round's clock runs out; 0 = no such round
    std::uint64_t reloads_ = 0;
    std::string last_error_;
};

} // namespace mb
