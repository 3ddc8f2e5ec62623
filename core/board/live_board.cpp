// core/board/live_board.cpp — see live_board.hpp.
#include "core/board/live_board.hpp"

#include <algorithm>
#include <stdexcept>

namespace mb {

BoardOptions board_options_from(Store& store) {
    BoardOptions options;
    options.full_names = store.setting("board_full_names").value_or("") == "1";
    return options;
}

namespace {

bool same_pairs(const std::vector<Pairing>& a, const std::vector<Pairing>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Pairing& x, const Pairing& y) {
        return x.mentor == y.mentor && x.mentee == y.mentee && x.table == y.table && x.score == y.score &&
               x.reasons == y.reasons && x.locked == y.locked;
    });
}

} // namespace

LiveBoard::LiveBoard(Store& store, LiveOptions live_options)
    : store_(store), own_(std::make_unique<LiveMatching>(store, std::move(live_options))), live_(own_.get()) {}

LiveBoard::LiveBoard(Store& store, const LiveMatching& shared) : store_(store), live_(&shared) {}

LiveMatching& LiveBoard::own_live() {
    if (!own_) throw std::logic_error("this board reads the kiosk's live matching; send commands to the kiosk");
    return *own_;
}

bool LiveBoard::refresh(std::int64_t now_ms) {
    try {
        // Shared: the owner refreshes it; comparing a few hundred small rows is cheaper than any re-read.
        const bool pairs_changed = own_ ? own_->refresh(now_ms) : !same_pairs(live_->suggestions(), shared_seen_);
        const std::uint64_t counter = store_.change_counter();
        const bool round_over = round_ends_ms_ != 0 && now_ms >= round_ends_ms_;
        last_error_.clear();
        if (loaded_ && !pairs_changed && counter == seen_counter_ && !round_over) return false;
        // Read before reloading: a write that lands while we read moves it again and triggers the next reload.
        seen_counter_ = counter;
        return rebuild(now_ms);
    } catch (const StoreError& e) {
        last_error_ = e.what();           // keep showing the last good board; the next refresh tries again
        return false;
    }
}

bool LiveBoard::rebuild(std::int64_t now_ms) {
    ++reloads_;
    if (!own_) shared_seen_ = live_->suggestions();
    BoardView next =
        build_board_view(load_board_inputs(store_, live_->suggestions()), board_options_from(store_), now_ms);
    loaded_ = true;
    round_ends_ms_ = next.round && next.round->duration_s > 0
                         ? next.round->started_ms + static_cast<std::int64_t>(next.round->duration_s) * 1000
                         : 0;
    if (revision_ != 0 && next == view_) return false;
    view_ = std::move(next);
    ++revision_;
    return true;
}

} // namespace mb
