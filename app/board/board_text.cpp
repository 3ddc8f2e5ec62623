// app/board/board_text.cpp — see board_text.hpp.
#include "app/board/board_text.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "core/text/bidi.hpp"

namespace mb::board {

namespace {

void to_drawing_order(std::string& s, ui::NameGlyphs& glyphs) {
    glyphs.add_text(s);
    if (text::may_need_reordering(s)) s = text::visual_order(s);
}

} // namespace

BoardView in_drawing_order(const BoardView& view, ui::NameGlyphs& glyphs) {
    BoardView out = view;
    glyphs.add_text(out.event_name, true);         // the title size shows nothing else
    to_drawing_order(out.event_name, glyphs);
    for (BoardCard& c : out.cards) {
        for (std::string* s : {&c.mentor_name, &c.mentee_name, &c.mentor_org, &c.mentee_org, &c.reason})
            to_drawing_order(*s, glyphs);
        for (BoardSeat& seat : c.more_mentees)                 // a group table's other mentees
            for (std::string* s : {&seat.name, &seat.org, &seat.reason}) to_drawing_order(*s, glyphs);
    }
    for (std::string& name : out.waiting_names) to_drawing_order(name, glyphs);
    return out;
}

ImU32 faded(ImU32 color, float alpha) {
    const auto a = static_cast<float>((color >> IM_COL32_A_SHIFT) & 0xFF) * std::clamp(alpha, 0.0f, 1.0f);
    return (color & ~IM_COL32_A_MASK) | (static_cast<ImU32>(std::lround(a)) << IM_COL32_A_SHIFT);
}

float text_width(const ImFont* font, std::string_view text) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
}

namespace {

std::size_t next_code_point(std::string_view text, std::size_t i) {
    std::size_t next = i + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    return next;
}

std::size_t previous_code_point(std::string_view text, std::size_t end) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    return start;
}

} // namespace

std::string ellipsized(const ImFont* font, std::string_view text, float max_width) {
    if (text_width(font, text) <= max_width) return std::string(text);
    constexpr std::string_view kEllipsis = "\u2026";
    const float room = max_width - text_width(font, kEllipsis);
    float width = 0;
    if (text::reads_right_to_left(text)) {
        // Drawn in visual order, a right-to-left name starts at the right: keep that end, cut on the left.
        std::size_t keep = text.size();
        while (keep > 0) {
            const std::size_t start = previous_code_point(text, keep);
            const float w = text_width(font, text.substr(start, keep - start));
            if (width + w > room) break;
            width += w;
            keep = start;
        }
        while (keep < text.size() && text[keep] == ' ') ++keep;
        return std::string(kEllipsis) + std::string(text.substr(keep));
    }
    // Walk code points forward while they fit (a line is short: linear is fine).
    std::size_t fit = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t next = next_code_point(text, i);
        const float w = text_width(font, text.substr(i, next - i));
        if (width + w > room) break;
        width += w;
        fit = next;
        i = next;
    }
    while (fit > 0 && text[fit - 1] == ' ') --fit;     // "Ana …" would look like a gap
    return std::string(text.substr(0, fit)) + std::string(kEllipsis);
}

void draw_text(ImDrawList& dl, const ImFont* font, ImVec2 pos, ImU32 color, std::string_view text) {
    if ((color & IM_COL32_A_MASK) == 0 || text.empty()) return;
    dl.AddText(font, font->FontSize, ImVec2(std::round(pos.x), std::round(pos.y)), color, text.data(),
               text.data() + text.size());
}

const ImFont* fitting_font(std::initializer_list<const ImFont*> fonts, std::string_view text, float max_width) {
    const ImFont* chosen = nullptr;
    for (const ImFont* f : fonts) {
        chosen = f;
        if (text_width(f, text) <= max_width) break;
    }
    return chosen;
}

} // namespace mb::board
