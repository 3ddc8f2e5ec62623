// app/board/board_motion.cpp — see board_motion.hpp.
#include "app/board/board_motion.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>
#include <utility>

namespace mb::board {

namespace {

// Smooth start and stop: 0 -> 0, 1 -> 1, flat at both ends.
float ease(double t) {
    const double c = std::clamp(t, 0.0, 1.0);
    return static_cast<float>(c * c * (3.0 - 2.0 * c));
}

Rect lerp(const Rect& a, const Rect& b, float t) {
    return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.w + (b.w - a.w) * t, a.h + (b.h - a.h) * t};
}

} // namespace

std::vector<BoardCard> BoardMotion::place_cards(const std::vector<BoardCard>& view_cards) const {
    if (first_view_) return view_cards;
    std::vector<BoardCard> placed;
    for (const BoardCard& c : view_cards) {
        if (c.table > 0) placed.push_back(c);             // seated: by table, as the view says
    }
    std::map<std::pair<AttendeeId, AttendeeId>, const BoardCard*> suggested;
    for (const BoardCard& c : view_cards) {
        if (c.table == 0) suggested[{c.mentor, c.mentee}] = &c;
    }
    // Suggestions that stay keep their places; those that left leave holes for newcomers.
    std::vector<const BoardCard*> places;
    for (const BoardCard& old : cards_) {
        const auto it = suggested.find({old.mentor, old.mentee});
        if (it != suggested.end() && it->second) {
            places.push_back(it->second);
            it->second = nullptr;                           // placed
        } else if (old.table == 0) {
            places.push_back(nullptr);
        }
    }
    std::size_t hole = 0;
    for (const BoardCard& c : view_cards) {
        if (c.table > 0 || !suggested.at({c.mentor, c.mentee})) continue;
        while (hole < places.size() && places[hole]) ++hole;
        if (hole < places.size()) places[hole] = &c;
        else places.push_back(&c);
    }
    for (const BoardCard* c : places) {
        if (c) placed.push_back(*c);                       // holes nobody took close up
    }
    return placed;
}

void BoardMotion::set_cards(const std::vector<BoardCard>& view_cards, int per_page, double now_s) {
    per_page_ = std::max(1, per_page);
    std::vector<BoardCard> cards = place_cards(view_cards);
    const auto page_of = [&](std::size_t i) { return static_cast<int>(i / static_cast<std::size_t>(per_page_)); };
    const auto slot_of = [&](std::size_t i) { return static_cast<int>(i % static_cast<std::size_t>(per_page_)); };
    std::map<std::pair<AttendeeId, AttendeeId>, std::size_t> old_index;
    for (std::size_t j = 0; j < cards_.size(); ++j) old_index[{cards_[j].mentor, cards_[j].mentee}] = j;
    std::map<std::pair<AttendeeId, AttendeeId>, std::size_t> new_index;
    for (std::size_t i = 0; i < cards.size(); ++i) new_index[{cards[i].mentor, cards[i].mentee}] = i;

    // Cards that left fade out where they were, if the room could see them; newcomers wait for that.
    bool departures_shown = false;
    for (std::size_t j = 0; j < cards_.size(); ++j) {
        if (new_index.count({cards_[j].mentor, cards_[j].mentee}) || flip_from_ >= 0 || page_of(j) != page_) continue;
        ghosts_.push_back({cards_[j], slot_of(j), now_s});
        departures_shown = true;
    }
    std::vector<CardState> states(cards.size());
    int first_new = -1;
    bool new_on_page = false;
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const auto it = old_index.find({cards[i].mentor, cards[i].mentee});
        if (it != old_index.end()) {
            const std::size_t j = it->second;
            states[i] = states_[j];
            if (j != i && flip_from_ < 0 && page_of(j) == page_ && page_of(i) == page_) {
                states[i].from_slot = slot_of(j);          // slides to its new place on the same page
                states[i].moved_s = now_s;
            }
            continue;
        }
        states[i].arrived_s = now_s;
        states[i].enter_after_s = now_s + (departures_shown ? timing_.fade_out_s : 0.0);
        states[i].glow = first_view_ ? Glow::None : Glow::Pending;
        if (first_view_) continue;
        if (first_new < 0) first_new = static_cast<int>(i);
        new_on_page = new_on_page || page_of(i) == page_;
    }
    cards_ = std::move(cards);
    states_ = std::move(states);
    pages_ = page_count(cards_.size(), per_page_);
    if (page_ >= pages_) {
        page_ = pages_ - 1;                               // the board shrank under us: no flip, just show it
        page_since_s_ = now_s;
        flip_from_ = -1;
        ghosts_.clear();
    }
    if (first_new >= 0 && !new_on_page) jump_to_ = page_of(static_cast<std::size_t>(first_new));
    first_view_ = false;
}

void BoardMotion::repage(int per_page) {
    per_page_ = std::max(1, per_page);
    pages_ = page_count(cards_.size(), per_page_);
    page_ = std::min(page_, pages_ - 1);
    flip_from_ = -1;
    jump_to_ = -1;
    ghosts_.clear();
    for (CardState& s : states_) s.from_slot = -1;
}

void BoardMotion::turn_to(int page, double now_s) {
    flip_from_ = page_;
    page_ = page;
    page_since_s_ = now_s;
    jump_to_ = -1;
    ghosts_.clear();                                     // they belonged to the page going out
    for (CardState& s : states_) s.from_slot = -1;
}

void BoardMotion::advance_pages(double now_s) {
    if (flip_from_ >= 0) {
        if (now_s - page_since_s_ < timing_.page_flip_s) return;
        flip_from_ = -1;
    }
    if (pages_ <= 1) {
        jump_to_ = -1;
        return;
    }
    const double shown = now_s - page_since_s_;
    if (jump_to_ >= 0 && jump_to_ < pages_ && jump_to_ != page_) {
        if (shown >= timing_.first_look_s) turn_to(jump_to_, now_s);
        return;
    }
    jump_to_ = -1;
    if (shown >= timing_.page_dwell_s) turn_to((page_ + 1) % pages_, now_s);
}

void BoardMotion::add_page_sprites(std::vector<CardSprite>& out, const BoardLayout& layout, int page, float alpha,
                                   float dy, double now_s, bool live) {
    const std::size_t per = static_cast<std::size_t>(per_page_);
    const std::size_t begin = static_cast<std::size_t>(page) * per;
    const std::size_t end = std::min(cards_.size(), begin + per);
    std::vector<CardSprite> moving;                      // drawn last: they pass over the others
    for (std::size_t i = begin; i < end; ++i) {
        CardState& s = states_[i];
        CardSprite sprite{&cards_[i], layout.slot(static_cast<int>(i - begin)), alpha, -1};
        sprite.rect.y += dy;
        bool slides = false;
        if (live && s.from_slot >= 0) {
            const double t = (now_s - s.moved_s) / timing_.slide_s;
            if (t >= 1) {
                s.from_slot = -1;
            } else {
                sprite.rect = lerp(layout.slot(s.from_slot), sprite.rect, ease(t));
                slides = true;
                animating_ = true;
            }
        }
        // A new card's entrance starts when the room can see it: its page shown, no flip running, and the
        // card that left its place gone.
        if (live && s.glow == Glow::Pending && flip_from_ < 0 && now_s >= s.enter_after_s) {
            s.glow = now_s - s.arrived_s <= timing_.glow_window_s ? Glow::Running : Glow::None;
            s.glow_start_s = now_s;
        }
        if (s.glow == Glow::Pending) {
            sprite.alpha = 0;                             // not shown until its entrance
            animating_ = true;
        } else if (s.glow == Glow::Running) {
            const double t = now_s - s.glow_start_s;
            if (t >= timing_.glow_s) {
                s.glow = Glow::None;
            } else {
                sprite.alpha *= ease(t / timing_.fade_in_s);
                sprite.glow = static_cast<float>(t / timing_.glow_s);
                animating_ = true;
            }
        }
        sprite.on_top = slides;
        (slides ? moving : out).push_back(sprite);
    }
    out.insert(out.end(), moving.begin(), moving.end());
}

std::vector<CardSprite> BoardMotion::frame(const BoardLayout& layout, double now_s) {
    if (layout.per_page() != per_page_) repage(layout.per_page());
    advance_pages(now_s);
    animating_ = false;
    std::vector<CardSprite> out;
    const float lift = 0.25f * layout.card_h;            // how far pages move during a flip, px
    float incoming = 1;
    if (flip_from_ >= 0) {
        // The old page lifts out in the first 45 %, the new one rises in after: text never overlaps.
        const double p = (now_s - page_since_s_) / timing_.page_flip_s;
        const float outgoing = ease(p / 0.45);
        incoming = ease((p - 0.45) / 0.55);
        if (outgoing < 1) add_page_sprites(out, layout, flip_from_, 1 - outgoing, -lift * outgoing, now_s, false);
        animating_ = true;
    }
    std::erase_if(ghosts_, [&](const Ghost& g) { return now_s - g.removed_s >= timing_.fade_out_s; });
    for (const Ghost& g : ghosts_) {
        out.push_back({&g.card, layout.slot(g.slot), 1 - ease((now_s - g.removed_s) / timing_.fade_out_s), -1});
        animating_ = true;
    }
    add_page_sprites(out, layout, page_, incoming, lift * (1 - incoming), now_s, true);
    return out;
}

double BoardMotion::seconds_until_change(double now_s) const {
    if (animating_) return 0;
    if (pages_ <= 1) return std::numeric_limits<double>::infinity();
    const bool jump = jump_to_ >= 0 && jump_to_ != page_;
    const double due = page_since_s_ + (jump ? timing_.first_look_s : timing_.page_dwell_s);
    return std::max(0.0, due - now_s);
}

} // namespace mb::board
