// app/screens/chrome.cpp — what every screen shares: body layout, top bar, primary action, keyboard binding,
// and the overlays (problem banner, idle notice).
#include <algorithm>
#include <cmath>
#include <string>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"

namespace mb::screens {

using kiosk::TextField;
using ui::Rect;

ui::Rect body_rect(const ui::Ui& ui, const ui::Rect& full, bool with_top_bar) {
    const float width = std::min(full.width() - 2 * ui.px(kSideMargin), ui.px(kMaxContentWidth));
    const float left = full.min.x + (full.width() - width) * 0.5f;
    const float top = full.min.y + (with_top_bar ? ui.px(kTopBarHeight) + ui.px(12) : ui.px(kSideMargin));
    return {{left, top}, {left + width, full.max.y - ui.px(24)}};
}

void draw_top_bar(Frame& f, std::string_view title, std::string_view back_label) {
    ui::Ui& ui = f.ui;
    const float y = f.full.min.y + ui.px(16);
    const float h = ui.px(88);
    if (f.view.can_go_back) {
        if (ui::button(ui, "Back", back_label, Rect::at({f.full.min.x + ui.px(32), y}, {ui.px(230), h}),
                       ui::ButtonStyle::Secondary))
            f.out.push_back(kiosk::GoBack{});
    }
    if (f.view.can_start_over) {
        const float w = ui.px(250);
        if (ui::button(ui, "Start over", "Start over", Rect::at({f.full.max.x - ui.px(32) - w, y}, {w, h}),
                       ui::ButtonStyle::Secondary))
            f.out.push_back(kiosk::StartOver{});
    }
    const ImVec2 title_size = ui::text_size(ui, ui.fonts.heading, title);
    const float cx = f.full.center().x;
    ui::text(ui, ui.fonts.heading, {std::floor(cx - title_size.x * 0.5f), y - ui.px(4)}, ui::color::kText, title);
    if (f.view.step > 0) {
        const std::string step = "Step " + std::to_string(f.view.step) + " of " + std::to_string(f.view.step_count);
        const ImVec2 s = ui::text_size(ui, ui.fonts.small, step);
        ui::text(ui, ui.fonts.small, {std::floor(cx - s.x * 0.5f), y + title_size.y + ui.px(2)},
                 ui::color::kTextMuted, step);
    }
    ui.draw->AddLine({f.full.min.x, f.full.min.y + ui.px(kTopBarHeight)},
                     {f.full.max.x, f.full.min.y + ui.px(kTopBarHeight)}, ui::color::kBorder, ui.px(2));
}

bool primary_action(Frame& f, std::string_view id, std::string_view label) {
    ui::Ui& ui = f.ui;
    const float w = std::max(ui.px(340), ui::text_size(ui, ui.fonts.label, label).x + ui.px(96));
    const float h = ui.px(ui::kButtonHeight);
    return ui::button(ui, id, label, Rect::at({f.body.max.x - w, f.body.max.y - h}, {w, h}),
                      ui::ButtonStyle::Primary);
}

float keyboard_top(const Frame& f) { return f.full.max.y - ui::keyboard_height(f.ui) - f.ui.px(16); }

ui::KeyPress field_keyboard(Frame& f, TextField field, std::string_view current, ui::KeyboardMode mode,
                            std::string_view enter_label, std::string_view caption) {
    ui::Ui& ui = f.ui;
    const float top = keyboard_top(f) - ui.px(12);
    // A panel behind the keys so that whatever the keyboard covers is clearly covered.
    ui.draw->AddRectFilled({f.full.min.x, top}, f.full.max, ui::color::kSurfaceMuted);
    ui.draw->AddLine({f.full.min.x, top}, {f.full.max.x, top}, ui::color::kBorder, ui.px(2));
    const Rect area{{f.full.min.x + ui.px(24), keyboard_top(f)}, {f.full.max.x - ui.px(24), f.full.max.y}};
    const ui::KeyPress key = ui::keyboard(ui, area, mode, current, enter_label, caption);
    if (key.action == ui::KeyAction::Insert || key.action == ui::KeyAction::Backspace) {
        f.out.push_back(kiosk::SetText{field, ui::apply_key(current, key)});
    }
    return key;
}

void focus_field(ui::UiState& state, std::optional<TextField> field) {
    if (state.focus == field) return;
    state.focus = field;
    state.keyboard.shift.reset();
    state.keyboard.layer = field == TextField::Phone ? ui::KeyboardLayer::Symbols : ui::KeyboardLayer::Letters;
}

void field_box(Frame& f, TextField field, std::string_view label, const kiosk::FieldView& value, const Rect& box,
               std::string_view placeholder) {
    const std::string id = "field:" + std::string(label.empty() ? "query" : label);
    if (ui::text_box(f.ui, id, label, value, box, f.ui.state.focus == field, placeholder))
        focus_field(f.ui.state, field);
}

const kiosk::FieldView* field_value(const kiosk::KioskView& v, TextField field) {
    switch (field) {
    case TextField::Query: return &v.find.query;
    case TextField::Name: return &v.registration.name;
    case TextField::Email: return &v.registration.email;
    case TextField::Phone: return &v.registration.phone;
    case TextField::Linkedin: return &v.registration.linkedin;
    case TextField::Organization: return &v.about.organization;
    case TextField::Title: return &v.about.title;
    case TextField::Field: return &v.about.field;
    case TextField::EventName: return &v.organizer.event_name;
    case TextField::ImportPath: return &v.organizer.import_path;
    case TextField::ExportPath: return &v.organizer.export_path;
    case TextField::OrganizerFilter: return &v.organizer.filter;
    }
    return nullptr;
}

// "Offline — 3 waiting to sync": a caption in the bottom-right corner, for the organizer walking by. Muted on
// purpose: the attendee's check-in was kept, so to them it is not an error.
void draw_link_notice(Frame& f) {
    ui::Ui& ui = f.ui;
    const std::string& line = f.view.link_notice;
    const ImVec2 size = ui::text_size(ui, ui.fonts.small, line);
    const float pad = ui.px(12);
    const ImVec2 max{f.full.max.x - ui.px(16), f.full.max.y - ui.px(16)};
    const ImVec2 min{max.x - size.x - 2 * pad, max.y - size.y - 2 * pad};
    ui.draw->AddRectFilled(min, max, ui::color::kSurfaceMuted, ui.px(10));
    ui::text(ui, ui.fonts.small, {min.x + pad, min.y + pad}, ui::color::kTextMuted, line);
}

void draw_overlays(Frame& f) {
    ui::Ui& ui = f.ui;
    if (!f.view.problem.empty()) {
        ui::notice(ui, {f.body.min.x, f.body.min.y}, f.body.width(), f.view.problem, true);
    }
    if (!f.view.link_notice.empty()) draw_link_notice(f);
    if (f.view.idle_warning_s <= 0) return;
    // Drawn on the foreground list so it covers everything; the screen underneath is disabled this frame,
    // so the tap that answers "still there?" does nothing but keep the form.
    ImDrawList* fg = ImGui::GetForegroundDrawList();
    ImDrawList* saved = ui.draw;
    ui.draw = fg;
    fg->AddRectFilled(f.full.min, f.full.max, ui::color::kOverlay);
    const std::string line = "Tap anywhere to keep going. Otherwise this screen starts over in " +
                             std::to_string(f.view.idle_warning_s) +
                             (f.view.idle_warning_s == 1 ? " second" : " seconds") + " and forgets what was typed.";
    const float pad = ui.px(48);
    const float width = ui.px(900);
    const float title_h = ui.fonts.heading->FontSize + ui.px(24);
    const float text_h = ui::text_size(ui, ui.fonts.body, line, width - 2 * pad).y;
    const ImVec2 size{width, pad + title_h + text_h + pad};
    const Rect card = Rect::at({f.full.center().x - size.x * 0.5f, f.full.center().y - size.y * 0.5f}, size);
    fg->AddRectFilled(card.min, card.max, ui::color::kSurface, ui.px(24));
    ui::text(ui, ui.fonts.heading, {card.min.x + pad, card.min.y + pad}, ui::color::kText, "Still there?");
    ui::paragraph(ui, ui.fonts.body, {card.min.x + pad, card.min.y + pad + title_h}, width - 2 * pad,
                  ui::color::kText, line);
    ui.draw = saved;
}

} // namespace mb::screens
