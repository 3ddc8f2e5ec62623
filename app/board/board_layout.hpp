// app/board/board_layout.hpp — where things go on the board: header, a grid of pair cards, footer.
//
// Sizes are design pixels at 1080p times `scale`, so a 4K projector gets the same picture, sharper. The grid
// keeps cards at a readable size and shows more of them per page on bigger screens instead of shrinking the
// type: more pairs than fit are paged (board_motion.hpp), never squeezed. Pure arithmetic: no ImGui, no GL,
// so tests check it headless.
#pragma once

#include <cstddef>

namespace mb::board {

struct Rect {
    float x = 0;                          // left edge, framebuffer px (0 = left of the window)
    float y = 0;                          // top edge, framebuffer px (0 = top of the window)
    float w = 0;                          // width, px
    float h = 0;                          // height, px
    float right() const { return x + w; }
    float bottom() const { return y + h; }
};

struct BoardLayout {
    float scale = 1.0f;                   // 1.0 at 1920x1080; 0.5..2.5
    float width = 0;                      // framebuffer size, px
    float height = 0;
    float margin = 0;                     // outer margin, px
    Rect header;                          // event name, counts, round clock
    Rect cards;                           // the card grid
    Rect footer;                          // people waiting, page indicator
    int columns = 1;                      // >= 1
    int rows = 1;                         // >= 1
    float card_w = 0;                     // px
    float card_h = 0;                     // px
    float gap = 0;                        // between cards, px

    int per_page() const { return columns * rows; }
    // The rectangle of the index-th card of a page, row by row (index may be >= per_page for off-page math).
    Rect slot(int index) const;
};

// Design sizes at 1080p (px): the smallest card that still holds two names in the name font.
inline constexpr float kMinCardWidth = 820.0f;
inline constexpr float kMinCardHeight = 176.0f;
inline constexpr float kCardRadius = 18.0f;              // card corner radius, design px
inline constexpr float kCardBorder = 2.0f;               // card edge width, design px

float board_scale(int fb_width, int fb_height);
BoardLayout layout_board(int fb_width, int fb_height);

// Pages needed for `cards` cards (at least 1, so an empty board has a page to show its hint on).
int page_count(std::size_t cards, int per_page);

} // namespace mb::board
