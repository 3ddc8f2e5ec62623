// app/screens/organizer.cpp — organizer tools behind the PIN: event name, unattended-reset time, CSV import
// and export, and every attendee with their check-in state (undo / check in by hand), then leave the kiosk.
//
// While a text box is being edited the screen shows only that box and the keyboard, so no control ends up
// hidden under the keys.
#include <cmath>
#include <string>

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

void draw_settings(Frame& f, const ui::Rect& col) {
    ui::Ui& ui = f.ui;
    const kiosk::OrganizerView& o = f.view.organizer;
    const float label_h = ui::text_box_label_height(ui);
    const float block = label_h + ui.px(ui::kFieldHeight) + ui.px(28);
    float y = col.min.y + label_h;
    if (box_with_action(f, TextField::EventName, "Event name", o.event_name, col.min.x, y, col.width(), "Save"))
        f.out.push_back(kiosk::SaveEventName{});
    y += ui.px(ui::kFieldHeight) + ui.px(28);
    ui::text(ui, ui.fonts.label, {col.min.x, y}, ui::color::kText, "Unattended screens start over after");
    if (const auto s = ui::stepper(ui, "idle-timeout", {col.min.x, y + label_h}, o.idle_timeout_s,
                                   kiosk::kMinIdleTimeoutS, kiosk::kMaxIdleTimeoutS, 15, "seconds"))
        f.out.push_back(kiosk::SetIdleTimeout{*s});
    y += label_h + ui.px(ui::kButtonHeight) + ui.px(28) + label_h;
    if (box_with_action(f, TextField::ImportPath, "Import attendees (CSV on this computer)", o.import_path, col.min.x,
                        y, col.width(), "Import", "Tap to type a path, e.g. /media/usb/attendees.csv"))
        f.out.push_back(kiosk::ImportCsv{});
    y += block;
    if (box_with_action(f, TextField::ExportPath, "Export attendees (CSV)", o.export_path, col.min.x, y, col.width(),
                        "Export"))
        f.out.push_back(kiosk::ExportAttendees{});
    y += ui.px(ui::kFieldHeight) + ui.px(24);
    if (!o.message.empty()) ui::notice(ui, {col.min.x, y}, col.width(), o.message, o.message_is_error);

    const ImVec2 size{ui.px(380), ui.px(ui::kButtonHeight)};
    if (ui::button(ui, "Leave kiosk mode", "Leave kiosk mode", ui::Rect::at({col.min.x, col.max.y - size.y}, size),
                   ui::ButtonStyle::Danger))
        f.out.push_back(kiosk::LeaveKiosk{});
}

void attendee_row(Frame& f, const kiosk::OrganizerRowView& r, const ui::Rect& row) {
    ui::Ui& ui = f.ui;
    ui.draw->AddRectFilled(row.min, row.max, ui::color::kSurface, ui.px(12));
    const float pad = ui.px(20);
    const float button_w = ui.px(250);
    const float text_w = row.width() - button_w - ui.px(200) - 3 * pad;
    ui.draw->PushClipRect(row.min, {row.min.x + pad + text_w, row.max.y}, true);
    ui::text(ui, ui.fonts.label, {row.min.x + pad, row.min.y + ui.px(8)}, ui::color::kText, r.name);
    const std::string detail = std::string(role_key(r.role)) + (r.organization.empty() ? "" : " \u00b7 " + r.organization);
    ui::text(ui, ui.fonts.small, {row.min.x + pad, row.min.y + ui.px(50)}, ui::color::kTextMuted, detail);
    ui.draw->PopClipRect();
    const std::string_view state = r.checked_in ? "Checked in" : "Not here yet";
    const ImVec2 ss = ui::text_size(ui.fonts.body, state);
    ui::text(ui, ui.fonts.body, {row.max.x - button_w - 2 * pad - ss.x, std::floor(row.center().y - ss.y * 0.5f)},
             r.checked_in ? ui::color::kPrimary : ui::color::kTextMuted, state);
    const ui::Rect b{{row.max.x - pad * 0.5f - button_w, row.min.y + ui.px(8)}, {row.max.x - pad * 0.5f, row.max.y - ui.px(8)}};
    const std::string id = "organizer-row:" + std::to_string(r.id);
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
    const ImVec2 cs = ui::text_size(ui.fonts.body, counts);
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
    const float gap = f.ui.px(48);
    const float left_w = std::floor((f.body.width() - gap) * 0.42f);
    draw_settings(f, {f.body.min, {f.body.min.x + left_w, f.body.max.y}});
    draw_list(f, {{f.body.min.x + left_w + gap, f.body.min.y}, f.body.max});
}

} // namespace mb::screens
