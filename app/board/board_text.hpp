// app/board/board_text.hpp — measuring, fitting and drawing one line of text with an ImGui font, and putting
// a view's strings in drawing order first (Dear ImGui 1.86 cannot reorder right-to-left text itself).
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <initializer_list>

#include "app/ui/name_glyphs.hpp"
#include "core/board/board_view.hpp"

namespace mb::board {

// The view with every string the board draws in drawing order (text::visual_order: right-to-left names
// reordered, Arabic shaped), the glyphs they need added to `glyphs`. Done once per view, not per frame.
BoardView in_drawing_order(const BoardView& view, ui::NameGlyphs& glyphs);

// The colour with its alpha multiplied by `alpha` (0..1).
ImU32 faded(ImU32 color, float alpha);

float text_width(const ImFont* font, std::string_view text);

// `text` cut at a UTF-8 boundary with "…" appended so that it fits max_width; unchanged if it fits. Text in
// visual order that reads right to left is cut on the left instead, "…" in front (its logical end).
std::string ellipsized(const ImFont* font, std::string_view text, float max_width);

// Draws one line with its top-left corner at `pos` (rounded to whole pixels: crisp glyphs).
void draw_text(ImDrawList& dl, const ImFont* font, ImVec2 pos, ImU32 color, std::string_view text);

// The first of `fonts` (largest first) in which text fits max_width, else the last one; never smaller.
const ImFont* fitting_font(std::initializer_list<const ImFont*> fonts, std::string_view text, float max_width);

} // namespace mb::board
