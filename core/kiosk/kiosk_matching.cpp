// core/kiosk/kiosk_matching.cpp — the live-matching half of Kiosk: keeping LiveMatching fresh, the partner on
// the Done screen, likes and declines, and the organizer's rounds. The attendee flow is in kiosk.cpp, the
// rest of the organizer in kiosk_organizer.cpp.
//
// [SECTION] Refresh
// [SECTION] The partner on the Done screen
// [SECTION] Likes and declines
// [SECTION] Rounds (organizer)
// [SECTION] View
#include <algorithm>
#include <map>
#include <set>

#include "core/board/board_view.hpp"
#include "core/contact/contact_qr.hpp"
#include "core/kiosk/kiosk.hpp"
#include "core/kiosk/settings.hpp"
#include "core/util/ids.hpp"

namespace mb::kiosk {

namespace {

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

RoundClock clock_of(const Round& r) { return {r.number, r.started_ms, r.duration_s}; }

// "Seán O." already ends a sentence; "Cher" needs the full stop.
std::string sentence_end(const std::string& text) { return text.ends_with('.') ? text : text + "."; }

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

} // namespace

// --- [SECTION] Refresh -------------------------------------------------------------------------------------

std::int64_t Kiosk::wall_ms() const { return config_.wall_clock_ms ? config_.wall_clock_ms() : now_unix_ms(); }

void Kiosk::refresh_matching() {
    // Cheap when nothing changed: LiveMatching reads one change counter (and renews its lease every ttl/3).
    const bool was_matcher = live_->is_matcher();
    std::string problem;
    bool moved = false;
    try {
        moved = live_->refresh(wall_ms());
    } catch (const std::exception& e) {
        // A busy database: the suggestions on screen stay as they were and the next poll tries again.
        problem = std::string("Matching is paused (") + e.what() + "); it retries by itself.";
    }
    const bool role_changed = was_matcher != live_->is_matcher();
    if (role_changed && live_->is_matcher()) lease_holder_.reset();
    if (problem != matching_problem_) {
        matching_problem_ = std::move(problem);
        changed();
    }
    if (moved && screen_ == Screen::Done) update_partner();
    if (moved || role_changed) changed();
}

bool Kiosk::refresh_rounds() {
    const std::vector<Round> rounds = store_.rounds();
    if (rounds.empty()) {
        if (!latest_round_) return false;
        latest_round_.reset();
        latest_round_seats_.clear();
        return true;
    }
    if (latest_round_ && latest_round_->id == rounds.back().id) return false;
    latest_round_ = rounds.back();
    latest_round_seats_ = store_.round_pairings(latest_round_->id);
    round_running_published_ = round_running();
    return true;
}

bool Kiosk::round_running() const { return latest_round_ && clock_of(*latest_round_).running(wall_ms()); }

void Kiosk::tick_round_clock() {
    if (!latest_round_) return;
    const RoundClock clock = clock_of(*latest_round_);
    const std::int64_t now = wall_ms();
    const bool running = clock.running(now);
    if (running != round_running_published_) {
        round_running_published_ = running;
        if (screen_ == Screen::Done) update_partner();       // seats end with their round
        changed();
    }
    // The organizer's clock moves in whole seconds; other screens do not show it, so they are not redrawn.
    if (screen_ == Screen::Organizer && running && clock.remaining_s(now) != round_remaining_published_) {
        round_remaining_published_ = clock.remaining_s(now);
        changed();
    }
}

// --- [SECTION] The partner on the Done screen --------------------------------------------------------------

std::vector<Pairing> Kiosk::shown_pairs() const {
    // The board's rule (core/board/board_view.cpp), so the kiosk names the partner the wall shows: while a
    // round runs its seats come first, then the live suggestions; only people present; a mentee once, a
    // mentor once per table (a group table holds several of their pairs), nobody on both sides.
    std::vector<Pairing> out;
    std::set<AttendeeId> mentees;
    std::map<AttendeeId, int> mentor_table;
    auto add = [&](const Pairing& p, int table) {
        if (!present_.contains(p.mentor) || !present_.contains(p.mentee)) return;
        if (mentees.contains(p.mentee) || mentees.contains(p.mentor) || mentor_table.contains(p.mentee)) return;
        if (const auto it = mentor_table.find(p.mentor); it != mentor_table.end() && it->second != table) return;
        out.push_back(p);
        out.back().table = table;
        mentees.insert(p.mentee);
        mentor_table[p.mentor] = table;
    };
    if (round_running()) {
        std::vector<Pairing> seats = latest_round_seats_;
        std::stable_sort(seats.begin(), seats.end(),
                         [](const Pairing& x, const Pairing& y) { return x.table < y.table; });
        for (const Pairing& p : seats) add(p, p.table);
    }
    for (const Pairing& p : live_->suggestions()) add(p, 0);
    return out;
}

namespace {
// Whether two partner cards show the same thing (the code follows from its payload).
bool same_card(const std::optional<PartnerView>& a, const std::optional<PartnerView>& b) {
    if (!a || !b) return !a && !b;
    return a->id == b->id && a->name == b->name && a->organization == b->organization && a->side == b->side &&
           a->reason == b->reason && a->table == b->table && a->confirmed == b->confirmed &&
           a->you_liked == b->you_liked && a->qr_payload == b->qr_payload &&
           a->qr.has_value() == b->qr.has_value();
}
} // namespace

// The card of `other`, paired with done_.id in `p`; nullopt if done_.id declined them.
std::optional<PartnerView> Kiosk::partner_view(const Pairing& p, AttendeeId other) const {
    const AttendeeId me = done_.id;
    const std::optional<Attendee> partner = store_.attendee(other);
    if (!partner) return std::nullopt;
    Preference said = Preference::None;
    for (const PreferenceRow& row : store_.preferences())
        if (row.from == me && row.to == other) said = row.preference;
    // Declined is final for this person at once, even while a matcher in another process catches up.
    if (said == Preference::Decline) return std::nullopt;
    PartnerView v;
    v.id = other;
    v.name = short_display_name(*partner);
    if (partner->share_organization) v.organization = partner->organization;
    v.side = p.mentor == other ? Role::Mentor : Role::Mentee;
    v.reason = first_line(p.reasons);
    v.table = p.table;
    v.confirmed = p.locked;
    v.you_liked = said == Preference::Like;
    try {
        ContactQr qr = contact_qr(*partner);             // only what the partner consented to share
        v.qr = std::move(qr.matrix);
        v.qr_payload = std::move(qr.payload);
    } catch (const std::exception&) {
        // Their choices make no code (their own Done screen said why); the name still shows.
    }
    return v;
}

std::optional<PartnerView> Kiosk::find_partner() const {
    const AttendeeId me = done_.id;
    if (me == 0) return std::nullopt;
    for (const Pairing& p : shown_pairs()) {
        if (p.mentor != me && p.mentee != me) continue;
        return partner_view(p, p.mentor == me ? p.mentee : p.mentor);
    }
    return std::nullopt;
}

// A mentor's other mentees, or a mentee's fellow mentees at their mentor's table (group tables only).
std::vector<PartnerView> Kiosk::find_tablemates() const {
    std::vector<PartnerView> out;
    const AttendeeId me = done_.id;
    if (me == 0) return out;
    const std::vector<Pairing> shown = shown_pairs();
    AttendeeId mentor = 0, first = 0;
    for (const Pairing& p : shown) {
        if (p.mentee == me) mentor = p.mentor;
        if (p.mentor == me && first == 0) {
            mentor = me;
            first = p.mentee;
        }
    }
    if (mentor == 0) return out;
    for (const Pairing& p : shown) {
        if (p.mentor != mentor || p.mentee == me || p.mentee == first) continue;
        if (auto v = partner_view(p, p.mentee)) out.push_back(std::move(*v));
    }
    return out;
}

bool Kiosk::update_partner() {
    std::optional<PartnerView> next;
    try {
        next = find_partner();
    } catch (const std::exception&) {
        // A busy store: "waiting" until the next refresh.
    }
    std::vector<PartnerView> mates;
    try {
        mates = find_tablemates();
    } catch (const std::exception&) {
    }
    done_.group_tables = mentor_capacity_ > 1;
    bool same = same_card(next, done_.partner) && mates.size() == done_.tablemates.size();
    for (std::size_t i = 0; same && i < mates.size(); ++i) same = same_card(mates[i], done_.tablemates[i]);
    if (same) return false;
    done_.partner = std::move(next);
    done_.tablemates = std::move(mates);
    return true;
}

// --- [SECTION] Likes and declines --------------------------------------------------------------------------

// Stores what the person on the Done screen said about the partner shown there, then lets the matcher react
// (a mutual yes locks the pair, a decline pairs them again). Returns the partner's name, or nullopt when
// nothing was stored — the note then says why.
// At a group table the mentor answers for each of their mentees, one pair at a time; a mentee answers only
// for their mentor (the other mentees at the table are company, not a suggestion).
const PartnerView* Kiosk::answerable(AttendeeId partner) const {
    if (!done_.partner) return nullptr;
    if (done_.partner->id == partner) return &*done_.partner;
    if (done_.partner->side != Role::Mentee) return nullptr;
    for (const PartnerView& m : done_.tablemates)
        if (m.id == partner) return &m;
    return nullptr;
}

std::optional<std::string> Kiosk::record_preference(AttendeeId partner, Preference preference) {
    if (screen_ != Screen::Done || done_.id == 0) return std::nullopt;
    const PartnerView* shown = answerable(partner);
    if (!shown) {
        done_.match_note = "Your suggestion changed a moment ago: have a look at it now.";
        return std::nullopt;
    }
    std::string name = shown->name;
    try {
        store_.set_preference(done_.id, partner, preference);
    } catch (const std::exception& e) {
        done_.match_note = std::string("Sorry, that was not saved (") + e.what() + "). Please try again.";
        return std::nullopt;
    }
    refresh_matching();
    update_partner();
    return name;
}

void Kiosk::on(const LikePartner& c, SteadyTime) {
    const std::optional<std::string> name = record_preference(c.partner, Preference::Like);
    if (!name) return;
    const PartnerView* now_shown = answerable(c.partner);
    const bool confirmed = now_shown && now_shown->confirmed;
    done_.match_note = confirmed ? "You both said yes: you and " + *name + " are a confirmed pair."
                                 : "Noted: you'd like to meet " + sentence_end(*name) +
                                       " If they say yes too, your pair is confirmed.";
}

void Kiosk::on(const DeclinePartner& c, SteadyTime) {
    const std::optional<std::string> name = record_preference(c.partner, Preference::Decline);
    if (!name) return;
    done_.match_note = "Okay: we won't suggest " + *name + " to you again." +
                       (done_.partner ? " Here is someone else." : "");
}

// --- [SECTION] Rounds (organizer) --------------------------------------------------------------------------

void Kiosk::on(const SetTables& c, SteadyTime) {
    if (!organizer_unlocked_) return;
    const int tables = std::clamp(c.tables, 0, kMaxTables);
    store_.set_setting(kTablesKey, std::to_string(tables));
    refresh_from_store();
    const auto n = static_cast<std::size_t>(tables);
    organizer_message(tables == 0 ? std::string("Rounds now use one table per pair.")
                                  : "Rounds now use " + plural(n, "table.", "tables."),
                      false);
}

void Kiosk::on(const SetMentorCapacity& c, SteadyTime) {
    if (!organizer_unlocked_) return;
    const int mentees = std::clamp(c.mentees, 1, kMaxMentorCapacity);
    store_.set_setting(kMentorCapacityKey, std::to_string(mentees));
    refresh_from_store();
    organizer_message(mentees == 1 ? std::string("Mentors now meet one mentee at a time.")
                                   : "Mentors now take up to " + std::to_string(mentees) +
                                         " mentees at one table (unless their profile says otherwise).",
                      false);
}

void Kiosk::on(const SetRoundMinutes& c, SteadyTime) {
    if (!organizer_unlocked_) return;
    const int minutes = std::clamp(c.minutes, kMinRoundMinutes, kMaxRoundMinutes);
    store_.set_setting(kRoundMinutesKey, std::to_string(minutes));
    refresh_from_store();
    const auto n = static_cast<std::size_t>(minutes);
    organizer_message("Rounds now last " + plural(n, "minute.", "minutes."), false);
}

// Organizer commands that change the pairs run where the matcher lease is held (one writer of the board).
bool Kiosk::matcher_is_here(std::string_view action) {
    refresh_matching();
    if (live_->is_matcher()) return true;
    organizer_message(lease_holder_ ? std::string(action) + " on the screen that runs the matcher: " + *lease_holder_ +
                                          "."
                                    : "No screen runs the matcher right now. Try again in a few seconds.",
                      true);
    return false;
}

void Kiosk::on(const StartRound&, SteadyTime) {
    if (!organizer_unlocked_ || !matcher_is_here("Rounds are started")) return;
    if (live_->suggestions().empty())
        return organizer_message("Nobody is paired yet, so there is no round to start.", true);
    try {
        const Round round = live_->start_round(round_tables_, round_minutes_ * 60, wall_ms());
        refresh_from_store();
        const auto seated = std::count_if(latest_round_seats_.begin(), latest_round_seats_.end(),
                                          [](const Pairing& p) { return p.table > 0; });
        const std::size_t pairs = latest_round_seats_.size();
        std::string text = "Round " + std::to_string(round.number) + " started: " +
                           plural(pairs, "pair", "pairs") + ", " +
                           plural(static_cast<std::size_t>(round_minutes_), "minute", "minutes") + ".";
        if (static_cast<std::size_t>(seated) < pairs)
            text += " " + plural(pairs - static_cast<std::size_t>(seated), "pair has", "pairs have") +
                    " no table: more pairs than tables.";
        organizer_message(text, false);
    } catch (const std::exception& e) {
        organizer_message(std::string("The round did not start (") + e.what() + "). Nothing was changed.", true);
    }
}

void Kiosk::on(const ReoptimizePairs&, SteadyTime) {
    if (!organizer_unlocked_ || !matcher_is_here("Pairs are re-optimized")) return;
    auto key_set = [](const std::vector<Pairing>& ps) {
        std::set<std::pair<AttendeeId, AttendeeId>> out;
        for (const Pairing& p : ps) out.insert({p.mentor, p.mentee});
        return out;
    };
    const auto before = key_set(live_->suggestions());
    try {
        live_->reoptimize(wall_ms());
    } catch (const std::exception& e) {
        return organizer_message(std::string("Re-optimizing failed (") + e.what() + "). The pairs are unchanged.",
                                 true);
    }
    refresh_from_store();
    const auto after = key_set(live_->suggestions());
    std::size_t kept = 0;
    for (const auto& p : after) kept += before.count(p);
    organizer_message(kept == after.size() && before.size() == after.size()
                          ? "The pairs were already the best possible: nothing changed."
                          : "Pairs re-optimized: " + std::to_string(after.size() - kept) + " of " +
                                plural(after.size(), "pair", "pairs") + " changed.",
                      false);
}

// --- [SECTION] View ----------------------------------------------------------------------------------------

void Kiosk::build_matching_view(MatchingView& m) const {
    m.checked_in = static_cast<int>(present_.size());
    m.paired = static_cast<int>(2 * shown_pairs().size());
    m.waiting = m.checked_in - m.paired;
    m.is_matcher = live_->is_matcher();
    if (!matching_problem_.empty()) {
        m.status = matching_problem_;
        m.status_is_problem = true;
    } else if (m.is_matcher) {
        m.status = "This kiosk runs the matcher: check-ins here update the pairs at once.";
    } else if (lease_holder_) {
        m.status = "The matcher runs on " + *lease_holder_ + ". Start rounds and re-optimize there.";
    } else if (!config_.matching.may_match) {
        m.status = "This kiosk only shows pairs, and no screen runs the matcher right now.";
    } else {
        m.status = "No screen runs the matcher right now; this kiosk takes over within a few seconds.";
    }
    m.tables = round_tables_;
    m.mentor_capacity = mentor_capacity_;
    m.round_minutes = round_minutes_;
    if (latest_round_) {
        const RoundClock clock = clock_of(*latest_round_);
        const std::int64_t now = wall_ms();
        if (clock.running(now)) {
            m.round_number = clock.number;
            m.round_remaining_s = clock.remaining_s(now);
        }
    }
}

// Locks keep a pair as it is (the organizer knows these two should meet); the matcher works around it. At a
// group table a mentor's lock keeps every pair of their group, a mentee's lock just their own.
void Kiosk::on(const LockPair& c, SteadyTime) {
    if (!organizer_unlocked_ || !matcher_is_here("Pairs are locked")) return;
    const std::vector<AttendeeId> group = live_->matcher()->group_of(c.attendee);
    if (group.empty()) return organizer_message("They have no partner on the board to lock with.", true);
    std::optional<std::string> error;
    try {
        for (AttendeeId partner : group) {
            error = live_->lock_pair(c.attendee, partner, wall_ms());
            if (error) break;
        }
    } catch (const std::exception& e) {
        error = e.what();
    }
    refresh_from_store();
    if (error) return organizer_message("The pair was not locked: " + *error + ".", true);
    organizer_message(group.size() > 1 ? "Locked: this group stays together until you unlock it."
                                       : "Locked: they stay paired until you unlock them.",
                      false);
}

void Kiosk::on(const UnlockPair& c, SteadyTime) {
    if (!organizer_unlocked_ || !matcher_is_here("Pairs are unlocked")) return;
    bool unlocked = false;
    try {
        unlocked = live_->unlock_pair(c.attendee, wall_ms());
    } catch (const std::exception& e) {
        return organizer_message(std::string("The pair was not unlocked (") + e.what() + ").", true);
    }
    refresh_from_store();
    organizer_message(unlocked ? "Unlocked: the matcher may pair them differently now."
                               : "That pair was not locked.",
                      !unlocked);
}

} // namespace mb::kiosk
