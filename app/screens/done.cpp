// app/screens/done.cpp — "Welcome, <name>": the check-in is stored (the store returned before this screen
// could appear), where to look next, and the person's contact QR code (draw_contact_qr).
#include <algorithm>
#include <cmath>
#include <optional>
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
    // The person's consented vCard (core/contact), drawn module by module: crisp at any scale, no texture.
    const std::optional<QrMatrix>& qr = f.view.done.contact_qr;
    if (!qr) return;
    ui::Ui& ui = f.ui;
    const float available = std::min(area.width(), area.height());
    const int module = qr_pixels_per_module(*qr, static_cast<int>(available));   // whole pixels: cameras need it
    if (module <= 0) return;
    const float side = static_cast<float>(module * qr->side());
    const ImVec2 origin{std::floor(area.center().x - side * 0.5f), std::floor(area.center().y - side * 0.5f)};
    ui.draw->AddRectFilled(origin, {origin.x + side, origin.y + side}, IM_COL32(255, 255, 255, 255));
    const auto m = static_cast<float>(module);
    for (int row = 0; row < qr->side(); ++row) {
        int col = 0;
        while (col < qr->side()) {
            if (!qr->is_dark(col, row)) {
                ++col;
                continue;
            }
            const int run_start = col;                   // one rectangle per horizontal run of dark modules
            while (col < qr->side() && qr->is_dark(col, row)) ++col;
            ui.draw->AddRectFilled({origin.x + static_cast<float>(run_start) * m, origin.y + static_cast<float>(row) * m},
                                   {origin.x + static_cast<float>(col) * m, origin.y + static_cast<float>(row + 1) * m},
                                   IM_COL32(0, 0, 0, 255));
        }
    }
}

void draw_done(Frame& f) {
    ui::Ui& ui = f.ui;
    const kiosk::DoneView& d = f.view.done;
    const float cx = f.full.center().x;
    const float h = f.full.height();
    const float top = f.full.min.y;

    const std::string welcome = (d.was_already_checked_in ? "Welcome back, " : "Welcome, ") + d.name + "!";
    const ImFont* font =
        ui::text_size(ui.fonts.display, welcome).x < f.body.width() ? ui.fonts.display : ui.fonts.heading;
    // A check mark in a circle: the one picture that says "done" in every language.
    const ImVec2 c{cx, top + h * 0.12f};
    const float r = ui.px(52);
    ui.draw->AddCircleFilled(c, r, ui::color::kPrimary, 48);
    const ImVec2 check[] = {{c.x - r * 0.45f, c.y + r * 0.02f}, {c.x - r * 0.1f, c.y + r * 0.36f},
                            {c.x + r * 0.5f, c.y - r * 0.32f}};
    ui.draw->AddPolyline(check, 3, ui::color::kOnPrimary, ImDrawFlags_None, ui.px(8));
    centered(ui, font, cx, top + h * 0.20f, ui::color::kText, welcome);

    if (d.contact_qr) {
        // Words on the left, the code on the right.
        const float gap = ui.px(64);
        const float col_w = (f.body.width() - gap) * 0.5f;
        const float y = top + h * 0.40f;
        float ty = y + ui.px(20);
        ty += ui::paragraph(ui, ui.fonts.label, {f.body.min.x, ty}, col_w, ui::color::kText, role_sentence(d));
        ty += ui.px(16);
        ty += ui::paragraph(ui, ui.fonts.body, {f.body.min.x, ty}, col_w, ui::color::kTextMuted, d.next_step);
        ty += ui.px(16);
        ui::paragraph(ui, ui.fonts.body, {f.body.min.x, ty}, col_w, ui::color::kTextMuted,
                      "This is your contact QR code. Scan it with your phone to see exactly what you share.");
        draw_contact_qr(f, {{f.body.min.x + col_w + gap, y}, {f.body.max.x, top + h * 0.80f}});
    } else {
        centered(ui, ui.fonts.label, cx, top + h * 0.42f, ui::color::kText, role_sentence(d));
        centered(ui, ui.fonts.body, cx, top + h * 0.48f, ui::color::kTextMuted, d.next_step);
    }

    const ImVec2 size = ui.px(420, ui::kButtonHeight);
    if (ui::button(ui, "Finish", "Finish", ui::Rect::at({cx - size.x * 0.5f, top + h * 0.85f}, size),
                   ui::ButtonStyle::Primary))
        f.out.push_back(kiosk::Finish{});
}

} // namespace mb::screens
