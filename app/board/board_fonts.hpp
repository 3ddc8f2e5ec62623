// app/board/board_fonts.hpp — the board's type scale (Inter, as on the kiosk), rasterized at its scale.
//
// Sizes are for reading across a room: at 1080p on a 3 m projection one pixel is ~1.6 mm, so a 48 px name
// has capitals ~55 mm tall — comfortable at 10 m. Nothing on the board is smaller than 26 px. Fonts that only
// ever show numbers (counts, table numbers, the clock) are baked with digits only, which keeps the atlas small.
// Names in other scripts get exactly their glyphs merged from Noto into the text sizes (app/ui/name_glyphs.hpp).
#pragma once

#include <cstdint>

struct ImFont;
struct ImFontAtlas;

namespace mb::ui {
class NameGlyphs;
}

namespace mb::board {

struct BoardFonts {
    ImFont* title = nullptr;              // 56 px bold: event name, empty-board message (NameGlyphs' large set)
    ImFont* number = nullptr;             // 64 px bold, digits: counts, round clock
    ImFont* table = nullptr;              // 54 px bold, digits: table numbers
    ImFont* name = nullptr;               // 48 px semibold: the two names on a card
    ImFont* name_long = nullptr;          // 40 px semibold: a name too wide for `name` (then ellipsized)
    ImFont* body = nullptr;               // 30 px regular: reasons, waiting names
    ImFont* label = nullptr;              // 26 px semibold: roles, organizations, captions
    ImFont* small = nullptr;              // 26 px regular: a reason too long for `body` (then ellipsized)
    float scale = 0;                      // the scale these were baked for (0 = not yet)
    std::uint64_t glyphs_revision = 0;    // ui::NameGlyphs::revision() baked in: a newer one means rebuild
};

// Clears `atlas` and bakes every size at `scale` (1.0 = 1080p), the text sizes with the glyphs `names`
// collected merged in (none if null; the digit-only fonts never). Throws std::runtime_error naming the Debian
// package if Inter is missing (same font folder as the kiosk: ui::font_directory()).
BoardFonts load_board_fonts(ImFontAtlas& atlas, float scale, ui::NameGlyphs* names = nullptr);

} // namespace mb::board
