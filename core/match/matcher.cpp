// core/match/matcher.cpp — the Matcher's commands: people, likes/declines, history, locks, results.
#include "core/match/matcher.hpp"

#include <algorithm>
#include <stdexcept>

namespace mb {

Matcher::Matcher(const MatchSettings& settings) : settings_(settings), scorer_(settings) {}

// --- Slots ---------------------------------------------------------------------------------------------------

int Matcher::slot(AttendeeId id) const {
    const auto it = slot_of_.find(id);
    return it == slot_of_.end() ? -1 : it->second;
}

// Slots index the engine's vertices. When they run out, capacity doubles and the shadow engine grows in place.
int Matcher::acquire_slot(AttendeeId id) {
    if (free_slots_.empty()) reserve_slots(std::max<std::size_t>(16, slots_.size() * 2), true);
    const int s = free_slots_.back();
    free_slots_.pop_back();
    slots_[s] = Slot{};
    slots_[s].id = id;
    slot_of_[id] = s;
    return s;
}

// Grows every per-slot array to `total`, and the engine with them (unless the caller is about to rebuild it
// anyway). Growing keeps the shadow's solution: a check-in that runs out of slots costs no full solve.
void Matcher::reserve_slots(std::size_t total, bool grow_engine) {
    const std::size_t old = slots_.size();
    if (total <= old) return;
    slots_.resize(total);
    board_mate_.resize(total, -1);
    board_score_.resize(total, 0);
    lock_.resize(total, LockKind::None);
    waiting_pos_.resize(total, -1);
    engine_pos_.resize(total, -1);
    for (std::size_t s = total; s > old; --s) free_slots_.push_back(static_cast<int>(s - 1));
    if (grow_engine) engine_.grow(static_cast<int>(total));
}

void Matcher::release_slot(int s) {
    slot_of_.erase(slots_[s].id);
    slots_[s] = Slot{};
    free_slots_.push_back(s);
}

bool Matcher::is_present(AttendeeId id) const { return slot(id) >= 0; }

std::optional<AttendeeId> Matcher::partner_of(AttendeeId id) const {
    const int s = slot(id);
    if (s < 0 || board_mate_[s] < 0) return std::nullopt;
    return slots_[board_mate_[s]].id;
}

// --- People -------------------------------------------------------------------------------------------------

void Matcher::add_attendee(const Attendee& a) {
    if (a.id <= 0) throw std::invalid_argument("attendee must be stored (id > 0) before checking in");
    if (is_present(a.id)) {
        update_attendee(a);
        return;
    }
    people_[a.id] = a;
    const int s = acquire_slot(a.id);
    slots_[s].profile = make_profile(a, strings_);
    slots_[s].has_relations = relation_count_.count(a.id) > 0;
    waiting_pos_[s] = static_cast<int>(waiting_.size());
    waiting_.push_back(s);
    engine_activate(s);
    seat_newcomer(s);
    settle({});
}

void Matcher::add_attendees(const std::vector<Attendee>& people) {
    admit(people);
    rebuild_engine();
    board_from_shadow();
}

void Matcher::admit(const std::vector<Attendee>& people) {
    std::size_t newcomers = 0;
    for (const Attendee& a : people) {
        if (a.id <= 0) throw std::invalid_argument("attendee must be stored (id > 0) before checking in");
        newcomers += is_present(a.id) ? 0 : 1;
    }
    const std::size_t needed = present_count() + newcomers;
    if (needed > slots_.size()) reserve_slots(std::max(needed + needed / 4 + 16, slots_.size() * 2), false);
    for (const Attendee& a : people) {
        if (is_present(a.id)) continue;
        people_[a.id] = a;
        const int s = acquire_slot(a.id);
        slots_[s].profile = make_profile(a, strings_);
        slots_[s].has_relations = relation_count_.count(a.id) > 0;
        slots_[s].in_engine = true;
        engine_pos_[s] = static_cast<int>(engine_slots_.size());
        engine_slots_.push_back(s);
        waiting_pos_[s] = static_cast<int>(waiting_.size());
        waiting_.push_back(s);
    }
}

// After a rebuild: with nobody on the board the fresh shadow optimum is the board (no second, sticky solve: there
// is nothing to keep); otherwise the board is re-solved keeping as many current pairs as an optimum allows.
void Matcher::board_from_shadow() {
    const bool board_empty = std::all_of(engine_slots_.begin(), engine_slots_.end(),
                                         [this](int s) { return board_mate_[s] < 0; });
    if (!board_empty) {
        reoptimize();
        return;
    }
    std::vector<int> mate(slots_.size(), -1);
    for (int s : engine_slots_) mate[s] = engine_.mate(s);
    apply_board(mate);
}

void Matcher::update_attendee(const Attendee& a) {
    const int s = slot(a.id);
    if (s < 0) {
        add_attendee(a);
        return;
    }
    people_[a.id] = a;
    slots_[s].profile = make_profile(a, strings_);
    if (slots_[s].in_engine) {
        engine_deactivate(s);                                // its weights changed: re-enter as a newcomer
        engine_activate(s);
    }
    std::vector<int> newly;
    const int partner = board_mate_[s];
    if (partner >= 0 && lock_[s] == LockKind::None && weight(s, partner) <= 0) {
        board_unlink(s);
        newly = {s, partner};
    } else if (partner >= 0) {
        refresh_pair_score(s);
    } else {
        newly = {s};
    }
    settle(newly);
}

bool Matcher::remove_attendee(AttendeeId id) {
    const int s = slot(id);
    if (s < 0) return false;
    std::vector<int> newly;
    const int partner = board_mate_[s];
    if (partner >= 0) {
        const bool was_locked = lock_[s] != LockKind::None;
        board_unlink(s);
        if (was_locked) engine_activate(partner);
        newly.push_back(partner);
    }
    const int pos = waiting_pos_[s];
    const int last = waiting_.back();
    waiting_[pos] = last;
    waiting_pos_[last] = pos;
    waiting_.pop_back();
    waiting_pos_[s] = -1;
    engine_deactivate(s);
    release_slot(s);
    people_.erase(id);
    settle(newly);
    return true;
}

// --- Relations -----------------------------------------------------------------------------------------------

PairRelation Matcher::relation(AttendeeId mentor, AttendeeId mentee) const {
    const auto key = std::minmax(mentor, mentee);
    const auto it = relations_.find({key.first, key.second});
    if (it == relations_.end()) return {};
    const RelationRecord& r = it->second;
    const bool mentor_is_lo = mentor == key.first;
    PairRelation out;
    out.mentor_says = mentor_is_lo ? r.lo_says : r.hi_says;
    out.mentee_says = mentor_is_lo ? r.hi_says : r.lo_says;
    out.met_before = r.met_before;
    out.asked_to_meet_again = r.met_before && r.lo_says == Preference::Like && r.hi_says == Preference::Like &&
                              r.lo_at >= r.last_round_ms && r.hi_at >= r.last_round_ms;
    return out;
}

namespace {
template <class Map, class Key> auto& record_for(Map& relations, std::unordered_map<AttendeeId, int>& counts,
                                                 const Key& key) {
    const auto [it, inserted] = relations.try_emplace(key);
    if (inserted) {
        ++counts[key.first];
        ++counts[key.second];
    }
    return it->second;
}
} // namespace

void Matcher::set_preference(AttendeeId from, AttendeeId to, Preference p, std::int64_t at_ms) {
    if (from == to) return;
    const auto key = std::minmax(from, to);
    RelationRecord& r = record_for(relations_, relation_count_, std::pair{key.first, key.second});
    if (from == key.first) {
        r.lo_says = p;
        r.lo_at = at_ms;
    } else {
        r.hi_says = p;
        r.hi_at = at_ms;
    }
    relation_changed(from, to);
}

void Matcher::add_history(AttendeeId a, AttendeeId b, std::int64_t round_started_ms) {
    if (a == b) return;
    const auto key = std::minmax(a, b);
    RelationRecord& r = record_for(relations_, relation_count_, std::pair{key.first, key.second});
    r.met_before = true;
    r.last_round_ms = std::max(r.last_round_ms, round_started_ms);
    relation_changed(a, b);
}

// A relation changed: the board pair (if any) is re-scored, locked or broken; the shadow edge is updated.
void Matcher::relation_changed(AttendeeId a, AttendeeId b) {
    for (AttendeeId id : {a, b}) {
        const int s = slot(id);
        if (s >= 0) slots_[s].has_relations = true;
    }
    const int sa = slot(a);
    const int sb = slot(b);
    if (sa < 0 || sb < 0) return;
    std::vector<int> newly;
    if (board_mate_[sa] == sb) {
        refresh_pair_score(sa);
        update_mutual_lock(sa, sb);
        if (lock_[sa] == LockKind::None && weight(sa, sb) <= 0) {
            board_unlink(sa);
            newly = {sa, sb};
        }
    }
    engine_edge_changed(sa, sb);
    settle(newly);
}

// A new round: its pairs become history, organizer and mutual locks end with the round, and the board is
// re-solved exactly for the next round.
void Matcher::record_round(const std::vector<Pairing>& pairings, std::int64_t round_started_ms) {
    for (const Pairing& p : pairings) {
        if (p.mentor == p.mentee) continue;
        const auto key = std::minmax(p.mentor, p.mentee);
        RelationRecord& r = record_for(relations_, relation_count_, std::pair{key.first, key.second});
        r.met_before = true;
        r.last_round_ms = std::max(r.last_round_ms, round_started_ms);
        for (AttendeeId id : {p.mentor, p.mentee}) {
            const int s = slot(id);
            if (s >= 0) slots_[s].has_relations = true;
        }
    }
    for (const auto& [id, s] : slot_of_) {
        if (board_mate_[s] >= 0) board_unlink(s);
    }
    for (const auto& [id, s] : slot_of_) {
        if (!slots_[s].in_engine) {
            slots_[s].in_engine = true;
            engine_pos_[s] = static_cast<int>(engine_slots_.size());
            engine_slots_.push_back(s);
        }
    }
    rebuild_engine();
    board_from_shadow();                                      // the board is empty now: the shadow is the new board
}

// --- Organizer -----------------------------------------------------------------------------------------------

std::optional<std::string> Matcher::lock_pair(AttendeeId a, AttendeeId b) {
    const int sa = slot(a);
    const int sb = slot(b);
    if (sa < 0) return "attendee " + std::to_string(a) + " is not present";
    if (sb < 0) return "attendee " + std::to_string(b) + " is not present";
    if (sa == sb) return std::string("a pair needs two different people");
    for (int s : {sa, sb}) {
        if (lock_[s] != LockKind::None && board_mate_[s] != (s == sa ? sb : sa))
            return "attendee " + std::to_string(slots_[s].id) + " is already locked with someone else";
    }
    if (weight(sa, sb) <= 0) {
        const bool a_mentors = slots_[sa].profile.can_mentor && slots_[sb].profile.can_mentee &&
                               (slots_[sa].profile.years >= slots_[sb].profile.years || !slots_[sb].profile.can_mentor);
        const Attendee& m = people_.at(a_mentors ? a : b);
        const Attendee& e = people_.at(a_mentors ? b : a);
        return "these two cannot be paired: " +
               std::string(pair_block_text(explain_pair(m, e, relation(m.id, e.id), settings_).block));
    }
    if (board_mate_[sa] == sb) {
        if (lock_[sa] == LockKind::None) locked_total_ += board_score_[sa];
        lock_[sa] = lock_[sb] = LockKind::Organizer;
        engine_deactivate(sa);
        engine_deactivate(sb);
        settle({});
        return std::nullopt;
    }
    std::vector<int> newly;
    for (int s : {sa, sb}) {
        const int partner = board_mate_[s];
        if (partner < 0) continue;
        board_unlink(s);
        newly.push_back(partner);
    }
    board_link(sa, sb, LockKind::Organizer);
    engine_deactivate(sa);
    engine_deactivate(sb);
    settle(newly);
    return std::nullopt;
}

bool Matcher::unlock_pair(AttendeeId a) {
    const int s = slot(a);
    if (s < 0 || lock_[s] == LockKind::None) return false;
    const int partner = board_mate_[s];
    locked_total_ -= board_score_[s];
    lock_[s] = lock_[partner] = LockKind::None;
    engine_activate(s);
    engine_activate(partner);
    settle({});
    return true;
}

void Matcher::set_settings(const MatchSettings& settings) {
    settings_ = settings;
    scorer_ = PairScorer(settings);
    std::vector<int> newly;
    for (const auto& [id, s] : slot_of_) {
        const int partner = board_mate_[s];
        if (partner < s) continue;
        refresh_pair_score(s);
        if (lock_[s] == LockKind::None && weight(s, partner) <= 0) board_unlink(s);
    }
    rebuild_engine();
    reoptimize();
}

// --- Results -------------------------------------------------------------------------------------------------

SuggestionSet Matcher::suggestions() const {
    SuggestionSet out;
    for (const auto& [id, s] : slot_of_) {
        const int partner = board_mate_[s];
        if (partner < 0) {
            out.waiting.push_back(id);
            continue;
        }
        if (partner < s) continue;
        const bool s_mentors = weight(s, partner) > 0 ? first_is_mentor(s, partner)
                                                      : slots_[s].profile.years >= slots_[partner].profile.years;
        Suggestion sug;
        sug.mentor = slots_[s_mentors ? s : partner].id;
        sug.mentee = slots_[s_mentors ? partner : s].id;
        sug.score = board_score_[s];
        sug.lock = lock_[s];
        if (sug.lock == LockKind::Organizer) sug.reasons.emplace_back("set by the organizer");
        const ScoredPair explained =
            explain_pair(people_.at(sug.mentor), people_.at(sug.mentee), relation(sug.mentor, sug.mentee), settings_);
        for (const Reason& r : explained.reasons) sug.reasons.push_back(r.text);
        out.pairs.push_back(std::move(sug));
    }
    std::sort(out.pairs.begin(), out.pairs.end(), [](const Suggestion& a, const Suggestion& b) {
        return a.score != b.score ? a.score > b.score : a.mentor < b.mentor;
    });
    std::sort(out.waiting.begin(), out.waiting.end());
    out.total = board_total_;
    out.optimum_bound = optimum_bound();
    return out;
}

} // namespace mb
