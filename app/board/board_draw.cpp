// app/board/board_draw.cpp — see board_draw.hpp.
//
// Index (greppable banners):
//   [SECTION] Header   — event name, round clock, live counts
//   [SECTION] Cards    — one pair: table badge, two names with roles and shared organizations, the reason
//   [SECTION] Footer   — people waiting, page indicator, status line
//   [SECTION] Board    — background, empty-board hint, everything in order
#include "app/board/board_draw.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/board/board_text.hpp"
#include "app/board/board_theme.hpp"

namespace mb::board {

namespace {

// Design px at 1080p -> framebuffer px, whole pixels.
float px(const BoardLayout& l, float design) { return std::round(design * l.scale); }

ImVec2 at(float x, float y) { return ImVec2(x, y); }

// --- [SECTION] Header -------------------------------------------------------------------------------------

// Draws the three counts right-aligned in the header; returns their left edge.
float draw_counts(ImDrawList& dl, const BoardView& view, const BoardLayout& l, const BoardFonts& f) {
    struct Count {
        int value;
        const char* label;
    };
    const Count counts[] = {{view.checked_in, "CHECKED IN"}, {view.paired, "PAIRED"}, {view.waiting, "WAITING"}};
    float right = l.header.right();
    for (int i = 2; i >= 0; --i) {
        const std::string number = std::to_string(counts[i].value);
        const float w = std::max(text_width(f.number, number), text_width(f.label, counts[i].label));
        const float x = right - w;
        draw_text(dl, f.number, at(x + (w - text_width(f.number, number)) / 2, l.header.y + px(l, 22)), color::kText,
                  number);
        draw_text(dl, f.label, at(x + (w - text_width(f.label, counts[i].label)) / 2, l.header.y + px(l, 94)),
                  color::kMuted, counts[i].label);
        right = x - px(l, 48);
    }
    return right;
}

// Draws the round clock as a pill ending at `right`; returns its left edge.
float draw_clock(ImDrawList& dl, const RoundClock& clock, std::int64_t now_ms, const BoardLayout& l,
                 const BoardFonts& f, float right) {
    const std::string title = "ROUND " + std::to_string(clock.number);
    const int left_s = clock.remaining_s(now_ms);
    const bool timed = left_s >= 0;
    const std::string time = timed ? clock_text(left_s) : "in progress";
    const ImFont* time_font = timed ? f.number : f.body;
    const bool ending = timed && left_s <= 60;
    const ImU32 fill = ending ? color::kClockEnding : color::kClock;
    const ImU32 ink = ending ? color::kOnClockEnding : color::kText;
    const float pad = px(l, 28);
    const float w = std::max(text_width(f.label, title), text_width(time_font, time)) + 2 * pad;
    const float x = right - w;
    const float y = l.header.y + px(l, 18);
    const float h = px(l, 120);
    dl.AddRectFilled(at(x, y), at(right, y + h), fill, px(l, 20));
    draw_text(dl, f.label, at(x + (w - text_width(f.label, title)) / 2, y + px(l, 10)), ink, title);
    const float time_y = timed ? y + px(l, 40) : y + px(l, 60);
    draw_text(dl, time_font, at(x + (w - text_width(time_font, time)) / 2, time_y), ink, time);
    return x;
}

void draw_header(ImDrawList& dl, const BoardView& view, const BoardLayout& l, const BoardFonts& f,
                 std::int64_t now_ms) {
    float right = draw_counts(dl, view, l, f);
    if (view.round) right = draw_clock(dl, *view.round, now_ms, l, f, right) - px(l, 48);
    const float room = std::max(0.0f, right - l.header.x);
    draw_text(dl, f.title, at(l.header.x, l.header.y + px(l, 30)), color::kText,
              ellipsized(f.title, view.event_name, room));
    draw_text(dl, f.label, at(l.header.x, l.header.y + px(l, 98)), color::kMuted,
              ellipsized(f.label, view.groups ? "LIVE MENTORING TABLES" : "LIVE MENTORING PAIRS", room));
}

// --- [SECTION] Cards --------------------------------------------------------------------------------------

// "MENTOR · Clínic" (the organization only when shared: the view leaves it empty otherwise).
std::string caption(const char* role, const std::string& organization) {
    return organization.empty() ? std::string(role) : std::string(role) + "  \u00B7  " + organization;
}

void draw_table_badge(ImDrawList& dl, int table, Rect badge, float alpha, const BoardLayout& l, const BoardFonts& f) {
    dl.AddRectFilled(at(badge.x, badge.y), at(badge.right(), badge.bottom()), faded(color::kTable, alpha), px(l, 12));
    const char* label = "TABLE";
    draw_text(dl, f.label, at(badge.x + (badge.w - text_width(f.label, label)) / 2, badge.y + px(l, 6)),
              faded(color::kText, alpha), label);
    const std::string number = std::to_string(table);
    const ImFont* font = fitting_font({f.table, f.number, f.title}, number, badge.w - px(l, 8));
    draw_text(dl, font, at(badge.x + (badge.w - text_width(font, number)) / 2, badge.y + px(l, 30)),
              faded(color::kText, alpha), number);
}

// A group table: the mentor on the left, the mentees stacked on the right (2..4 lines, each in the largest
// name font that fits its share of the card's height), each with the reason for that pair beside the name
// when the line is wide enough ("why you and Dr. Kim" differs mentee by mentee).
GlowQuad draw_group(ImDrawList& dl, const BoardCard& c, Rect r, float x, float alpha, const BoardLayout& l,
                    const BoardFonts& f) {
    const float pad = px(l, 22);
    const float top = r.y + pad;
    const float link_w = px(l, 56);
    const float mentor_w = std::max(1.0f, (r.right() - pad - x - link_w) * 0.36f);
    const float list_x = x + mentor_w + link_w;
    const float list_w = std::max(1.0f, r.right() - pad - list_x);
    const ImFont* mentor_font = fitting_font({f.name, f.name_long}, c.mentor_name, mentor_w);
    const std::string mentor = ellipsized(mentor_font, c.mentor_name, mentor_w);
    draw_text(dl, mentor_font, at(x, top + (f.name->FontSize - mentor_font->FontSize) * 0.6f), faded(color::kText, alpha),
              mentor);
    draw_text(dl, f.label, at(x, top + px(l, 62)), faded(color::kMuted, alpha),
              ellipsized(f.label, caption("MENTOR", c.mentor_org), mentor_w));
    const std::string count = std::to_string(c.mentee_count()) + (c.mentee_count() == 1 ? " MENTEE" : " MENTEES");
    draw_text(dl, f.label, at(x, r.bottom() - pad - f.label->FontSize * 1.15f), faded(color::kMuted, alpha), count);

    struct Line {
        const std::string* name;
        const std::string* reason;
    };
    std::vector<Line> lines{{&c.mentee_name, &c.reason}};
    for (const BoardSeat& seat : c.more_mentees) lines.push_back({&seat.name, &seat.reason});
    const float line_h = (r.h - 2 * pad) / static_cast<float>(lines.size());
    const ImFont* list_font = f.small;                        // largest font whose line fits the share
    for (const ImFont* candidate : {f.name, f.name_long, f.body}) {
        if (candidate->FontSize * 1.12f <= line_h) {
            list_font = candidate;
            break;
        }
    }
    // Names take what they need up to 55 % of the column; the reason gets the rest if a few words fit.
    float names_w = 0;
    for (const Line& line : lines) names_w = std::max(names_w, text_width(list_font, *line.name));
    names_w = std::min(names_w, list_w * 0.55f);
    const float reason_x = list_x + names_w + px(l, 24);
    const float reason_w = r.right() - pad - reason_x;
    const bool reasons = reason_w >= px(l, 160);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const float y = top + line_h * static_cast<float>(i) + (line_h - list_font->FontSize) * 0.5f;
        dl.AddCircleFilled(at(list_x - px(l, 18), y + list_font->FontSize * 0.55f), px(l, 5), faded(color::kLink, alpha));
        draw_text(dl, list_font, at(list_x, y), faded(color::kText, alpha),
                  ellipsized(list_font, *lines[i].name, reasons ? names_w : list_w));
        if (!reasons || lines[i].reason->empty()) continue;
        const ImFont* reason_font = fitting_font({f.body, f.small}, *lines[i].reason, reason_w);
        draw_text(dl, reason_font, at(reason_x, y + (list_font->FontSize - reason_font->FontSize) * 0.7f),
                  faded(color::kReason, alpha), ellipsized(reason_font, *lines[i].reason, reason_w));
    }
    const float link_y = std::round(top + f.name->FontSize * 0.56f);
    const float x0 = x + text_width(mentor_font, mentor) + px(l, 20);
    const float x1 = list_x - px(l, 30);
    if (x1 > x0) dl.AddLine(at(x0, link_y), at(x1, link_y), faded(color::kLink, alpha), px(l, 3));
    dl.AddCircleFilled(at(x0, link_y), px(l, 6), faded(color::kLink, alpha));
    return {r, x0, link_y, std::max(x0, x1), link_y, -1, alpha};
}

// with_body: false when the GL pass draws the card's body (board_backdrop.hpp), true for a card on top.
GlowQuad draw_card(ImDrawList& dl, const BoardCard& c, Rect r, float alpha, bool with_body, const BoardLayout& l,
                   const BoardFonts& f) {
    const float pad = px(l, 22);
    if (with_body) {
        const float rounding = px(l, kCardRadius);
        dl.AddRectFilled(at(r.x, r.y), at(r.right(), r.bottom()), faded(color::kCard, alpha), rounding);
        dl.AddRect(at(r.x, r.y), at(r.right(), r.bottom()), faded(color::kCardBorder, alpha), rounding, 0,
                   px(l, kCardBorder));
    }

    const float top = r.y + pad;
    float x = r.x + pad;
    if (c.table > 0) {
        const float badge_w = px(l, 104);
        draw_table_badge(dl, c.table, {x, top, badge_w, px(l, 92)}, alpha, l, f);
        x += badge_w + pad;
    }
    if (!c.more_mentees.empty()) return draw_group(dl, c, r, x, alpha, l, f);
    // Two name columns with the link between them.
    const float link_w = px(l, 72);
    const float column_w = std::max(1.0f, (r.right() - pad - x - link_w) / 2);
    const ImFont* mentor_font = fitting_font({f.name, f.name_long}, c.mentor_name, column_w);
    const ImFont* mentee_font = fitting_font({f.name, f.name_long}, c.mentee_name, column_w);
    const std::string mentor = ellipsized(mentor_font, c.mentor_name, column_w);
    const std::string mentee = ellipsized(mentee_font, c.mentee_name, column_w);
    const float mentee_x = x + column_w + link_w;
    const float name_y = top + (f.name->FontSize - mentor_font->FontSize) * 0.6f;
    draw_text(dl, mentor_font, at(x, name_y), faded(color::kText, alpha), mentor);
    draw_text(dl, mentee_font, at(mentee_x, top + (f.name->FontSize - mentee_font->FontSize) * 0.6f),
              faded(color::kText, alpha), mentee);
    const float caption_y = top + px(l, 62);
    draw_text(dl, f.label, at(x, caption_y), faded(color::kMuted, alpha),
              ellipsized(f.label, caption("MENTOR", c.mentor_org), column_w));
    draw_text(dl, f.label, at(mentee_x, caption_y), faded(color::kMuted, alpha),
              ellipsized(f.label, caption("MENTEE", c.mentee_org), column_w));

    // The link runs from the end of the mentor's name to the mentee's: short names, long line.
    const float link_y = std::round(top + f.name->FontSize * 0.56f);
    const float x0 = x + text_width(mentor_font, mentor) + px(l, 20);
    const float x1 = mentee_x - px(l, 20);
    dl.AddLine(at(x0, link_y), at(x1, link_y), faded(color::kLink, alpha), px(l, 3));
    dl.AddCircleFilled(at(x0, link_y), px(l, 6), faded(color::kLink, alpha));
    dl.AddCircleFilled(at(x1, link_y), px(l, 6), faded(color::kLink, alpha));

    // The strongest reason across the card's full width, under everything.
    const float reason_w = r.w - 2 * pad;
    const ImFont* reason_font = fitting_font({f.body, f.small}, c.reason, reason_w);
    draw_text(dl, reason_font, at(r.x + pad, r.bottom() - pad - reason_font->FontSize * 1.15f),
              faded(color::kReason, alpha), ellipsized(reason_font, c.reason, reason_w));
    return {r, x0, link_y, x1, link_y, -1, alpha};
}

// --- [SECTION] Footer -------------------------------------------------------------------------------------

// Page label and dots (and a status line) right-aligned; returns their left edge.
float draw_pages(ImDrawList& dl, const BoardLayout& l, const BoardFonts& f, const FrameInfo& info) {
    float left = l.footer.right();
    const float label_y = l.footer.y + px(l, 30);
    if (info.pages > 1) {
        const std::string label = "PAGE " + std::to_string(info.page + 1) + " OF " + std::to_string(info.pages);
        left = std::min(left, l.footer.right() - text_width(f.label, label));
        draw_text(dl, f.label, at(l.footer.right() - text_width(f.label, label), label_y), color::kMuted, label);
        if (info.pages <= 12 && info.status.empty()) {
            const float step = px(l, 28);
            const float radius = px(l, 7);
            const float y = l.footer.y + px(l, 82);
            for (int i = 0; i < info.pages; ++i) {
                const float cx = l.footer.right() - radius - static_cast<float>(info.pages - 1 - i) * step;
                dl.AddCircleFilled(at(cx, y), radius, i == info.page ? color::kText : color::kDotOff);
            }
            left = std::min(left, l.footer.right() - static_cast<float>(info.pages) * step);
        }
    }
    if (!info.status.empty()) {
        const std::string status = ellipsized(f.label, info.status, l.footer.w / 2);
        const float w = text_width(f.label, status);
        draw_text(dl, f.label, at(l.footer.right() - w, l.footer.y + px(l, 68)), color::kWarning, status);
        left = std::min(left, l.footer.right() - w);
    }
    return left;
}

void draw_waiting(ImDrawList& dl, const BoardView& view, const BoardLayout& l, const BoardFonts& f, float right) {
    if (view.checked_in == 0) return;
    const float x = l.footer.x;
    const float room = std::max(0.0f, right - px(l, 40) - x);
    if (view.waiting == 0) {
        draw_text(dl, f.body, at(x, l.footer.y + px(l, 44)), color::kMuted, "Everyone checked in has a match");
        return;
    }
    // At group tables the people left over are promised the first seats of the next round (GroupRoom).
    draw_text(dl, f.label, at(x, l.footer.y + px(l, 26)), color::kMuted,
              view.groups ? "NO SEAT THIS TIME  \u00B7  " + std::to_string(view.waiting) + "  \u00B7  SEATED FIRST NEXT ROUND"
                          : "WAITING FOR A MATCH  \u00B7  " + std::to_string(view.waiting));
    // As many names as fit on one line, then "+ N more": only the shown names are measured.
    const std::string separator = "   \u00B7   ";
    std::string line;
    std::size_t shown = 0;
    float width = 0;
    for (const std::string& name : view.waiting_names) {
        const std::size_t left_after = view.waiting_names.size() - shown - 1;
        const std::string piece = (shown ? separator : std::string()) + name;
        const std::string more = separator + "+ " + std::to_string(left_after) + " more";
        const float more_w = left_after ? text_width(f.body, more) : 0;
        const float w = text_width(f.body, piece);
        if (width + w + more_w > room) break;
        line += piece;
        width += w;
        ++shown;
    }
    const float y = l.footer.y + px(l, 60);
    draw_text(dl, f.body, at(x, y), color::kText, line);
    if (shown < view.waiting_names.size()) {
        const std::string more =
            (shown ? separator : std::string()) + "+ " + std::to_string(view.waiting_names.size() - shown) + " more";
        draw_text(dl, f.body, at(x + width, y), color::kMuted, more);
    }
}

// --- [SECTION] Board --------------------------------------------------------------------------------------

void draw_empty_hint(ImDrawList& dl, const BoardView& view, const BoardLayout& l, const BoardFonts& f) {
    const std::string title = "Pairs appear here as people check in";
    const std::string sub = view.checked_in == 0 ? "Check in at the kiosk to meet your match"
                                                 : std::to_string(view.checked_in) + " checked in so far";
    const float cy = l.cards.y + l.cards.h * 0.42f;
    draw_text(dl, f.title, at(l.cards.x + (l.cards.w - text_width(f.title, title)) / 2, cy - f.title->FontSize),
              color::kText, title);
    draw_text(dl, f.body, at(l.cards.x + (l.cards.w - text_width(f.body, sub)) / 2, cy + px(l, 24)), color::kMuted,
              sub);
}

} // namespace

std::string clock_text(int seconds) {
    const int s = std::max(0, seconds);
    const std::string sec = std::to_string(s % 60);
    return std::to_string(s / 60) + ":" + (sec.size() < 2 ? "0" + sec : sec);
}

DrawnBoard draw_board(ImDrawList& dl, const BoardView& view, const BoardLayout& l,
                      const std::vector<CardSprite>& sprites, const BoardFonts& f, const FrameInfo& info) {
    DrawnBoard out;
    draw_header(dl, view, l, f, info.now_ms);
    if (view.cards.empty() && sprites.empty()) draw_empty_hint(dl, view, l, f);
    // Pages slide a little during a flip: keep them off the header and footer.
    out.clip = {0, l.cards.y - l.gap / 2, l.width, l.footer.y - (l.cards.y - l.gap / 2)};
    dl.PushClipRect(at(out.clip.x, out.clip.y), at(out.clip.right(), out.clip.bottom()), true);
    for (const CardSprite& s : sprites) {
        if (s.alpha <= 0.004f) continue;
        if (!s.on_top) out.bodies.push_back({s.rect, s.alpha});
        GlowQuad g = draw_card(dl, *s.card, s.rect, s.alpha, s.on_top, l, f);
        if (s.glow < 0) continue;
        g.progress = s.glow;
        out.glows.push_back(g);
    }
    dl.PopClipRect();

    const float pages_left = draw_pages(dl, l, f, info);
    draw_waiting(dl, view, l, f, pages_left);
    return out;
}

} // namespace mb::board
