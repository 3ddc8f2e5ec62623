// app/screens/about.cpp — "About you": the role as three large cards, organization / title / field, years.
// The keyboard appears only while one of the text boxes is being edited.
#include <array>
#include <string>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"
#include "core/kiosk/form.hpp"

namespace mb::screens {

namespace {

using kiosk::TextField;

struct RoleCard {
    Role role;                        // what tapping it chooses
    std::string_view id;              // hit-target id
    std::string_view title;           // large words
    std::string_view detail;          // one line of explanation
};

constexpr std::array<RoleCard, 3> kRoles{{
    {Role::Mentee, "role:mentee", "Find a mentor", "Get advice on your next step"},
    {Role::Mentor, "role:mentor", "Be a mentor", "Share what you have learned"},
    {Role::Both, "role:both", "Both", "Mentor others and get advice too"},
}};

struct TextSpec {
    TextField field;                  // which text
    std::string_view label;           // above the box
    std::string_view placeholder;     // inside while empty
};

constexpr std::array<TextSpec, 3> kTexts{{
    {TextField::Organization, "Organization", "Where you work"},
    {TextField::Title, "Job title", "e.g. Attending physician"},
    {TextField::Field, "Field", "e.g. Cardiology"},
}};

const kiosk::FieldView& value_of(const kiosk::AboutView& a, TextField field) {
    switch (field) {
    case TextField::Title: return a.title;
    case TextField::Field: return a.field;
    default: return a.organization;
    }
}

} // namespace

void draw_about(Frame& f) {
    ui::Ui& ui = f.ui;
    const kiosk::AboutView& a = f.view.about;
    draw_top_bar(f, "About you");

    float y = f.body.min.y + ui.px(8);
    ui::text(ui, ui.fonts.label, {f.body.min.x, y}, ui::color::kText, "I'm here to");
    if (!a.name.empty()) {                        // whose check-in this is, in case the wrong name was tapped
        const std::string who = "Checking in: " + a.name;
        const float w = ui::text_size(ui, ui.fonts.body, who).x;
        ui::text(ui, ui.fonts.body, {f.body.max.x - w, y + ui.px(2)}, ui::color::kTextMuted, who);
    }
    y += ui.px(50);
    const float gap = ui.px(24);
    const float card_w = (f.body.width() - 2 * gap) / 3.0f;
    for (std::size_t i = 0; i < kRoles.size(); ++i) {
        const ui::Rect card = ui::Rect::at({f.body.min.x + static_cast<float>(i) * (card_w + gap), y},
                                           {card_w, ui.px(140)});
        if (ui::choice_card(ui, kRoles[i].id, kRoles[i].title, kRoles[i].detail, card, a.role == kRoles[i].role))
            f.out.push_back(kiosk::SetRole{kRoles[i].role});
    }
    y += ui.px(140 + 8);
    if (!a.role_error.empty()) ui::text(ui, ui.fonts.small, {f.body.min.x, y}, ui::color::kDanger, a.role_error);
    y += ui.px(48) + ui::text_box_label_height(ui);

    for (std::size_t i = 0; i < kTexts.size(); ++i) {
        const ui::Rect box = ui::Rect::at({f.body.min.x + static_cast<float>(i) * (card_w + gap), y},
                                          {card_w, ui.px(ui::kFieldHeight)});
        field_box(f, kTexts[i].field, kTexts[i].label, value_of(a, kTexts[i].field), box, kTexts[i].placeholder);
    }
    y += ui.px(ui::kFieldHeight + 56);

    if (ui.state.focus) {
        const TextField field = *ui.state.focus;
        const ui::KeyPress key = field_keyboard(f, field, value_of(a, field).text, ui::KeyboardMode::Words, "Done",
                                                "Tap Done when finished");
        if (key.action == ui::KeyAction::Enter) focus_field(ui.state, std::nullopt);
        return;                                   // years and Continue sit under the keyboard: hidden
    }
    ui::text(ui, ui.fonts.label, {f.body.min.x, y}, ui::color::kText, "Years in your profession");
    if (const auto years = ui::stepper(ui, "years", {f.body.min.x, y + ui.px(50)}, a.years, 0, kiosk::kMaxYears, 1,
                                       a.years == 1 ? "year" : "years"))
        f.out.push_back(kiosk::SetYears{*years});
    if (a.asks_capacity) {                        // beside the years: how many mentees at your table
        const float x = f.body.min.x + card_w + gap;
        ui::text(ui, ui.fonts.label, {x, y}, ui::color::kText, "Mentees I can take at once");
        if (const auto n = ui::stepper(ui, "mentees-i-take", {x, y + ui.px(50)}, a.mentees_i_take, 1,
                                       kMaxMentorCapacity, 1, a.mentees_i_take == 1 ? "mentee" : "mentees"))
            f.out.push_back(kiosk::SetMenteesITake{*n});
    }
    if (primary_action(f, "Continue", "Continue")) f.out.push_back(kiosk::Continue{});
}

} // namespace mb::screens
