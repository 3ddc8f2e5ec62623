// app/screens/done.cpp — "Welcome, <name>": the check-in is stored (the store returned before this screen
// could appear), and the person's match. On the left the suggested partner (short name, organization if they
// shared it, the strongest reason) with "I'd like to meet them" / "Suggest someone else", or "Waiting" when
// nobody fits yet; on the right the partner's consented contact code beside the person's own, so each of the
// two can scan the other.
//
// [SECTION] Header
// [SECTION] Match card
// [SECTION] Codes
// [SECTION] Screen
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"

namespace mb::screens {

namespace {

using ui::Rect;

std::string role_sentence(const kiosk::DoneView& d) {
    if (d.looked_up) return "You're checked in. Here is your match so far.";
    if (d.was_already_checked_in) return "You were already checked in. Your answers are updated.";
    switch (d.role) {
    case Role::Mentor: return "You're checked in as a mentor.";
    case Role::Mentee: return "You're checked in as a mentee.";
    case Role::Both: return "You're checked in as a mentor and a mentee.";
    }
    return "You're checked in.";
}

void centered(ui::Ui& ui, const ImFont* font, float cx, float y, ImU32 col, std::string_view s) {
    const ImVec2 size = ui::text_size(ui, font, s);
    ui::text(ui, font, {std::floor(cx - size.x * 0.5f), std::floor(y)}, col, s);
}

// --- [SECTION] Header --------------------------------------------------------------------------------------

// The check mark, the welcome and the role sentence; returns the y below them.
float draw_header(Frame& f) {
    ui::Ui& ui = f.ui;
    const kiosk::DoneView& d = f.view.done;
    const float cx = f.full.center().x;
    const float top = f.full.min.y;
    // A check mark in a circle: the one picture that says "done" in every language.
    const ImVec2 c{cx, top + ui.px(92)};
    const float r = ui.px(44);
    ui.draw->AddCircleFilled(c, r, ui::color::kPrimary, 48);
    const ImVec2 check[] = {{c.x - r * 0.45f, c.y + r * 0.02f}, {c.x - r * 0.1f, c.y + r * 0.36f},
                            {c.x + r * 0.5f, c.y - r * 0.32f}};
    ui.draw->AddPolyline(check, 3, ui::color::kOnPrimary, ImDrawFlags_None, ui.px(7));

    const std::string welcome = (d.was_already_checked_in ? "Welcome back, " : "Welcome, ") + d.name + "!";
    const ImFont* font =
        ui::text_size(ui, ui.fonts.display, welcome).x < f.body.width() ? ui.fonts.display : ui.fonts.heading;
    float y = top + ui.px(148);
    centered(ui, font, cx, y, ui::color::kText, welcome);
    y += font->FontSize + ui.px(18);
    centered(ui, ui.fonts.label, cx, y, ui::color::kText, role_sentence(d));
    return y + ui.fonts.label->FontSize + ui.px(40);
}

// --- [SECTION] Match card ----------------------------------------------------------------------------------

std::string side_line(const kiosk::PartnerView& p) {
    std::string line = p.side == Role::Mentor ? "Mentor" : "Mentee";
    if (!p.organization.empty()) line += " \u00b7 " + p.organization;
    return line;
}

// Likes and declines; a "yes" already given shows as a tag where its button was.
void draw_answer_buttons(Frame& f, const kiosk::PartnerView& p, float x, float y, float width) {
    ui::Ui& ui = f.ui;
    const float gap = ui.px(24);
    const ImVec2 size{(width - gap) * 0.5f, ui.px(ui::kButtonHeight)};
    const Rect like = Rect::at({x, y}, size);
    const Rect decline = Rect::at({x + size.x + gap, y}, size);
    if (p.confirmed) {
        ui::tag(ui, like, "Confirmed pair");
    } else if (p.you_liked) {
        ui::tag(ui, like, "You said yes");
    } else if (ui::button(ui, "like-partner", "I'd like to meet them", like, ui::ButtonStyle::Primary)) {
        f.out.push_back(kiosk::LikePartner{p.id});
    }
    if (ui::button(ui, "decline-partner", "Suggest someone else", decline, ui::ButtonStyle::Secondary))
        f.out.push_back(kiosk::DeclinePartner{p.id});
}

// A mentor at a group table: one row per mentee with the reason for that pair and its own yes / someone
// else, since each mentor–mentee pair is answered on its own (a decline moves only that mentee).
float draw_mentee_rows(Frame& f, const kiosk::PartnerView& first, float x, float y, float w, float bottom) {
    ui::Ui& ui = f.ui;
    std::vector<const kiosk::PartnerView*> mentees{&first};
    for (const kiosk::PartnerView& m : f.view.done.tablemates) mentees.push_back(&m);
    const float gap = ui.px(12);
    const float row_h = std::min(ui.px(112), (bottom - y) / static_cast<float>(mentees.size()));
    const ImVec2 button{ui.px(196), std::max(ui.px(64), std::min(ui.px(72), row_h - gap))};
    const bool answers = first.table == 0;                    // a running round's table is not re-decided
    const float text_w = answers ? w - 2 * button.x - 2 * gap : w;
    for (const kiosk::PartnerView* m : mentees) {
        const std::string id = std::to_string(m->id);
        ui::text(ui, ui.fonts.label, {x, y}, ui::color::kText, m->name);
        const float name_h = ui.fonts.label->FontSize + ui.px(4);
        std::string detail = m->reason;
        if (!m->organization.empty()) detail = m->organization + (detail.empty() ? "" : " \u00b7 " + detail);
        ui::paragraph(ui, ui.fonts.small, {x, y + name_h}, text_w, ui::color::kTextMuted, detail);
        if (answers) {
            const float by = y + std::max(0.0f, (row_h - gap - button.y) * 0.5f);
            const Rect yes = Rect::at({x + w - 2 * button.x - gap, by}, button);
            const Rect no = Rect::at({x + w - button.x, by}, button);
            if (m->confirmed) {
                ui::tag(ui, yes, "Confirmed");
            } else if (m->you_liked) {
                ui::tag(ui, yes, "You said yes");
            } else if (ui::button(ui, "like-mentee-" + id, "Yes", yes, ui::ButtonStyle::Primary, ui.fonts.label)) {
                f.out.push_back(kiosk::LikePartner{m->id});
            }
            if (ui::button(ui, "decline-mentee-" + id, "Someone else", no, ui::ButtonStyle::Secondary,
                           ui.fonts.label))
                f.out.push_back(kiosk::DeclinePartner{m->id});
        }
        y += row_h;
    }
    return y;
}

void draw_partner_card(Frame& f, const kiosk::PartnerView& p, const Rect& card) {
    ui::Ui& ui = f.ui;
    const float pad = ui.px(36);
    const float x = card.min.x + pad;
    const float w = card.width() - 2 * pad;
    float y = card.min.y + pad;
    ui::text(ui, ui.fonts.label, {x, y}, ui::color::kTextMuted,
             !f.view.done.tablemates.empty() ? (p.table > 0 ? "Your table this round" : "Your suggested table")
             : p.table > 0                   ? "Your match this round"
                                             : "Your suggested match");
    y += ui.fonts.label->FontSize + ui.px(10);
    if (p.side == Role::Mentee && !f.view.done.tablemates.empty()) {   // the mentor of a group table
        const std::string& note = f.view.done.match_note;
        const float note_h = note.empty() ? 0.0f : ui::notice_height(ui, w, note) + ui.px(16);
        if (p.table > 0) {
            const std::string table = "Table " + std::to_string(p.table);
            const ImVec2 ts = ui::text_size(ui, ui.fonts.heading, table);
            ui::text(ui, ui.fonts.heading, {card.max.x - pad - ts.x, card.min.y + pad}, ui::color::kPrimary, table);
        }
        y += ui.px(14);
        y = draw_mentee_rows(f, p, x, y, w, card.max.y - pad - note_h);
        if (!note.empty()) ui::notice(ui, {x, card.max.y - pad - note_h + ui.px(16)}, w, note, false);
        return;
    }
    ui::text(ui, ui.fonts.heading, {x, y}, ui::color::kText, p.name);
    if (p.table > 0) {
        // The table number is what a seated person needs most: large, beside the name.
        const std::string table = "Table " + std::to_string(p.table);
        const ImVec2 ts = ui::text_size(ui, ui.fonts.heading, table);
        ui::text(ui, ui.fonts.heading, {card.max.x - pad - ts.x, y}, ui::color::kPrimary, table);
    }
    y += ui.fonts.heading->FontSize + ui.px(8);
    ui::text(ui, ui.fonts.body, {x, y}, ui::color::kTextMuted, side_line(p));
    y += ui.fonts.body->FontSize + ui.px(20);
    if (!p.reason.empty()) {
        const std::string why = "Why: " + p.reason;
        y += ui::paragraph(ui, ui.fonts.body, {x, y}, w, ui::color::kText, why) + ui.px(20);
    }
    if (!f.view.done.tablemates.empty()) {              // a group table: who else sits there
        std::string mates = p.side == Role::Mentor ? "Also at this table: " : "Also with you: ";
        for (std::size_t i = 0; i < f.view.done.tablemates.size(); ++i)
            mates += (i ? ", " : "") + f.view.done.tablemates[i].name;
        y += ui::paragraph(ui, ui.fonts.body, {x, y}, w, ui::color::kTextMuted, mates) + ui.px(20);
    }
    if (!f.view.done.match_note.empty()) ui::notice(ui, {x, y}, w, f.view.done.match_note, false);
    if (p.table == 0) draw_answer_buttons(f, p, x, card.max.y - pad - ui.px(ui::kButtonHeight), w);
}

// "Waiting", where to look, and what a decline just did; the card is as tall as its words.
void draw_waiting_card(Frame& f, const Rect& band) {
    ui::Ui& ui = f.ui;
    const float pad = ui.px(36);
    const float x = band.min.x + pad;
    const float w = band.width() - 2 * pad;
    // At group tables a mentee left over is promised the first seat of the next round (GroupRoom priority);
    // a mentor left over has a table waiting for mentees, which is a different promise.
    const bool mentor = f.view.done.role == Role::Mentor;
    const std::string headline =
        !f.view.done.group_tables ? "Waiting: the next arrival may be your match."
        : mentor                  ? "No mentee is free just now: the next ones who fit will join your table."
                                  : "Every table is full for now: you are first in line for the next round.";
    const std::string detail = f.view.done.next_step + " To see your match here later, tap your name again.";
    const std::string& note = f.view.done.match_note;
    const float height = pad + ui::text_size(ui, ui.fonts.heading, headline, w).y + ui.px(20) +
                         ui::text_size(ui, ui.fonts.body, detail, w).y + pad +
                         (note.empty() ? 0.0f : ui::notice_height(ui, w, note) + ui.px(24));
    const Rect card{band.min, {band.max.x, std::min(band.max.y, band.min.y + height)}};
    ui.draw->AddRectFilled(card.min, card.max, ui::color::kSurface, ui.px(24));
    ui.draw->AddRect(card.min, card.max, ui::color::kBorder, ui.px(24), 0, ui.px(2));
    float y = card.min.y + pad;
    y += ui::paragraph(ui, ui.fonts.heading, {x, y}, w, ui::color::kText, headline) + ui.px(20);
    y += ui::paragraph(ui, ui.fonts.body, {x, y}, w, ui::color::kTextMuted, detail) + ui.px(24);
    if (!note.empty()) ui::notice(ui, {x, y}, w, note, false);
}

// --- [SECTION] Codes ---------------------------------------------------------------------------------------

// One code at the top of `area` with its caption underneath, aligned with the code's left edge.
void code_with_caption(ui::Ui& ui, const std::optional<QrMatrix>& qr, std::string_view caption, const Rect& area) {
    const float caption_h = ui.fonts.label->FontSize * 2 + ui.px(24);
    const Rect square{area.min, {area.max.x, area.max.y - caption_h}};
    Rect code{area.min, {area.max.x, area.min.y}};
    if (qr) code = ui::qr_code(ui, *qr, square);
    const float x = std::min(code.min.x, area.max.x - ui.px(280));   // never a column too narrow to read
    ui::paragraph(ui, ui.fonts.label, {x, code.max.y + ui.px(16)}, area.max.x - x, ui::color::kText, caption);
}

// A group table: every member's consented code (those who have one) and the person's own, two per row (three
// when five codes share the space); each code keeps whole pixels per module (ui::qr_code), so a smaller tile
// makes a smaller code, never a blurred one. Captions are the short names, inside their tile.
void draw_table_codes(Frame& f, const Rect& area) {
    ui::Ui& ui = f.ui;
    const kiosk::DoneView& d = f.view.done;
    struct Tile {
        const std::optional<QrMatrix>* qr;
        std::string caption;
    };
    std::vector<Tile> tiles;
    auto add = [&](const kiosk::PartnerView& m) {
        tiles.push_back({&m.qr, m.qr ? "Add " + m.name : m.name + " (no code)"});
    };
    add(*d.partner);
    for (const kiosk::PartnerView& m : d.tablemates) add(m);
    if (d.contact_qr) tiles.push_back({&d.contact_qr, "Your code"});
    const int columns = tiles.size() <= 4 ? 2 : 3;
    const int rows = (static_cast<int>(tiles.size()) + columns - 1) / columns;
    const float gap = ui.px(28);
    const float w = (area.width() - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const float h = (area.height() - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
    const float caption_h = ui.fonts.label->FontSize + ui.px(16);
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const float x = area.min.x + static_cast<float>(static_cast<int>(i) % columns) * (w + gap);
        const float y = area.min.y + static_cast<float>(static_cast<int>(i) / columns) * (h + gap);
        Rect code{{x, y}, {x + w, y}};
        if (*tiles[i].qr) code = ui::qr_code(ui, **tiles[i].qr, {{x, y}, {x + w, y + h - caption_h}});
        ui::paragraph(ui, ui.fonts.label, {code.min.x, code.max.y + ui.px(10)}, x + w - code.min.x, ui::color::kText,
                      tiles[i].caption);
    }
}

void draw_codes(Frame& f, const Rect& area) {
    ui::Ui& ui = f.ui;
    const kiosk::DoneView& d = f.view.done;
    if (!d.partner) {
        if (d.contact_qr)
            code_with_caption(ui, d.contact_qr, "Your contact code: scan it to see exactly what you share.", area);
        return;
    }
    const kiosk::PartnerView& p = *d.partner;
    if (!d.tablemates.empty()) return draw_table_codes(f, area);
    const float gap = ui.px(40);
    const float w = (area.width() - gap) * 0.5f;
    code_with_caption(ui, p.qr,
                      p.qr ? "Scan to add " + p.name
                           : p.name + " has no contact code: say hello in person.",
                      {area.min, {area.min.x + w, area.max.y}});
    if (d.contact_qr)
        code_with_caption(ui, d.contact_qr, "Your code, for " + p.name + " to scan",
                          {{area.min.x + w + gap, area.min.y}, area.max});
}

} // namespace

// --- [SECTION] Screen --------------------------------------------------------------------------------------

void draw_done(Frame& f) {
    ui::Ui& ui = f.ui;
    const kiosk::DoneView& d = f.view.done;
    const float band_top = draw_header(f);
    const float finish_y = f.full.max.y - ui.px(48) - ui.px(ui::kButtonHeight);
    const float band_bottom = finish_y - ui.px(40);

    const float gap = ui.px(56);
    const float card_w = std::floor((f.body.width() - gap) * 0.52f);
    const Rect card{{f.body.min.x, band_top}, {f.body.min.x + card_w, band_bottom}};
    if (d.partner) {
        ui.draw->AddRectFilled(card.min, card.max, ui::color::kSurface, ui.px(24));
        ui.draw->AddRect(card.min, card.max, ui::color::kBorder, ui.px(24), 0, ui.px(2));
        draw_partner_card(f, *d.partner, card);
    } else {
        draw_waiting_card(f, card);
    }
    draw_codes(f, {{card.max.x + gap, band_top}, {f.body.max.x, band_bottom}});

    const ImVec2 size = ui.px(420, ui::kButtonHeight);
    const float cx = f.full.center().x;
    const Rect finish = Rect::at({cx - size.x * 0.5f, finish_y}, size);
    if (ui::button(ui, "Finish", "Finish", finish, ui::ButtonStyle::Primary)) f.out.push_back(kiosk::Finish{});
    if (d.looked_up &&
        ui::button(ui, "edit-answers", "Change my answers", Rect::at({f.body.min.x, finish_y}, size),
                   ui::ButtonStyle::Secondary))
        f.out.push_back(kiosk::EditAnswers{});
}

} // namespace mb::screens
