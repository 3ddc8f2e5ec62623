// app/screens/share.cpp — "What to share": one visible switch per contact detail, all off by default, a plain
// sentence saying exactly what the QR code will hold, and the check-in itself.
#include <string>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"

namespace mb::screens {

void draw_share(Frame& f) {
    ui::Ui& ui = f.ui;
    const kiosk::ShareView& s = f.view.share;
    draw_top_bar(f, "What to share");

    float y = f.body.min.y + ui.px(8);
    if (!s.from_registration.empty()) {                 // a scanned ticket: one tap from here checks them in
        ui::text(ui, ui.fonts.label, {f.body.min.x, y}, ui::color::kText, "Is this still right?");
        y += ui.fonts.label->FontSize + ui.px(12);
        y += ui::notice(ui, {f.body.min.x, y}, f.body.width(),
                        "From your registration: " + s.from_registration + ". Tap Back to change it.", false) +
             ui.px(24);
    }
    y += ui::paragraph(ui, ui.fonts.body, {f.body.min.x, y}, f.body.width(), ui::color::kText,
                       "People you meet can scan your QR code. Your name is always in it; switch on anything else "
                       "you want them to have.");
    y += ui.px(24);
    if (s.rows.empty()) {
        y += ui::paragraph(ui, ui.fonts.body, {f.body.min.x, y}, f.body.width(), ui::color::kTextMuted,
                           "You have no contact details here, so there is nothing else to share.");
        y += ui.px(24);
    }
    for (const kiosk::ShareRowView& row : s.rows) {
        const ui::Rect r{{f.body.min.x, y}, {f.body.max.x, y + ui.px(100)}};
        if (ui::toggle_row(ui, "share:" + row.label, row.label, row.value, r, row.shared, "Shared", "Not shared"))
            f.out.push_back(kiosk::SetShared{row.field, !row.shared});
        y += ui.px(100 + 12);
    }
    y += ui.px(12);
    y += ui::notice(ui, {f.body.min.x, y}, f.body.width(), s.qr_sentence, false) + ui.px(16);
    if (!s.qr_problem.empty()) y += ui::notice(ui, {f.body.min.x, y}, f.body.width(), s.qr_problem, true) + ui.px(16);
    if (!s.error.empty()) ui::notice(ui, {f.body.min.x, y}, f.body.width(), s.error, true);
    if (primary_action(f, "Check me in", "Check me in")) f.out.push_back(kiosk::ConfirmCheckIn{});
}

} // namespace mb::screens
