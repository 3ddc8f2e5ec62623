// The board's layout and motion (app/board), headless: readable sizes, stable places, pages, entrances,
// departures, and that only the shown page becomes sprites.
#include <catch2/catch.hpp>

#include <cmath>
#include <set>

#include "app/board/board_layout.hpp"
#include "app/board/board_motion.hpp"

using namespace mb;
using namespace mb::board;

namespace {

BoardCard card(AttendeeId mentor, AttendeeId mentee, int table = 0) {
    BoardCard c;
    c.mentor = mentor;
    c.mentee = mentee;
    c.mentor_name = "M" + std::to_string(mentor);
    c.mentee_name = "E" + std::to_string(mentee);
    c.table = table;
    return c;
}

std::vector<BoardCard> cards(int from, int count) {
    std::vector<BoardCard> out;
    for (int i = from; i < from + count; ++i) out.push_back(card(i, 1000 + i));
    return out;
}

const BoardLayout k1080 = layout_board(1920, 1080);      // 2 x 4 cards

// Sprites of the frame at t that show something (alpha > 0).
std::vector<CardSprite> visible(BoardMotion& m, double t) {
    std::vector<CardSprite> out;
    for (const CardSprite& s : m.frame(k1080, t)) {
        if (s.alpha > 0) out.push_back(s);
    }
    return out;
}

const CardSprite* find(const std::vector<CardSprite>& sprites, AttendeeId mentor) {
    for (const CardSprite& s : sprites) {
        if (s.card->mentor == mentor) return &s;
    }
    return nullptr;
}

bool same_rect(const Rect& a, const Rect& b) {
    return std::abs(a.x - b.x) < 0.5f && std::abs(a.y - b.y) < 0.5f && std::abs(a.w - b.w) < 0.5f;
}

} // namespace

TEST_CASE("board layout: 1080p holds 2 x 4 readable cards, bigger screens scale up, narrow ones use one column") {
    CHECK(k1080.scale == Approx(1.0));
    CHECK(k1080.columns == 2);
    CHECK(k1080.rows == 4);
    CHECK(k1080.card_w >= kMinCardWidth);
    CHECK(k1080.card_h >= kMinCardHeight);
    CHECK(k1080.slot(7).bottom() <= k1080.footer.y);
    CHECK(k1080.slot(1).right() <= k1080.width - k1080.margin + 0.5f);

    const BoardLayout k4 = layout_board(3840, 2160);
    CHECK(k4.scale == Approx(2.0));
    CHECK(k4.per_page() == 8);                           // same picture, sharper

    const BoardLayout sxga = layout_board(1280, 1024);
    CHECK(sxga.columns == 1);
    CHECK(sxga.card_w >= kMinCardWidth * sxga.scale);
    CHECK(sxga.scale > 0.9f);                            // type stays big: fewer cards, not smaller ones

    const BoardLayout tiny = layout_board(640, 480);
    CHECK(tiny.scale >= 0.5f);
    CHECK(tiny.per_page() >= 1);
    CHECK(page_count(0, 8) == 1);
    CHECK(page_count(8, 8) == 1);
    CHECK(page_count(9, 8) == 2);
}

TEST_CASE("board motion: the first board shows without effects, 1,000 pairs draw one page") {
    BoardMotion m;
    m.set_cards(cards(1, 1000), k1080.per_page(), 0);
    const auto sprites = m.frame(k1080, 0.1);
    CHECK(sprites.size() == 8);
    for (const CardSprite& s : sprites) {
        CHECK(s.alpha == Approx(1.0));
        CHECK(s.glow < 0);
    }
    CHECK(m.pages() == 125);
    CHECK_FALSE(m.animating());
    CHECK(m.seconds_until_change(0.1) == Approx(MotionTiming{}.page_dwell_s - 0.1));
}

TEST_CASE("board motion: a new pair fades in and glows, then the board rests") {
    BoardMotion m;
    m.set_cards(cards(1, 3), 8, 0);
    m.frame(k1080, 0);
    CHECK(m.seconds_until_change(0) == std::numeric_limits<double>::infinity());   // one page: sleep

    m.set_cards(cards(1, 4), 8, 5.0);
    const auto first = m.frame(k1080, 5.0);
    const CardSprite* arriving = find(first, 4);
    REQUIRE(arriving);
    CHECK(arriving->glow == Approx(0.0));
    CHECK(arriving->alpha == Approx(0.0));               // fades in from nothing
    CHECK(m.animating());
    const auto at_six = visible(m, 6.0);                 // keep the sprites alive while we point into them
    const CardSprite* halfway = find(at_six, 4);
    REQUIRE(halfway);
    CHECK(halfway->glow == Approx(0.5));
    CHECK(halfway->alpha == Approx(1.0));
    CHECK(find(at_six, 1)->glow < 0);                    // the others do not glow
    const auto after = visible(m, 7.1);
    CHECK(find(after, 4)->glow < 0);
    CHECK_FALSE(m.animating());
}

TEST_CASE("board motion: places are stable, a newcomer takes the place a departed pair left, after it faded") {
    BoardMotion m;
    m.set_cards(cards(1, 4), 8, 0);
    const auto before = m.frame(k1080, 0);
    const Rect place_of_2 = find(before, 2)->rect;
    const Rect place_of_3 = find(before, 3)->rect;

    // The matcher drops pair 2, adds pair 9, and re-sorts by score (9 first, then 4 3 1).
    std::vector<BoardCard> next{card(9, 1009), card(4, 1004), card(3, 1003), card(1, 1001)};
    m.set_cards(next, 8, 10.0);
    REQUIRE(m.cards().size() == 4);
    CHECK(m.cards()[0].mentor == 1);                     // kept in place, not re-sorted
    CHECK(m.cards()[1].mentor == 9);                     // in 2's place
    CHECK(m.cards()[2].mentor == 3);
    const auto fading = m.frame(k1080, 10.1);
    CHECK(m.ghost_count() == 1);
    const CardSprite* ghost = find(fading, 2);
    REQUIRE(ghost);
    CHECK(same_rect(ghost->rect, place_of_2));
    CHECK(ghost->alpha < 1);
    CHECK(find(fading, 9)->alpha == 0);                  // waits for the place to clear
    CHECK(same_rect(find(fading, 3)->rect, place_of_3));
    m.frame(k1080, 10.0 + MotionTiming{}.fade_out_s + 0.01);   // the entrance starts
    const auto entered = visible(m, 10.0 + MotionTiming{}.fade_out_s + 0.5);
    CHECK(m.ghost_count() == 0);
    REQUIRE(find(entered, 9));
    CHECK(same_rect(find(entered, 9)->rect, place_of_2));
    CHECK(find(entered, 9)->glow >= 0);
}

TEST_CASE("board motion: seated pairs follow their tables, holes close up") {
    BoardMotion m;
    m.set_cards(cards(1, 3), 8, 0);
    m.frame(k1080, 0);
    m.set_cards({card(3, 1003, 1), card(1, 1001, 2), card(7, 1007)}, 8, 1.0);
    REQUIRE(m.cards().size() == 3);
    CHECK(m.cards()[0].mentor == 3);
    CHECK(m.cards()[1].mentor == 1);
    CHECK(m.cards()[2].mentor == 7);
    const auto moving = m.frame(k1080, 1.1);
    const CardSprite* three = find(moving, 3);
    REQUIRE(three);
    CHECK_FALSE(same_rect(three->rect, k1080.slot(0)));   // sliding from slot 2 ...
    CHECK(same_rect(find(m.frame(k1080, 2.0), 3)->rect, k1080.slot(0)));   // ... to slot 0
}

TEST_CASE("board motion: pages turn on time, new pairs on another page are shown soon") {
    const MotionTiming timing;
    BoardMotion m;
    m.set_cards(cards(1, 20), 8, 0);
    CHECK(m.pages() == 3);
    m.frame(k1080, 0);
    CHECK(m.page() == 0);
    CHECK(m.seconds_until_change(1.0) == Approx(timing.page_dwell_s - 1.0));
    m.frame(k1080, timing.page_dwell_s);
    CHECK(m.page() == 1);
    CHECK(m.animating());
    // Mid-turn, the two pages never show at once.
    const auto mid = visible(m, timing.page_dwell_s + 0.3 * timing.page_flip_s);
    std::set<int> pages;
    for (const CardSprite& s : mid) pages.insert(static_cast<int>((s.card->mentor - 1) / 8));
    CHECK(pages.size() == 1);
    m.frame(k1080, timing.page_dwell_s + timing.page_flip_s + 0.01);
    CHECK_FALSE(m.animating());
    CHECK(visible(m, timing.page_dwell_s + 1).front().card->mentor == 9);

    // A pair arrives at the end (page 3) while page 2 shows: the board turns there after a first look.
    const double t = timing.page_dwell_s + 2;
    std::vector<BoardCard> more = cards(1, 20);
    more.push_back(card(99, 1099));
    m.set_cards(more, 8, t);
    m.frame(k1080, t);
    CHECK(m.seconds_until_change(t) == Approx(timing.first_look_s - 2));
    m.frame(k1080, timing.page_dwell_s + timing.first_look_s);
    CHECK(m.page() == 2);
    m.frame(k1080, timing.page_dwell_s + timing.first_look_s + timing.page_flip_s + 0.01);   // turned: entrance
    const auto shown = visible(m, timing.page_dwell_s + timing.first_look_s + timing.page_flip_s + 0.5);
    REQUIRE(find(shown, 99));
    CHECK(find(shown, 99)->glow >= 0);                   // it glows when the room first sees it
}

TEST_CASE("board motion: a shrinking board never shows an empty page, a resize re-pages") {
    BoardMotion m;
    m.set_cards(cards(1, 20), 8, 0);
    m.frame(k1080, 0);
    m.frame(k1080, 10.0);
    m.frame(k1080, 20.0);
    REQUIRE(m.page() == 2);
    m.set_cards(cards(1, 5), 8, 21);
    CHECK(m.page() == 0);
    CHECK(m.pages() == 1);
    CHECK(visible(m, 21.1).size() == 5);

    m.set_cards(cards(1, 20), 8, 22);
    const BoardLayout narrow = layout_board(1280, 1024);
    CHECK(m.frame(narrow, 30).size() == static_cast<std::size_t>(narrow.per_page()));
    CHECK(m.pages() == page_count(20, narrow.per_page()));
}
