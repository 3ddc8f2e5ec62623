// app/screens/goals.cpp — "What brings you here?": milestone chips (goals for mentees, expertise for
// mentors, both for "both") and the outside-organization preference.
#include <string>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"

namespace mb::screens {

namespace {

// One labelled group of chips, wrapping across the body. Returns the y below it.
float chip_group(Frame& f, float y, std::string_view heading, std::string_view id_prefix, GoalSet selected,
                 bool expertise) {
    ui::Ui& ui = f.ui;
    ui::text(ui, ui.fonts.label, {f.body.min.x, y}, ui::color::kText, heading);
    const float heading_w = ui::text_size(ui, ui.fonts.label, heading).x;
    ui::text(ui, ui.fonts.small, {f.body.min.x + heading_w + ui.px(16), y + ui.px(6)}, ui::color::kTextMuted,
             "choose any");
    y += ui.px(54);
    float x = f.body.min.x;
    const float gap = ui.px(14);
    for (int i = 0; i < kGoalCount; ++i) {
        const auto goal = static_cast<Goal>(i);
        const std::string_view label = goal_label(goal);
        const float w = ui::chip_width(ui, label);
        if (x + w > f.body.max.x) {
            x = f.body.min.x;
            y += ui.px(76) + gap;
        }
        const std::string id = std::string(id_prefix) + std::string(goal_key(goal));
        if (ui::chip(ui, id, label, {x, y}, selected.has(goal))) {
            if (expertise) {
                f.out.push_back(kiosk::ToggleExpertise{goal});
            } else {
                f.out.push_back(kiosk::ToggleGoal{goal});
            }
        }
        x += w + gap;
    }
    return y + ui.px(76) + ui.px(40);
}

} // namespace

void draw_goals(Frame& f) {
    ui::Ui& ui = f.ui;
    const kiosk::GoalsView& g = f.view.goals;
    draw_top_bar(f, "What brings you here?");
    const bool wants_advice = g.role != Role::Mentor;
    const bool gives_advice = g.role != Role::Mentee;

    float y = f.body.min.y + ui.px(8);
    if (wants_advice) y = chip_group(f, y, "I'd like advice on", "goal:", g.goals, false);
    if (gives_advice) y = chip_group(f, y, "I can give advice on", "expertise:", g.expertise, true);
    if (wants_advice) {
        const ui::Rect row{{f.body.min.x, y}, {f.body.max.x, y + ui.px(110)}};
        if (ui::toggle_row(ui, "prefer-outside", "I'd prefer a mentor from outside my organization",
                           "Suggested mentors then work somewhere else.", row, g.prefer_outside_org))
            f.out.push_back(kiosk::SetPreferOutsideOrg{!g.prefer_outside_org});
    }
    if (primary_action(f, "Continue", "Continue")) f.out.push_back(kiosk::Continue{});
}

} // namespace mb::screens
