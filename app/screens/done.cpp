// app/screens/done.cpp — "Welcome, <name>": the check-in is stored (the store returned before this screen
// could appear) and where to look next. The contact QR code will be drawn by draw_contact_qr().
#include <cmath>
#include <string>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"

namespace mb::screens {

namespace {

std::string role_sentence(const kiosk::DoneView& d) {
    if (d.was_already_checked_in) return "You were already checked in. Your answers are updated.";
    switch (d.role) {
    case Role::Mentor: return "You're checked in as a mentor.";
    case Role::Mentee: return "You're checked in as a mentee.";
    case Role::Both: return "You're checked in as a mentor and a mentee.";
    }
    return "You're checked in.";
}

void centered(ui::Ui& ui, const ImFont* font, float cx, float y, ImU32 col, std::string_view s) {
    const ImVec2 size = ui::text_size(font, s);
    ui::text(ui, font, {std::floor(cx - size.x * 0.5f), std::floor(y)}, col, s);
}

} // namespace

void draw_contact_qr(Frame& f, const ui::Rect& area) {
    // Hook for the contact QR code (a vCard of the fields this person chose to share; DoneView::id names them).
    // Empty on purpose until the QR helper lands: a placeholder would promise something that does not work.
    (void)f;
    (void)area;
}

void draw_done(Frame& f) {
    ui::Ui& ui = f.ui;
    const kiosk::DoneView& d = f.view.done;
    const float cx = f.full.center().x;
    const float h = f.full.height();

    const std::string welcome = (d.was_already_checked_in ? "Welcome back, " : "Welcome, ") + d.name + "!";
    const ImFont* font =
        ui::text_size(ui.fonts.display, welcome).x < f.body.width() ? ui.fonts.display : ui.fonts.heading;
    // A check mark in a circle: the one picture that says "done" in every language.
    const ImVec2 c{cx, f.full.min.y + h * 0.17f};
    const float r = ui.px(56);
    ui.draw->AddCircleFilled(c, r, ui::color::kPrimary, 48);
    const ImVec2 check[] = {{c.x - r * 0.45f, c.y + r * 0.02f}, {c.x - r * 0.1f, c.y + r * 0.36f},
                            {c.x + r * 0.5f, c.y - r * 0.32f}};
    ui.draw->AddPolyline(check, 3, ui::color::kOnPrimary, ImDrawFlags_None, ui.px(8));

    centered(ui, font, cx, f.full.min.y + h * 0.27f, ui::color::kText, welcome);
    centered(ui, ui.fonts.label, cx, f.full.min.y + h * 0.42f, ui::color::kText, role_sentence(d));
    centered(ui, ui.fonts.body, cx, f.full.min.y + h * 0.48f, ui::color::kTextMuted, d.next_step);

    draw_contact_qr(f, {{f.body.min.x, f.full.min.y + h * 0.54f}, {f.body.max.x, f.full.min.y + h * 0.80f}});

    const ImVec2 size = ui.px(420, ui::kButtonHeight);
    if (ui::button(ui, "Finish", "Finish", ui::Rect::at({cx - size.x * 0.5f, f.full.min.y + h * 0.84f}, size),
                   ui::ButtonStyle::Primary))
        f.out.push_back(kiosk::Finish{});
}

} // namespace mb::screens
