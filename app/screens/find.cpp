// app/screens/find.cpp — "Find your name": search as you type; results only from three letters on, name and
// organization only, at most a few rows (never a browsable list of attendees).
#include <cmath>
#include <string>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"

namespace mb::screens {

namespace {

bool result_row(Frame& f, int index, const kiosk::FindResultView& r, const ui::Rect& row) {
    ui::Ui& ui = f.ui;
    bool pressed = false;
    const bool tapped = ui::hit_area(ui, "find-result:" + std::to_string(index), row, &pressed);
    ui.draw->AddRectFilled(row.min, row.max, pressed ? ui::color::kSurfacePressed : ui::color::kSurface, ui.px(16));
    ui.draw->AddRect(row.min, row.max, ui::color::kBorder, ui.px(16), 0, ui.px(2));
    const float pad = ui.px(28);
    const float name_h = ui.fonts.label->FontSize;
    const float org_h = r.organization.empty() ? 0.0f : ui.fonts.small->FontSize + ui.px(2);
    const float top = std::floor(row.center().y - (name_h + org_h) * 0.5f);
    ui::text(ui, ui.fonts.label, {row.min.x + pad, top}, ui::color::kText, r.name);
    if (!r.organization.empty())
        ui::text(ui, ui.fonts.small, {row.min.x + pad, top + name_h + ui.px(2)}, ui::color::kTextMuted, r.organization);
    const std::string_view action = "This is me \u2192";
    const ImVec2 a = ui::text_size(ui, ui.fonts.label, action);
    ui::text(ui, ui.fonts.label, {row.max.x - pad - a.x, std::floor(row.center().y - a.y * 0.5f)},
             ui::color::kPrimary, action);
    return tapped;
}

} // namespace

void draw_find(Frame& f) {
    ui::Ui& ui = f.ui;
    const kiosk::FindView& v = f.view.find;
    draw_top_bar(f, "Find your name");
    if (ui.state.focus != kiosk::TextField::Query) focus_field(ui.state, kiosk::TextField::Query);

    float y = f.body.min.y + ui.px(8);
    const float button_w = ui.px(420);
    const ui::Rect query{{f.body.min.x, y}, {f.body.max.x - button_w - ui.px(24), y + ui.px(ui::kFieldHeight)}};
    field_box(f, kiosk::TextField::Query, "", v.query, query, "Type 3 letters of your name or organization");
    if (ui::button(ui, "Not on the list", "I'm not on the list", {{query.max.x + ui.px(24), y}, {f.body.max.x, query.max.y}},
                   ui::ButtonStyle::Secondary))
        f.out.push_back(kiosk::StartWalkIn{});
    y = query.max.y + ui.px(20);

    if (v.letters_needed > 0) {
        const std::string hint = v.query.text.empty()
                                     ? std::string("Names appear after you type 3 letters.")
                                     : "Type " + std::to_string(v.letters_needed) + " more letter" +
                                           (v.letters_needed == 1 ? "" : "s") + " to see names.";
        ui::text(ui, ui.fonts.body, {f.body.min.x + ui.px(4), y + ui.px(8)}, ui::color::kTextMuted, hint);
    } else if (v.results.empty()) {
        ui::notice(ui, {f.body.min.x, y}, f.body.width(),
                   "No one on the list matches \u201c" + v.query.text +
                       "\u201d. Check the spelling, or tap \u201cI'm not on the list\u201d to register.",
                   false);
    } else {
        for (std::size_t i = 0; i < v.results.size(); ++i) {
            const ui::Rect row{{f.body.min.x, y}, {f.body.max.x, y + ui.px(84)}};
            if (result_row(f, static_cast<int>(i), v.results[i], row))
                f.out.push_back(kiosk::ChooseAttendee{v.results[i].id});
            y += ui.px(84 + 8);
        }
        if (v.more_matches)
            ui::text(ui, ui.fonts.small, {f.body.min.x + ui.px(4), y}, ui::color::kTextMuted,
                     "More people match. Keep typing to narrow it down.");
    }

    const ui::KeyPress key = field_keyboard(f, kiosk::TextField::Query, v.query.text, ui::KeyboardMode::Plain, "OK",
                                            "Search by first name, last name or organization");
    if (key.action == ui::KeyAction::Enter && v.results.size() == 1)
        f.out.push_back(kiosk::ChooseAttendee{v.results[0].id});
}

} // namespace mb::screens
