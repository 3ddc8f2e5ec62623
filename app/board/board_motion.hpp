// app/board/board_motion.hpp — the board's visual state over time: where each card sits, which page shows,
// which cards just arrived (they fade in and glow), which just left (they fade out where they were).
//
// Places are stable. The room follows the board by where things are, so a pair that stays keeps its place
// when others come and go: a new pair takes the place a departed one left (after that one has faded out),
// otherwise it goes at the end. Only seated pairs (a round is running) follow the view's order, by table.
// The view's own order (suggestions by score) matters only for the first picture.
//
// Why pages and not a scrolling list: a still page is easy to read from the back of a room and lets the
// board sleep between page turns (a scroll would redraw 60 times a second forever). A page stays
// `page_dwell_s`; when new pairs arrive on another page, the board turns there after `first_look_s`, so the
// room sees every new pair appear. Only the shown page's cards become sprites: 1,000 pairs cost what 8 do.
//
// Pure: no ImGui, no GL; time comes in as seconds on a steady clock, so tests drive it frame by frame.
// Visual state only — what the board shows is decided in core/board (BoardView).
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

#include "app/board/board_layout.hpp"
#include "core/board/board_view.hpp"

namespace mb::board {

struct MotionTiming {
    double page_dwell_s = 10.0;           // a page stays this long before the next one
    double first_look_s = 4.0;            // ... but at least this long before jumping to a page with new pairs
    double page_flip_s = 0.8;             // old page lifts out, then the new one rises in (no overlap)
    double fade_in_s = 0.4;               // a new card appears
    double glow_s = 2.0;                  // the arrival effect (shaders/board_glow.frag)
    double glow_window_s = 120.0;         // a new card first shown later than this after arriving does not glow
    double fade_out_s = 0.35;             // a removed card fades out where it was; newcomers wait for it
    double slide_s = 0.5;                 // a card moving to another place on the same page
};

struct CardSprite {
    const BoardCard* card = nullptr;      // a current card or a fading ghost; valid until the next set_cards()
    Rect rect;                            // where to draw it, px
    float alpha = 1;                      // 0..1
    float glow = -1;                      // 0..1 through the arrival effect; < 0 = none
    bool on_top = false;                  // sliding over other cards: drawn after them, body and all
};

class BoardMotion {
public:
    explicit BoardMotion(MotionTiming timing = {}) : timing_(timing) {}

    // The view's cards changed. The first call is the board as found at start: nothing glows then.
    void set_cards(const std::vector<BoardCard>& cards, int per_page, double now_s);

    // The frame at now_s for `layout`: turns pages when due and returns what to draw, back to front.
    std::vector<CardSprite> frame(const BoardLayout& layout, double now_s);

    // After frame(): whether something was mid-transition (draw again at the animation rate) ...
    bool animating() const { return animating_; }
    // ... and if not, how long until the next scheduled change (a page turn); +inf = none.
    double seconds_until_change(double now_s) const;

    const std::vector<BoardCard>& cards() const { return cards_; }   // in place order (page by page)
    int page() const { return page_; }    // 0-based page shown (the incoming one during a flip)
    int pages() const { return pages_; }  // >= 1
    std::size_t ghost_count() const { return ghosts_.size(); }

private:
    enum class Glow { None, Pending, Running };
    struct CardState {
        double arrived_s = 0;             // when the card appeared in the view
        double enter_after_s = 0;         // its entrance waits until then (a departing card is fading there)
        Glow glow = Glow::None;           // Pending: arrived, not shown yet; Running: since glow_start_s
        double glow_start_s = 0;          // when its entrance started
        int from_slot = -1;               // page slot it slides from; -1 = not moving
        double moved_s = 0;               // when the slide started
    };
    struct Ghost {
        BoardCard card;                   // a copy: the view no longer has it
        int slot = 0;                     // page slot it fades out in
        double removed_s = 0;
    };

    std::vector<BoardCard> place_cards(const std::vector<BoardCard>& view_cards) const;
    void repage(int per_page);            // per_page changed (window resized)
    void advance_pages(double now_s);
    void turn_to(int page, double now_s);
    void add_page_sprites(std::vector<CardSprite>& out, const BoardLayout& layout, int page, float alpha, float dy,
                          double now_s, bool live);

    MotionTiming timing_;
    std::vector<BoardCard> cards_;        // the view's cards in place order
    std::vector<CardState> states_;       // parallel to cards_
    std::vector<Ghost> ghosts_;
    int per_page_ = 1;
    int page_ = 0;
    int pages_ = 1;
    double page_since_s_ = 0;             // when page_ became current (start of the flip to it)
    int flip_from_ = -1;                  // page going out during a flip; -1 = no flip
    int jump_to_ = -1;                    // page with new cards to show next; -1 = none
    bool first_view_ = true;
    bool animating_ = false;
};

} // namespace mb::board
