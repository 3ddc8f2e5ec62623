// tests/board/board_gallery.hpp — pictures of the board in the states worth reviewing, drawn by the real scene
// from real models (a demo event, the real matcher), at chosen moments, so a mid-animation frame is exactly
// reproducible. Needs a display (Xvfb).
#pragma once

#include <filesystem>

namespace mb::test {

// Writes board-*.png into dir (empty, 6 pairs, arrival mid-animation, 40 pairs, page turn, round, round
// ending, full names). Returns 0, or 1 after one line on stderr; 3 when there is no display.
int write_board_gallery(const std::filesystem::path& dir, int width, int height);

} // namespace mb::test
