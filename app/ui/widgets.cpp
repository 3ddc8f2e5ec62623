// app/ui/widgets.cpp — drawing and tap detection for the kiosk's widgets (see widgets.hpp).
//
// [SECTION] Interaction and text
// [SECTION] Buttons, chips, cards
// [SECTION] Toggle and stepper
// [SECTION] Text box and notice
// [SECTION] QR codes
#include "app/ui/widgets.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "app/ui/theme.hpp"
#include "core/text/bidi.hpp"

namespace mb::ui {

// --- [SECTION] Interaction and text --------------------------------------------------------------------------

bool hit_area(Ui& ui, std::string_view id, const Rect& r, bool* pressed) {
    ui.state.targets.push_back({std::string(id), r.min, r.max});
    ImGui::SetCursorScreenPos(r.min);
    ImGui::PushID(id.data(), id.data() + id.size());
    bool tapped = ImGui::InvisibleButton("##hit", ImVec2(std::max(r.width(), 1.0f), std::max(r.height(), 1.0f)));
    if (pressed) *pressed = ImGui::IsItemActive() && ImGui::IsItemHovered();
    ImGui::PopID();
    // A finger that slid (scrolling a list) did not mean to tap what it let go of.
    const float slide = ui.px(kMaxTapSlide);
    if (tapped && ImGui::GetIO().MouseDragMaxDistanceSqr[0] > slide * slide) tapped = false;
    return tapped;
}

ImVec2 text_size(const Ui& ui, const ImFont* font, std::string_view logical, float wrap_width) {
    // An empty string_view may carry a null pointer, which ImGui would hand to strlen().
    if (logical.empty()) return {0.0f, font->FontSize};
    const std::string_view s = ui.script ? ui.script->visual(logical) : logical;
    return font->CalcTextSizeA(font->FontSize, 1e9f, wrap_width, s.data(), s.data() + s.size());
}

void text(Ui& ui, const ImFont* font, ImVec2 pos, ImU32 col, std::string_view logical, float wrap_width) {
    if (logical.empty()) return;
    const std::string_view s = ui.script ? ui.script->visual(logical) : logical;
    if (ui.script) ui.script->note_missing(font, s, font == ui.fonts.display);
    ui.draw->AddText(font, font->FontSize, pos, col, s.data(), s.data() + s.size(), wrap_width);
}

void text_centered(Ui& ui, const ImFont* font, const Rect& r, ImU32 col, std::string_view s) {
    const ImVec2 size = text_size(ui, font, s);
    const ImVec2 c = r.center();
    text(ui, font, {std::floor(c.x - size.x * 0.5f), std::floor(c.y - size.y * 0.5f)}, col, s);
}

float paragraph(Ui& ui, const ImFont* font, ImVec2 pos, float width, ImU32 col, std::string_view s) {
    text(ui, font, pos, col, s, width);
    return text_size(ui, font, s, width).y;
}

// --- [SECTION] Buttons, chips, cards -------------------------------------------------------------------------

namespace {

struct Look {
    ImU32 fill;                     // background
    ImU32 fill_pressed;             // background while a finger is on it
    ImU32 border;                   // 0 = none
    ImU32 text;                     // label colour
};

Look look_of(ButtonStyle style) {
    switch (style) {
    case ButtonStyle::Primary: return {color::kPrimary, color::kPrimaryPressed, 0, color::kOnPrimary};
    case ButtonStyle::Secondary: return {color::kSurface, color::kSurfacePressed, color::kBorder, color::kText};
    case ButtonStyle::Quiet: return {0, color::kSurfacePressed, 0, color::kPrimary};
    case ButtonStyle::Danger: return {color::kDanger, color::kPrimaryPressed, 0, color::kOnPrimary};
    case ButtonStyle::Key: return {color::kSurface, color::kSurfacePressed, color::kBorder, color::kText};
    case ButtonStyle::KeySpecial: return {color::kSurfaceMuted, color::kSurfacePressed, color::kBorder, color::kText};
    case ButtonStyle::KeyMark: return {color::kPrimarySoft, color::kSurfacePressed, color::kBorder, color::kText};
    }
    return {color::kSurface, color::kSurfacePressed, color::kBorder, color::kText};
}

void draw_check(Ui& ui, ImVec2 at, float size, ImU32 col) {
    const ImVec2 pts[] = {{at.x, at.y + size * 0.5f}, {at.x + size * 0.38f, at.y + size * 0.85f},
                          {at.x + size, at.y + size * 0.1f}};
    ui.draw->AddPolyline(pts, 3, col, ImDrawFlags_None, ui.px(4));
}

} // namespace

bool button(Ui& ui, std::string_view id, std::string_view label, const Rect& r, ButtonStyle style,
            const ImFont* font) {
    bool pressed = false;
    const bool tapped = hit_area(ui, id, r, &pressed);
    const Look look = look_of(style);
    const bool is_key = style == ButtonStyle::Key || style == ButtonStyle::KeySpecial || style == ButtonStyle::KeyMark;
    const float rounding = ui.px(is_key ? 12.0f : 18.0f);
    const ImU32 fill = pressed ? look.fill_pressed : look.fill;
    if (fill) ui.draw->AddRectFilled(r.min, r.max, fill, rounding);
    if (look.border) ui.draw->AddRect(r.min, r.max, look.border, rounding, 0, ui.px(2));
    if (!font) font = style == ButtonStyle::KeyMark ? ui.fonts.body : ui.fonts.label;
    text_centered(ui, font, r, look.text, label);
    return tapped;
}

float chip_width(const Ui& ui, std::string_view label) {
    return text_size(ui, ui.fonts.body, label).x + ui.px(2 * 28 + 36);   // padding both sides + room for the check
}

bool chip(Ui& ui, std::string_view id, std::string_view label, ImVec2 pos, bool selected) {
    const Rect r = Rect::at(pos, {chip_width(ui, label), ui.px(76)});
    bool pressed = false;
    const bool tapped = hit_area(ui, id, r, &pressed);
    const float rounding = r.height() * 0.5f;
    if (selected) {
        ui.draw->AddRectFilled(r.min, r.max, pressed ? color::kPrimaryPressed : color::kPrimary, rounding);
        draw_check(ui, {r.min.x + ui.px(24), r.center().y - ui.px(11)}, ui.px(22), color::kOnPrimary);
    } else {
        ui.draw->AddRectFilled(r.min, r.max, pressed ? color::kSurfacePressed : color::kSurface, rounding);
        ui.draw->AddRect(r.min, r.max, color::kBorder, rounding, 0, ui.px(2));
        // A plus sign says "tap to add" without relying on colour alone.
        const ImVec2 c{r.min.x + ui.px(35), r.center().y};
        ui.draw->AddLine({c.x - ui.px(9), c.y}, {c.x + ui.px(9), c.y}, color::kTextMuted, ui.px(3));
        ui.draw->AddLine({c.x, c.y - ui.px(9)}, {c.x, c.y + ui.px(9)}, color::kTextMuted, ui.px(3));
    }
    const ImVec2 size = text_size(ui, ui.fonts.body, label);
    text(ui, ui.fonts.body, {r.min.x + ui.px(28 + 36), std::floor(r.center().y - size.y * 0.5f)},
         selected ? color::kOnPrimary : color::kText, label);
    return tapped;
}

bool choice_card(Ui& ui, std::string_view id, std::string_view title, std::string_view detail, const Rect& r,
                 bool selected) {
    bool pressed = false;
    const bool tapped = hit_area(ui, id, r, &pressed);
    const float rounding = ui.px(20);
    if (selected) {
        ui.draw->AddRectFilled(r.min, r.max, pressed ? color::kPrimaryPressed : color::kPrimary, rounding);
    } else {
        ui.draw->AddRectFilled(r.min, r.max, pressed ? color::kSurfacePressed : color::kSurface, rounding);
        ui.draw->AddRect(r.min, r.max, color::kBorder, rounding, 0, ui.px(2));
    }
    const ImU32 fg = selected ? color::kOnPrimary : color::kText;
    const float pad = ui.px(28);
    text(ui, ui.fonts.label, {r.min.x + pad, r.min.y + ui.px(20)}, fg, title);
    text(ui, ui.fonts.body, {r.min.x + pad, r.min.y + ui.px(20) + ui.fonts.label->FontSize + ui.px(8)},
         selected ? color::kOnPrimary : color::kTextMuted, detail, r.width() - 2 * pad);
    if (selected) draw_check(ui, {r.max.x - ui.px(56), r.min.y + ui.px(26)}, ui.px(28), color::kOnPrimary);
    return tapped;
}

// --- [SECTION] Toggle and stepper ----------------------------------------------------------------------------

bool toggle_row(Ui& ui, std::string_view id, std::string_view label, std::string_view detail, const Rect& r,
                bool on, std::string_view on_word, std::string_view off_word) {
    bool pressed = false;
    const bool tapped = hit_area(ui, id, r, &pressed);
    const float rounding = ui.px(18);
    ui.draw->AddRectFilled(r.min, r.max, pressed ? color::kSurfacePressed : color::kSurface, rounding);
    ui.draw->AddRect(r.min, r.max, on ? color::kPrimary : color::kBorder, rounding, 0, ui.px(on ? 3 : 2));
    const float pad = ui.px(28);
    const float label_h = ui.fonts.label->FontSize;
    const float detail_h = detail.empty() ? 0.0f : ui.fonts.body->FontSize + ui.px(4);
    const float top = std::floor(r.center().y - (label_h + detail_h) * 0.5f);
    text(ui, ui.fonts.label, {r.min.x + pad, top}, color::kText, label);
    if (!detail.empty()) text(ui, ui.fonts.body, {r.min.x + pad, top + label_h + ui.px(4)}, color::kTextMuted, detail);

    // The switch, with its state also in words.
    const ImVec2 track_size = ui.px(104, 56);
    const ImVec2 track_min{r.max.x - pad - track_size.x, r.center().y - track_size.y * 0.5f};
    const ImVec2 track_max{track_min.x + track_size.x, track_min.y + track_size.y};
    ui.draw->AddRectFilled(track_min, track_max, on ? color::kPrimary : color::kBorder, track_size.y * 0.5f);
    const float knob_r = track_size.y * 0.5f - ui.px(5);
    const float knob_x = on ? track_max.x - track_size.y * 0.5f : track_min.x + track_size.y * 0.5f;
    ui.draw->AddCircleFilled({knob_x, r.center().y}, knob_r, color::kSurface, 32);
    const std::string_view state = on ? on_word : off_word;
    const ImVec2 state_size = text_size(ui, ui.fonts.body, state);
    text(ui, ui.fonts.body, {track_min.x - ui.px(20) - state_size.x, r.center().y - state_size.y * 0.5f},
         on ? color::kPrimary : color::kTextMuted, state);
    return tapped;
}

float stepper_width(const Ui& ui) { return ui.px(96 + 240 + 96); }

std::optional<int> stepper(Ui& ui, std::string_view id, ImVec2 pos, int value, int min, int max, int step,
                           std::string_view unit, std::string_view zero_text) {
    std::optional<int> result;
    const float h = ui.px(kButtonHeight);
    const std::string base(id);
    const Rect minus = Rect::at(pos, {h, h});
    const Rect middle = Rect::at({pos.x + h, pos.y}, {ui.px(240), h});
    const Rect plus = Rect::at({middle.max.x, pos.y}, {h, h});
    ImGui::BeginDisabled(value <= min);
    if (button(ui, base + ":minus", "\u2212", minus, ButtonStyle::Secondary, ui.fonts.heading)) result = std::max(min, value - step);
    ImGui::EndDisabled();
    ImGui::BeginDisabled(value >= max);
    if (button(ui, base + ":plus", "+", plus, ButtonStyle::Secondary, ui.fonts.heading)) result = std::min(max, value + step);
    ImGui::EndDisabled();
    const std::string shown = value == 0 && !zero_text.empty()
                                  ? std::string(zero_text)
                                  : std::to_string(value) + (unit.empty() ? "" : " ") + std::string(unit);
    text_centered(ui, ui.fonts.label, middle, color::kText, shown);
    return result;
}

// --- [SECTION] Text box and notice ---------------------------------------------------------------------------

float text_box_label_height(const Ui& ui) { return ui.fonts.label->FontSize + ui.px(10); }

bool text_box(Ui& ui, std::string_view id, std::string_view label, const kiosk::FieldView& field, const Rect& box,
              bool focused, std::string_view placeholder) {
    const float label_y = box.min.y - text_box_label_height(ui);
    text(ui, ui.fonts.label, {box.min.x, label_y}, color::kText, label);
    if (field.required) {
        const float lw = text_size(ui, ui.fonts.label, label).x;
        text(ui, ui.fonts.small, {box.min.x + lw + ui.px(12), label_y + ui.px(6)}, color::kTextMuted, "required");
    }
    const bool tapped = hit_area(ui, id, box);
    const float rounding = ui.px(14);
    const bool has_error = !field.error.empty();
    ui.draw->AddRectFilled(box.min, box.max, color::kSurface, rounding);
    const ImU32 border = has_error ? color::kDanger : focused ? color::kFocus : color::kBorder;
    ui.draw->AddRect(box.min, box.max, border, rounding, 0, ui.px(focused || has_error ? 4 : 2));

    const float pad = ui.px(22);
    const float inner = box.width() - 2 * pad;
    const ImFont* font = ui.fonts.body;
    const float y = std::floor(box.center().y - font->FontSize * 0.5f);
    const float caret_room = ui.px(8);
    ui.draw->PushClipRect({box.min.x + pad * 0.5f, box.min.y}, {box.max.x - pad * 0.5f, box.max.y}, true);
    if (field.text.empty()) {
        if (!placeholder.empty()) text(ui, font, {box.min.x + pad, y}, color::kTextMuted, placeholder);
        if (focused) {
            ui.draw->AddRectFilled({box.min.x + pad, y}, {box.min.x + pad + ui.px(3), y + font->FontSize},
                                   color::kFocus);
        }
    } else {
        const float w = text_size(ui, font, field.text).x;
        // While typing, long text scrolls left so the end, where the caret is, stays visible; otherwise the
        // start shows (names are recognised by their beginning). Right-to-left text ends on the left: the
        // caret goes there (it is drawn in visual order, see ScriptText).
        const bool rtl = ui.script && text::reads_right_to_left(ui.script->visual(field.text));
        const float overflow = focused && !rtl ? std::max(0.0f, w + caret_room - inner) : 0.0f;
        const float x = box.min.x + pad - overflow;
        text(ui, font, {x, y}, color::kText, field.text);
        if (focused) {
            const float cx = rtl ? x - ui.px(6) : x + w + ui.px(3);
            ui.draw->AddRectFilled({cx, y}, {cx + ui.px(3), y + font->FontSize}, color::kFocus);
        }
    }
    ui.draw->PopClipRect();
    if (has_error) {
        paragraph(ui, ui.fonts.small, {box.min.x, box.max.y + ui.px(6)}, box.width(), color::kDanger, field.error);
    }
    return tapped;
}

float notice_height(const Ui& ui, float width, std::string_view message) {
    const float pad = ui.px(20);
    return text_size(ui, ui.fonts.body, message, width - 2 * pad).y + 2 * pad;
}

float notice(Ui& ui, ImVec2 pos, float width, std::string_view message, bool is_error) {
    const float pad = ui.px(20);
    const float h = notice_height(ui, width, message);
    ui.draw->AddRectFilled(pos, {pos.x + width, pos.y + h}, is_error ? color::kDangerSoft : color::kPrimarySoft,
                           ui.px(14));
    ui.draw->AddRectFilled(pos, {pos.x + ui.px(8), pos.y + h}, is_error ? color::kDanger : color::kPrimary,
                           ui.px(4));
    paragraph(ui, ui.fonts.body, {pos.x + pad + ui.px(8), pos.y + pad}, width - 2 * pad - ui.px(8), color::kText,
              message);
    return h;
}

void tag(Ui& ui, const Rect& r, std::string_view label) {
    ui.draw->AddRectFilled(r.min, r.max, color::kPrimarySoft, r.height() * 0.5f);
    const ImVec2 size = text_size(ui, ui.fonts.label, label);
    const float check = ui.px(26);
    const float gap = ui.px(14);
    const float x = std::floor(r.center().x - (check + gap + size.x) * 0.5f);
    draw_check(ui, {x, r.center().y - check * 0.5f}, check, color::kPrimary);
    text(ui, ui.fonts.label, {x + check + gap, std::floor(r.center().y - size.y * 0.5f)}, color::kText, label);
}

// --- [SECTION] QR codes --------------------------------------------------------------------------------------

Rect qr_code(Ui& ui, const QrMatrix& qr, const Rect& area) {
    const float available = std::min(area.width(), area.height());
    const int module = qr_pixels_per_module(qr, static_cast<int>(available));
    if (module <= 0) return {area.min, area.min};
    const float side = static_cast<float>(module * qr.side());
    const ImVec2 origin{std::floor(area.center().x - side * 0.5f), std::floor(area.min.y)};
    ui.draw->AddRectFilled(origin, {origin.x + side, origin.y + side}, IM_COL32(255, 255, 255, 255));
    const auto m = static_cast<float>(module);
    for (int row = 0; row < qr.side(); ++row) {
        int col = 0;
        while (col < qr.side()) {
            if (!qr.is_dark(col, row)) {
                ++col;
                continue;
            }
            const int run_start = col;                       // one rectangle per horizontal run of dark modules
            while (col < qr.side() && qr.is_dark(col, row)) ++col;
            ui.draw->AddRectFilled(
                {origin.x + static_cast<float>(run_start) * m, origin.y + static_cast<float>(row) * m},
                {origin.x + static_cast<float>(col) * m, origin.y + static_cast<float>(row + 1) * m},
                IM_COL32(0, 0, 0, 255));
        }
    }
    return Rect::at(origin, {side, side});
}

} // namespace mb::ui
