// core/board/live_board.hpp — the board's view model kept current from the store, cheaply.
//
// Every board (the `matchbooth board` process, or the board window inside a kiosk) owns one LiveBoard. Its
// refresh() is meant to be called several times a second, and costs almost nothing when nothing happened:
//   1. LiveMatching::refresh() — one change_counter() read (plus the matcher lease every ttl/3);
//   2. if the store's change counter moved, or the suggestions changed: load_board_inputs() + build_board_view();
//   3. otherwise only when the running round's time runs out (its seated pairs leave the board then).
// The view is replaced only when the rebuilt one differs, so re-reading the store for an unrelated write (a
// lease renewal, a setting) never restarts an animation. revision() moves exactly when view() changed.
//
// Failures: a StoreError while refreshing (Busy, or the lease taken over mid-write) keeps the last good view
// and is reported by last_error() until a later refresh succeeds; the board never goes blank for it.
#pragma once

#include <cstdint>
#include <string>

#include "core/board/board_view.hpp"
#include "core/live/live_matching.hpp"

namespace mb {

// The organizer's board settings from the store: "board_full_names" = "1" shows full names.
BoardOptions board_options_from(Store& store);

class LiveBoard {
public:
    LiveBoard(Store& store, LiveOptions live_options);

    // Brings view() up to date; returns true when it changed. now_ms is the wall clock (Unix ms).
    bool refresh(std::int64_t now_ms);

    const BoardView& view() const { return view_; }
    std::uint64_t revision() const { return revision_; }             // +1 per view change; 0 = never built
    const std::string& last_error() const { return last_error_; }    // "" when the last refresh succeeded
    std::uint64_t reloads() const { return reloads_; }               // store re-reads so far (for tests, bench)
    const LiveMatching& live() const { return live_; }
    LiveMatching& live() { return live_; }                          // organizer commands (start_round ...)

private:
    bool rebuild(std::int64_t now_ms);    // re-reads the store; true when the view changed

    Store& store_;
    LiveMatching live_;
    BoardView view_;
    std::uint64_t revision_ = 0;
    std::uint64_t seen_counter_ = 0;      // store change counter at the last reload
    bool loaded_ = false;                 // false until the first successful reload
    std::int64_t round_ends_ms_ = 0;      // Unix ms when the shown round's clock runs out; 0 = no such round
    std::uint64_t reloads_ = 0;
    std::string last_error_;
};

} // namespace mb
