// app/board/board_stage.cpp — see board_stage.hpp.
#include "app/board/board_stage.hpp"

#include <unistd.h>

#include <iostream>

#include "core/util/ids.hpp"

namespace mb::board {

namespace {
LiveOptions live_options() {
    LiveOptions o;
    o.holder = board_holder_name();
    return o;                             // may_match: a board alone on a database becomes the matcher
}
} // namespace

std::string board_holder_name() {
    return "board pid " + std::to_string(::getpid()) + " " + make_uuid().substr(0, 8);
}

namespace {
LiveBoard make_model(Store& store, const LiveMatching* shared) {
    return shared ? LiveBoard(store, *shared) : LiveBoard(store, live_options());
}
} // namespace

BoardStage::BoardStage(Store& store, double frame_interval_s, const LiveMatching* shared)
    : model_(make_model(store, shared)), scene_(frame_interval_s) {}

void BoardStage::tick(double now_s, std::int64_t now_ms) {
    model_.refresh(now_ms);
    if (model_.revision() != shown_revision_) {
        scene_.set_view(model_.view(), now_s);
        shown_revision_ = model_.revision();
    }
    const std::string& error = model_.last_error();
    if (!error.empty() && error != reported_error_) std::cerr << "matchbooth board: " << error << " (retrying)\n";
    reported_error_ = error;
    scene_.set_status(error.empty() ? std::string() : "Showing the last update: " + error);
}

} // namespace mb::board
