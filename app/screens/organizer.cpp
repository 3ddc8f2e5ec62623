// app/screens/organizer.cpp — organizer tools behind the PIN. Left column, one panel at a time: "Rounds"
// (live counts, who runs the matcher, tables and minutes, start a round, re-optimize, the round clock) or
// "Event settings" (event name, unattended-reset time, CSV import and export). Right column: every attendee
// with their check-in state (undo / check in by hand). "Leave kiosk mode" sits at the top right.
//
// While a text box is being edited the screen shows only that box and the keyboard, so no control ends up
// hidden under the keys.
#include <cmath>
#include <optional>
#include <string>
#include <utility>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"
#include "core/kiosk/settings.hpp"

namespace mb::screens {

namespace {

using kiosk::TextField;

struct Editable {
    TextField field;                  // which text
    std::string_view label;           // above the box while editing
    ui::KeyboardMode mode;            // keyboard layout and capitals
};

Editable editable(TextField field) {
    switch (field) {
    case TextField::EventName: return {field, "Event name", ui::KeyboardMode::Words};
    case TextField::ImportPath: return {field, "CSV file to import", ui::KeyboardMode::Path};
    case TextField::ExportPath: return {field, "File to export to", ui::KeyboardMode::Path};
    default: return {TextField::OrganizerFilter, "Find attendee", ui::KeyboardMode::Plain};
    }
}

void draw_editing(Frame& f, TextField field) {
    ui::Ui& ui = f.ui;
    const Editable e = editable(field);
    const kiosk::FieldView* value = field_value(f.view, field);
    const float y = f.body.min.y + ui::text_box_label_height(ui) + ui.px(16);
    field_box(f, field, e.label, *value, ui::Rect::at({f.body.min.x, y}, {f.body.width(), ui.px(ui::kFieldHeight)}));
    if (field == TextField::OrganizerFilter) {
        const std::string count = std::to_string(f.view.organizer.rows.size()) + " attendees match";
        ui::text(ui, ui.fonts.body, {f.body.min.x, y + ui.px(ui::kFieldHeight + 20)}, ui::color::kTextMuted, count);
    }
    const ui::KeyPress key = field_keyboard(f, field, value->text, e.mode, "Done", "Tap Done when finished");
    if (key.action == ui::KeyAction::Enter) focus_field(ui.state, std::nullopt);
}

// A text box with an action button to its right. Returns true when the button was tapped.
bool box_with_action(Frame& f, TextField field, std::string_view label, const kiosk::FieldView& value, float x,
                     float y, float width, std::string_view action, std::string_view placeholder = {}) {
    ui::Ui& ui = f.ui;
    const float button_w = ui.px(190);
    field_box(f, field, label, value,
              ui::Rect::at({x, y}, {width - button_w - ui.px(16), ui.px(ui::kFieldHeight)}), placeholder);
    return ui::button(ui, std::string(action), action,
                      ui::Rect::at({x + width - button_w, y}, {button_w, ui.px(ui::kFieldHeight)}),
                      ui::ButtonStyle::Secondary);
}

// "Rounds" | "Event settings": which panel the left column shows. Returns the y below the switch.
float draw_panel_switch(Frame& f, const ui::Rect& col) {
    ui::Ui& ui = f.ui;
    const float gap = ui.px(16);
    const ImVec2 size{(col.width() - gap) * 0.5f, ui.px(80)};
    const bool matching = ui.state.organizer_panel == ui::OrganizerPanel::Matching;
    if (ui::button(ui, "panel:matching", "Rounds", ui::Rect::at(col.min, size),
                   matching ? ui::ButtonStyle::Primary : ui::ButtonStyle::Secondary))
        ui.state.organizer_panel = ui::OrganizerPanel::Matching;
    const ui::Rect right = ui::Rect::at({col.min.x + size.x + gap, col.min.y}, size);
    if (ui::button(ui, "panel:settings", "Event settings", right,
                   matching ? ui::ButtonStyle::Secondary : ui::ButtonStyle::Primary))
        ui.state.organizer_panel = ui::OrganizerPanel::Settings;
    return col.min.y + size.y + ui.px(28);
}

// --- Rounds panel ------------------------------------------------------------------------------------------

// Three numbers the organizer glances at: checked in, paired, waiting (the board's own counts).
float draw_counts(ui::Ui& ui, const kiosk::MatchingView& m, float x, float y, float width) {
    const float gap = ui.px(16);
    const ImVec2 size{(width - 2 * gap) / 3.0f, ui.px(112)};
    const std::pair<int, std::string_view> counts[] = {
        {m.checked_in, "checked in"}, {m.paired, "paired"}, {m.waiting, "waiting"}};
    for (int i = 0; i < 3; ++i) {
        const ui::Rect box = ui::Rect::at({x + static_cast<float>(i) * (size.x + gap), y}, size);
        ui.draw->AddRectFilled(box.min, box.max, ui::color::kSurface, ui.px(14));
        const std::string number = std::to_string(counts[i].first);
        const ImVec2 ns = ui::text_size(ui, ui.fonts.heading, number);
        ui::text(ui, ui.fonts.heading, {std::floor(box.center().x - ns.x * 0.5f), box.min.y + ui.px(8)},
                 ui::color::kText, number);
        const ImVec2 ls = ui::text_size(ui, ui.fonts.small, counts[i].second);
        ui::text(ui, ui.fonts.small, {std::floor(box.center().x - ls.x * 0.5f), box.max.y - ls.y - ui.px(10)},
                 ui::color::kTextMuted, counts[i].second);
    }
    return size.y;
}

std::string round_clock_text(const kiosk::MatchingView& m) {
    if (m.round_number == 0) return "No round is running.";
    const std::string round = "Round " + std::to_string(m.round_number);
    if (m.round_remaining_s < 0) return round + " is running (no end time).";
    const int min = m.round_remaining_s / 60;
    const int sec = m.round_remaining_s % 60;
    return round + ": " + std::to_string(min) + (sec < 10 ? ":0" : ":") + std::to_string(sec) + " left";
}

// A label on the left, a stepper on the right of the row. Returns the new value when tapped.
std::optional<int> stepper_row(Frame& f, std::string_view id, std::string_view label, float x, float y,
                               float width, int value, int min, int max, int step, std::string_view unit,
                               std::string_view zero_text = {}) {
    ui::Ui& ui = f.ui;
    const float h = ui.px(ui::kButtonHeight);
    const ImVec2 ls = ui::text_size(ui, ui.fonts.label, label);
    ui::text(ui, ui.fonts.label, {x, std::floor(y + (h - ls.y) * 0.5f)}, ui::color::kText, label);
    return ui::stepper(ui, id, {x + width - ui::stepper_width(ui), y}, value, min, max, step, unit, zero_text);
}

void draw_matching(Frame& f, const ui::Rect& col, float y) {
    ui::Ui& ui = f.ui;
    const kiosk::OrganizerView& o = f.view.organizer;
    const kiosk::MatchingView& m = o.matching;
    y += draw_counts(ui, m, col.min.x, y, col.width()) + ui.px(20);
    y += ui::paragraph(ui, ui.fonts.body, {col.min.x, y}, col.width(),
                       m.status_is_problem ? ui::color::kDanger : m.is_matcher ? ui::color::kTextMuted
                                                                               : ui::color::kText,
                       m.status) + ui.px(20);
    ui::text(ui, ui.fonts.label, {col.min.x, y}, m.round_number > 0 ? ui::color::kPrimary : ui::color::kTextMuted,
             round_clock_text(m));
    y += ui.fonts.label->FontSize + ui.px(24);
    if (const auto t = stepper_row(f, "tables", "Tables", col.min.x, y, col.width(), m.tables, 0,
                                   kiosk::kMaxTables, 1, m.tables == 1 ? "table" : "tables", "1 per pair"))
        f.out.push_back(kiosk::SetTables{*t});
    y += ui.px(ui::kButtonHeight) + ui.px(16);
    if (const auto mins = stepper_row(f, "round-minutes", "Round length", col.min.x, y, col.width(),
                                      m.round_minutes, 5, kiosk::kMaxRoundMinutes, 5, "min"))
        f.out.push_back(kiosk::SetRoundMinutes{*mins});
    y += ui.px(ui::kButtonHeight) + ui.px(16);
    if (const auto c = stepper_row(f, "mentor-capacity", "Per mentor", col.min.x, y, col.width(),
                                   m.mentor_capacity, 1, kMaxMentorCapacity, 1, m.mentor_capacity == 1 ? "mentee" : "mentees"))
        f.out.push_back(kiosk::SetMentorCapacity{*c});
    y += ui.px(ui::kButtonHeight) + ui.px(24);
    const float gap = ui.px(16);
    const ImVec2 size{(col.width() - gap) * 0.5f, ui.px(ui::kButtonHeight)};
    if (ui::button(ui, "start-round", m.round_number > 0 ? "Start next round" : "Start round",
                   ui::Rect::at({col.min.x, y}, size), ui::ButtonStyle::Primary))
        f.out.push_back(kiosk::StartRound{});
    if (ui::button(ui, "reoptimize", "Re-optimize pairs", ui::Rect::at({col.min.x + size.x + gap, y}, size),
                   ui::ButtonStyle::Secondary))
        f.out.push_back(kiosk::ReoptimizePairs{});
    y += size.y + ui.px(20);
    if (!o.message.empty()) ui::notice(ui, {col.min.x, y}, col.width(), o.message, o.message_is_error);
}

// --- Event settings panel ----------------------------------------------------------------------------------

void draw_settings(Frame& f, const ui::Rect& col, float top) {
    ui::Ui& ui = f.ui;
    const kiosk::OrganizerView& o = f.view.organizer;
    const float label_h = ui::text_box_label_height(ui);
    const float block = label_h + ui.px(ui::kFieldHeight) + ui.px(28);
    float y = top + label_h;
    if (box_with_action(f, TextField::EventName, "Event name", o.event_name, col.min.x, y, col.width(), "Save"))
        f.out.push_back(kiosk::SaveEventName{});
    y += ui.px(ui::kFieldHeight) + ui.px(28);
    ui::text(ui, ui.fonts.label, {col.min.x, y}, ui::color::kText, "Unattended screens start over after");
    if (const auto s = ui::stepper(ui, "idle-timeout", {col.min.x, y + label_h}, o.idle_timeout_s,
                                   kiosk::kMinIdleTimeoutS, kiosk::kMaxIdleTimeoutS, 15, "seconds"))
        f.out.push_back(kiosk::SetIdleTimeout{*s});
    y += label_h + ui.px(ui::kButtonHeight) + ui.px(28) + label_h;
    if (box_with_action(f, TextField::ImportPath, "Import attendees (CSV on this computer)", o.import_path, col.min.x,
                        y, col.width(), o.import_checked ? "Import" : "Check", "Tap to type a path, e.g. /media/usb/attendees.csv"))
        f.out.push_back(kiosk::ImportCsv{});
    y += block;
    if (box_with_action(f, TextField::ExportPath, "Export attendees (CSV)", o.export_path, col.min.x, y, col.width(),
                        "Export"))
        f.out.push_back(kiosk::ExportAttendees{});
    y += ui.px(ui::kFieldHeight) + ui.px(24);
    if (!o.message.empty()) ui::notice(ui, {col.min.x, y}, col.width(), o.message, o.message_is_error);
}

// Top right of the top bar, where "Start over" sits on the attendee screens: away from the everyday controls.
void draw_leave_button(Frame& f) {
    ui::Ui& ui = f.ui;
    const ImVec2 size{ui.px(340), ui.px(88)};
    const ui::Rect r = ui::Rect::at({f.full.max.x - ui.px(32) - size.x, f.full.min.y + ui.px(16)}, size);
    if (ui::button(ui, "Leave kiosk mode", "Leave kiosk mode", r, ui::ButtonStyle::Danger))
        f.out.push_back(kiosk::LeaveKiosk{});
}

// The row that asked to erase its person: the question in words, then Keep and Erase for good. The
// destructive button is the far one, away from where "Erase…" was tapped, so a double tap cannot confirm.
void erase_confirmation(Frame& f, const kiosk::OrganizerRowView& r, const ui::Rect& row, const std::string& id) {
    ui::Ui& ui = f.ui;
    const float pad = ui.px(20);
    const float button_w = ui.px(230);
    const ui::Rect keep{{row.max.x - pad * 0.5f - 2 * button_w - pad, row.min.y + ui.px(8)},
                        {row.max.x - pad * 1.5f - button_w, row.max.y - ui.px(8)}};
    const ui::Rect erase{{row.max.x - pad * 0.5f - button_w, row.min.y + ui.px(8)},
                         {row.max.x - pad * 0.5f, row.max.y - ui.px(8)}};
    ui.draw->PushClipRect(row.min, {keep.min.x - pad, row.max.y}, true);
    ui::text(ui, ui.fonts.label, {row.min.x + pad, row.min.y + ui.px(8)}, ui::color::kText, "Erase " + r.name + "?");
    ui::text(ui, ui.fonts.small, {row.min.x + pad, row.min.y + ui.px(50)}, ui::color::kTextMuted,
             "This cannot be undone.");
    ui.draw->PopClipRect();
    if (ui::button(ui, id + ":erase-keep", "Keep", keep, ui::ButtonStyle::Secondary)) f.out.push_back(kiosk::CancelErase{});
    if (ui::button(ui, id + ":erase-confirm", "Erase for good", erase, ui::ButtonStyle::Danger))
        f.out.push_back(kiosk::ConfirmErase{r.id});
}

// One attendee: name, and role/organization (or, once paired, whom with) on the left; then whether they are
// here, or Lock/Unlock for their pair; then Check in / Undo check-in; "Erase…" at the far left of the
// buttons, for a person's request to be forgotten.
void attendee_row(Frame& f, const kiosk::OrganizerRowView& r, const ui::Rect& row) {
    ui::Ui& ui = f.ui;
    ui.draw->AddRectFilled(row.min, row.max, ui::color::kSurface, ui.px(12));
    if (f.view.organizer.erase_pending == r.id)
        return erase_confirmation(f, r, row, "organizer-row:" + std::to_string(r.id));
    const float pad = ui.px(20);
    const float button_w = ui.px(230);
    const float middle_w = ui.px(180);                 // "Checked in", or the Lock/Unlock button
    const float erase_w = ui.px(104);
    const float text_w = row.width() - button_w - middle_w - erase_w - 4 * pad;
    ui.draw->PushClipRect(row.min, {row.min.x + pad + text_w, row.max.y}, true);
    ui::text(ui, ui.fonts.label, {row.min.x + pad, row.min.y + ui.px(8)}, ui::color::kText, r.name);
    const bool paired = !r.partner.empty();
    const std::string detail = paired ? (r.pair_locked ? "Locked with " : "Paired with ") + r.partner
                                      : std::string(role_key(r.role)) +
                                            (r.organization.empty() ? "" : " \u00b7 " + r.organization);
    ui::text(ui, ui.fonts.small, {row.min.x + pad, row.min.y + ui.px(50)},
             paired ? ui::color::kPrimary : ui::color::kTextMuted, detail);
    ui.draw->PopClipRect();

    const std::string id = "organizer-row:" + std::to_string(r.id);
    const float button_x = row.max.x - pad * 0.5f - button_w;
    const ui::Rect middle{{button_x - pad * 0.5f - middle_w, row.min.y + ui.px(8)},
                          {button_x - pad * 0.5f, row.max.y - ui.px(8)}};
    const ui::Rect erase{{middle.min.x - pad - erase_w, middle.min.y}, {middle.min.x - pad, middle.max.y}};
    if (ui::button(ui, id + ":erase", "Erase", erase, ui::ButtonStyle::Secondary, ui.fonts.small))
        f.out.push_back(kiosk::AskErase{r.id});
    if (paired) {
        if (ui::button(ui, id + (r.pair_locked ? ":unlock" : ":lock"), r.pair_locked ? "Unlock" : "Lock", middle,
                       ui::ButtonStyle::Secondary))
            f.out.push_back(r.pair_locked ? kiosk::Command{kiosk::UnlockPair{r.id}} : kiosk::LockPair{r.id});
    } else {
        const std::string_view state = r.checked_in ? "Checked in" : "Not here yet";
        const ImVec2 ss = ui::text_size(ui, ui.fonts.body, state);
        ui::text(ui, ui.fonts.body, {middle.max.x - ss.x, std::floor(row.center().y - ss.y * 0.5f)},
                 r.checked_in ? ui::color::kPrimary : ui::color::kTextMuted, state);
    }
    const ui::Rect b{{button_x, row.min.y + ui.px(8)}, {row.max.x - pad * 0.5f, row.max.y - ui.px(8)}};
    if (r.checked_in) {
        if (ui::button(ui, id + ":undo", "Undo check-in", b, ui::ButtonStyle::Secondary))
            f.out.push_back(kiosk::UndoCheckIn{r.id});
    } else if (ui::button(ui, id + ":check-in", "Check in", b, ui::ButtonStyle::Secondary)) {
        f.out.push_back(kiosk::CheckInByOrganizer{r.id});
    }
}

void draw_list(Frame& f, const ui::Rect& col) {
    ui::Ui& ui = f.ui;
    const kiosk::OrganizerView& o = f.view.organizer;
    const std::string counts = std::to_string(o.present_count) + " of " + std::to_string(o.attendee_count) +
                               " checked in";
    ui::text(ui, ui.fonts.label, {col.min.x, col.min.y}, ui::color::kText, "Attendees");
    const ImVec2 cs = ui::text_size(ui, ui.fonts.body, counts);
    ui::text(ui, ui.fonts.body, {col.max.x - cs.x, col.min.y + ui.px(4)}, ui::color::kTextMuted, counts);
    const float box_y = col.min.y + ui::text_box_label_height(ui) + ui.px(8);
    field_box(f, TextField::OrganizerFilter, "", o.filter, ui::Rect::at({col.min.x, box_y}, {col.width(), ui.px(ui::kFieldHeight)}),
              "Tap to find an attendee");

    const float top = box_y + ui.px(ui::kFieldHeight) + ui.px(16);
    const ImVec2 size{col.width(), col.max.y - top};
    ImGui::SetCursorScreenPos({col.min.x, top});
    ImGui::BeginChild("##attendees", size, false);
    ImDrawList* outer = ui.draw;
    ui.draw = ImGui::GetWindowDrawList();
    const ImGuiIO& io = ImGui::GetIO();
    // Touch scrolling: dragging a finger moves the list (ImGui 1.86 scrolls only with a wheel or the bar).
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) && ImGui::IsMouseDragging(0))
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    const float step = ui.px(88 + 8);
    const ImVec2 origin = ImGui::GetCursorScreenPos();          // already moved up by the scroll offset
    const float width = size.x - ImGui::GetStyle().ScrollbarSize - ui.px(8);
    // Only the visible rows are drawn: 10,000 attendees cost the same as ten.
    const int n = static_cast<int>(o.rows.size());
    const int first = std::max(0, static_cast<int>(ImGui::GetScrollY() / step));
    const int last = std::min(n, first + static_cast<int>(size.y / step) + 2);
    for (int i = first; i < last; ++i) {
        const float y = origin.y + static_cast<float>(i) * step;
        attendee_row(f, o.rows[static_cast<std::size_t>(i)], ui::Rect::at({origin.x, y}, {width, ui.px(88)}));
    }
    ImGui::SetCursorScreenPos({origin.x, origin.y + static_cast<float>(n) * step});
    ImGui::Dummy({1, 1});
    ui.draw = outer;
    ImGui::EndChild();
}

} // namespace

void draw_organizer(Frame& f) {
    draw_top_bar(f, "Organizer", "\u2190 Close");
    if (f.ui.state.focus) {
        draw_editing(f, *f.ui.state.focus);
        return;
    }
    draw_leave_button(f);
    const float gap = f.ui.px(48);
    const float left_w = std::floor((f.body.width() - gap) * 0.44f);
    const ui::Rect left{f.body.min, {f.body.min.x + left_w, f.body.max.y}};
    const float top = draw_panel_switch(f, left);
    if (f.ui.state.organizer_panel == ui::OrganizerPanel::Matching) {
        draw_matching(f, left, top);
    } else {
        draw_settings(f, left, top);
    }
    draw_list(f, {{f.body.min.x + left_w + gap, f.body.min.y}, f.body.max});
}

} // namespace mb::screens
