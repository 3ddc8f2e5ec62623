// app/board/board_stage.hpp — one live board: its model kept current from the store (core/board LiveBoard,
// which owns the process's LiveMatching for this board) and the scene that draws it.
//
// tick() is the frame loop's "tick" phase: it reads the store only when its change counter moved (see
// live_board.hpp) and never needs the GL context. The scene's draw() is the "render" phase.
#pragma once

#include <cstdint>
#include <string>

#include "app/board/board_scene.hpp"
#include "core/board/live_board.hpp"

namespace mb::board {

// How often an idle board looks at the store's change counter: a check-in made by another process shows
// within this plus one frame. One PRAGMA per poll, so 10 a second costs nothing measurable.
inline constexpr double kStorePollS = 0.1;

// This process's name in the matcher lease when a board holds it ("board pid 4242 1a2b3c4d").
std::string board_holder_name();

class BoardStage {
public:
    // Needs the board's GL context current (the scene compiles its shaders). With `shared` (the kiosk's
    // LiveMatching, one per process) the board reads its pairs instead of running its own.
    BoardStage(Store& store, double frame_interval_s, const LiveMatching* shared = nullptr);

    // Brings the model up to date and hands a changed view (or status line) to the scene.
    void tick(double now_s, std::int64_t now_ms);

    BoardScene& scene() { return scene_; }
    const LiveBoard& model() const { return model_; }

private:
    LiveBoard model_;
    BoardScene scene_;
    std::uint64_t shown_revision_ = 0;    // model revision the scene has
    std::string reported_error_;          // last store error written to stderr (each one once)
};

} // namespace mb::board
