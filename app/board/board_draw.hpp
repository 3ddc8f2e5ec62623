// app/board/board_draw.hpp — draws the board into an ImGui draw list: header, pair cards, footer.
//
// A function of what it is given (the view, the layout, this frame's sprites, the fonts): it reads no store
// and keeps no state, so a frame can be drawn for any moment (the benchmark and the screenshot gallery do).
// Two things it leaves to GL passes, and returns for them (DrawnBoard):
//  - the backdrop and the card bodies (board_backdrop.hpp): large areas that ImGui would fill with textured,
//    blended triangles, which on a GPU-less board (Mesa llvmpipe) cost most of the frame. Drawn before
//    ImGui's draw data. A card sliding over others keeps its body in ImGui, so it still covers them;
//  - the arrival glow (board_glow.hpp), which needs where each card's names are, known only after measuring
//    the text. Drawn after.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/board/board_fonts.hpp"
#include "app/board/board_layout.hpp"
#include "app/board/board_motion.hpp"
#include "core/board/board_view.hpp"

struct ImDrawList;

namespace mb::board {

struct FrameInfo {
    std::int64_t now_ms = 0;              // wall clock, Unix ms: the round clock
    int page = 0;                         // 0-based page shown
    int pages = 1;                        // >= 1
    std::string status;                   // "" or one line about a problem (the store is busy ...)
};

// One arriving card's effect: a glow around the card and a line drawn from one name to the other.
struct GlowQuad {
    Rect card;                            // the card, px (top-left origin)
    float link_x0 = 0, link_y0 = 0;       // where the line starts (after the mentor's name), px
    float link_x1 = 0, link_y1 = 0;       // where it ends (before the mentee's name), px
    float progress = 0;                   // 0..1 through the effect
    float alpha = 1;                      // the card's opacity (a page flip may fade it)
};

// A card body for the GL pass: drawn under ImGui's text.
struct CardBody {
    Rect rect;                            // the card, px (top-left origin)
    float alpha = 1;                      // 0..1
};

struct DrawnBoard {
    std::vector<CardBody> bodies;         // for BoardBackdrop, before ImGui's draw data
    std::vector<GlowQuad> glows;          // for BoardGlow, after it
    Rect clip;                            // the card area, px: bodies are clipped to it like ImGui's cards
};

DrawnBoard draw_board(ImDrawList& draw_list, const BoardView& view, const BoardLayout& layout,
                      const std::vector<CardSprite>& sprites, const BoardFonts& fonts, const FrameInfo& info);

// "12:34" for seconds left (minutes may exceed 59: "75:00").
std::string clock_text(int seconds);

} // namespace mb::board
