// app/board/board_app.hpp — `matchbooth board`: the live match board as its own process and window.
//
// Put it on a projector: on the kiosk's machine (another monitor), or on another machine that shares the
// database file. It reads the store (WAL: never blocks a kiosk's write) and, if no kiosk is running the
// matcher, becomes the matcher itself (core/live). The caller (app/cli) opens the store.
// Exit codes: 0 normal exit (window closed, Escape, screenshot written); 1 a failure (one line on stderr);
// 3 no display (one line on stderr saying how to run under Xvfb).
#pragma once

#include <string>

#include "app/platform/window.hpp"
#include "core/store/store.hpp"

namespace mb {

struct BoardAppOptions {
    bool fullscreen = false;              // borderless fullscreen on `monitor`, cursor hidden
    int monitor = 0;                      // 0-based monitor for fullscreen (clamped to what exists)
    int width = 1920;                     // windowed size in screen coordinates
    int height = 1080;
    std::string screenshot_png;           // "" or a PNG path: write the framebuffer there, then exit
    int after_frames = 0;                 // screenshot after this many drawn frames (0 = unused)
    double after_seconds = 0;             // ... or after this many seconds (0 = unused); both: whichever is later
};

inline constexpr int kBoardExitNoDisplay = platform::kExitNoDisplay;

int run_board(const BoardAppOptions& options, Store& store);

} // namespace mb
