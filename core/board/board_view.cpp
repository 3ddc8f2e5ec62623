// core/board/board_view.cpp — see board_view.hpp.
#include "core/board/board_view.hpp"

#include <algorithm>
#include <limits>
#include <set>
#include <unordered_map>

#include "core/text/fold.hpp"
#include "core/text/person_name.hpp"
#include "core/util/strings.hpp"

namespace mb {

namespace {

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

} // namespace

int RoundClock::remaining_s(std::int64_t now_ms) const {
    if (duration_s == 0) return -1;
    const std::int64_t end_ms = started_ms + static_cast<std::int64_t>(duration_s) * 1000;
    return static_cast<int>(std::max<std::int64_t>(0, (end_ms - now_ms + 999) / 1000));
}

std::string short_display_name(const Attendee& a) {
    return short_person_name(a.display_name, a.given_name, a.family_name);
}

BoardInputs load_board_inputs(Store& store, std::vector<Pairing> suggestions) {
    BoardInputs in;
    in.event_name = store.setting("event_name").value_or("Mentoring Mixer");
    in.attendees = store.attendees();
    in.present = store.present();
    in.suggestions = std::move(suggestions);
    const auto rounds = store.rounds();
    if (!rounds.empty()) {
        in.latest_round = rounds.back();
        in.latest_round_pairings = store.round_pairings(rounds.back().id);
    }
    return in;
}

BoardView build_board_view(const BoardInputs& in, const BoardOptions& options, std::int64_t now_ms) {
    BoardView view;
    view.event_name = in.event_name;
    std::unordered_map<AttendeeId, const Attendee*> by_id;
    for (const Attendee& a : in.attendees) by_id[a.id] = &a;
    const std::set<AttendeeId> present(in.present.begin(), in.present.end());
    view.checked_in = static_cast<int>(present.size());

    auto name_of = [&](const Attendee& a) { return options.full_names ? a.display_name : short_display_name(a); };
    std::set<AttendeeId> shown;                     // people already on a card
    std::unordered_map<AttendeeId, std::size_t> card_of_mentor;             // a group's card, to add mentees to
    auto add_card = [&](const Pairing& p, int table) {
        const auto m = by_id.find(p.mentor), e = by_id.find(p.mentee);
        if (m == by_id.end() || e == by_id.end()) return;
        if (!present.count(p.mentor) || !present.count(p.mentee)) return;     // someone left
        if (shown.count(p.mentee)) return;                                    // never twice on the board
        if (const auto g = card_of_mentor.find(p.mentor); g != card_of_mentor.end()) {
            BoardCard& group = view.cards[g->second];
            if (group.table != table || group.mentee_count() >= kMaxMentorCapacity) return;
            BoardSeat seat;
            seat.id = p.mentee;
            seat.name = name_of(*e->second);
            if (e->second->share_organization) seat.org = e->second->organization;
            seat.reason = first_line(p.reasons);
            seat.score = p.score;
            group.more_mentees.push_back(std::move(seat));
            view.groups = true;
            shown.insert(p.mentee);
            return;
        }
        if (shown.count(p.mentor)) return;
        BoardCard c;
        c.mentor = p.mentor;
        c.mentee = p.mentee;
        c.mentor_name = name_of(*m->second);
        c.mentee_name = name_of(*e->second);
        if (m->second->share_organization) c.mentor_org = m->second->organization;
        if (e->second->share_organization) c.mentee_org = e->second->organization;
        c.reason = first_line(p.reasons);
        c.score = p.score;
        c.table = table;
        card_of_mentor[p.mentor] = view.cards.size();
        view.cards.push_back(std::move(c));
        shown.insert(p.mentor);
        shown.insert(p.mentee);
    };

    if (in.latest_round) {
        RoundClock clock{in.latest_round->number, in.latest_round->started_ms, in.latest_round->duration_s};
        if (clock.running(now_ms)) {
            view.round = clock;
            std::vector<Pairing> seated = in.latest_round_pairings;
            // Tables 1, 2, 3 ... first; pairs without a table (more pairs than tables) after them.
            auto order = [](const Pairing& p) { return p.table > 0 ? p.table : std::numeric_limits<int>::max(); };
            std::stable_sort(seated.begin(), seated.end(),
                             [&](const Pairing& x, const Pairing& y) { return order(x) < order(y); });
            for (const Pairing& p : seated) add_card(p, p.table);
        }
    }
    std::vector<Pairing> suggested = in.suggestions;
    std::stable_sort(suggested.begin(), suggested.end(), [](const Pairing& x, const Pairing& y) { return x.score > y.score; });
    for (const Pairing& p : suggested) add_card(p, 0);

    view.paired = static_cast<int>(shown.size());
    for (AttendeeId id : present) {
        if (shown.count(id)) continue;
        if (const auto it = by_id.find(id); it != by_id.end()) view.waiting_names.push_back(name_of(*it->second));
    }
    std::sort(view.waiting_names.begin(), view.waiting_names.end(),
              [](const std::string& a, const std::string& b) { return fold_for_search(a) < fold_for_search(b); });
    view.waiting = static_cast<int>(view.waiting_names.size());
    return view;
}

} // namespace mb
