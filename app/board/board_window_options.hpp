// app/board/board_window_options.hpp — `matchbooth kiosk --board-monitor K`: the board as a second window of
// the kiosk process (see board_window.hpp). Kept apart so kiosk_app.hpp can carry it without GL headers.
#pragma once

#include <string>

namespace mb::board {

struct BoardWindowOptions {
    int monitor = -1;                     // 0-based monitor for the board; -1 = no board window
    std::string screenshot_png;           // tests: write the board window's picture here once, after ...
    int screenshot_after_frames = 3;      // ... this many board frames
};

} // namespace mb::board
