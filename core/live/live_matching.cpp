// core/live/live_matching.cpp — see live_matching.hpp.
#include "core/live/live_matching.hpp"

#include <algorithm>
#include <charconv>

#include <unistd.h>

#include <set>

#include "core/match/rounds.hpp"
#include "core/util/ids.hpp"

namespace mb {

std::vector<Pairing> to_pairings(const SuggestionSet& set) {
    std::vector<Pairing> out;
    out.reserve(set.pairs.size());
    for (const Suggestion& s : set.pairs) {
        std::string reasons;
        for (const std::string& r : s.reasons) {
            if (!reasons.empty()) reasons += '\n';
            reasons += r;
        }
        out.push_back({s.mentor, s.mentee, 0, s.score, std::move(reasons), s.lock != LockKind::None});
    }
    return out;
}

namespace {
bool same_board(const std::vector<Pairing>& a, const std::vector<Pairing>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].mentor != b[i].mentor || a[i].mentee != b[i].mentee || a[i].score != b[i].score ||
            a[i].reasons != b[i].reasons || a[i].locked != b[i].locked)
            return false;
    }
    return true;
}
} // namespace

LiveMatching::LiveMatching(Store& store, LiveOptions options) : store_(store), options_(std::move(options)) {
    if (options_.holder.empty()) options_.holder = "pid " + std::to_string(::getpid()) + " " + make_uuid().substr(0, 8);
}

LiveMatching::~LiveMatching() {
    if (!matcher_) return;
    try {
        store_.release_matcher_lease(options_.holder);
    } catch (const StoreError&) {
        // The lease then simply expires; nothing is lost.
    }
}

bool LiveMatching::refresh(std::int64_t now_ms) {
    // The lease: renew it while we hold it, try to take it while nobody does.
    bool role_changed = false;
    if (options_.may_match && (first_refresh_ || now_ms - lease_checked_ms_ >= options_.lease_ttl_ms / 3)) {
        lease_checked_ms_ = now_ms;
        // A reader only tries to take the lease when nobody holds it: the attempt is a write, and every
        // write wakes every other screen sharing the database.
        const auto holder = matcher_ ? std::optional<std::string>() : store_.matcher_lease_holder();
        const bool held = (holder && *holder != options_.holder)
                              ? false
                              : store_.acquire_matcher_lease(options_.holder, options_.lease_ttl_ms);
        if (held && !matcher_) {
            become_matcher();
            role_changed = true;
        } else if (!held && matcher_) {
            matcher_.reset();                 // someone else took over (we stalled past the ttl)
            role_changed = true;
        }
    }
    const std::uint64_t counter = store_.change_counter();
    if (!first_refresh_ && !role_changed && counter == seen_counter_) return false;
    first_refresh_ = false;
    std::vector<Pairing> next;
    if (matcher_) {
        sync_matcher();
        next = to_pairings(matcher_->suggestions());
        if (!same_board(next, store_.stored_suggestions())) store_.store_suggestions(next, options_.holder);
    } else {
        next = store_.stored_suggestions();
    }
    seen_counter_ = store_.change_counter();   // after our own writes, so they do not wake us again
    if (same_board(next, suggestions_)) return false;
    suggestions_ = std::move(next);
    return true;
}

void LiveMatching::become_matcher() {
    matcher_ = std::make_unique<GroupRoom>(options_.settings, event_mentor_capacity(store_));
    attendee_revision_ = 0;
    log_seq_ = 0;
    rounds_seen_ = 0;
    people_.clear();
    prefs_.clear();
    // Likes/declines before people (cheaper for the matcher), history, then everyone present in one exact
    // solve.
    for (const PreferenceRow& p : store_.preferences()) {
        matcher_->set_preference(p.from, p.to, p.preference, p.at_ms);
        prefs_[{p.from, p.to}] = {p.preference, p.at_ms};
    }
    const std::vector<Round> rounds = store_.rounds();
    std::vector<std::vector<Pairing>> per_round;
    for (const Round& r : rounds) per_round.push_back(store_.round_pairings(r.id));
    load_history(matcher_->matcher(), rounds, per_round);
    rounds_seen_ = rounds.size();
    const std::vector<CheckInEvent> log = store_.check_in_log();
    if (!log.empty()) log_seq_ = log.back().seq;
    // Who waited in the last round keeps priority: derived from the store, not from a dead process's memory.
    if (!rounds.empty()) matcher_->set_waited(waited_in_round(rounds.back(), per_round.back(), log));
    AttendeeChanges all = store_.attendees_changed_since(0);
    attendee_revision_ = all.revision;
    for (Attendee& a : all.changed) people_[a.id] = std::move(a);
    std::vector<Attendee> present;
    for (AttendeeId id : store_.present()) {
        if (auto it = people_.find(id); it != people_.end()) present.push_back(it->second);
    }
    // Continue from the board the previous matcher published, so a takeover does not reshuffle the room.
    const std::vector<Pairing> published = store_.stored_suggestions();
    if (published.empty()) matcher_->add_attendees(present);
    else matcher_->restore(present, published);
}

void LiveMatching::sync_matcher() {
    // 0. The event's default capacity (an organizer setting).
    if (const int c = event_mentor_capacity(store_); c != matcher_->default_capacity()) matcher_->set_default_capacity(c);
    // 1. Profiles edited (or added) since last time.
    AttendeeChanges changes = store_.attendees_changed_since(attendee_revision_);
    attendee_revision_ = changes.revision;
    for (Attendee& a : changes.changed) {
        const AttendeeId id = a.id;
        people_[id] = std::move(a);
        if (matcher_->is_present(id)) matcher_->update_attendee(people_[id]);
    }
    // 2. Likes and declines: the table is small, so compare it whole.
    std::map<std::pair<AttendeeId, AttendeeId>, std::pair<Preference, std::int64_t>> now;
    for (const PreferenceRow& p : store_.preferences()) now[{p.from, p.to}] = {p.preference, p.at_ms};
    for (const auto& [key, pref] : now) {
        const auto it = prefs_.find(key);
        if (it == prefs_.end() || it->second != pref)
            matcher_->set_preference(key.first, key.second, pref.first, pref.second);
    }
    for (const auto& [key, pref] : prefs_) {
        if (!now.count(key)) matcher_->set_preference(key.first, key.second, Preference::None);
    }
    prefs_ = std::move(now);
    // 3. Rounds started by another process while we were the matcher (normally we start them ourselves).
    const std::vector<Round> rounds = store_.rounds();
    if (rounds_seen_ < rounds.size()) {
        std::vector<Pairing> last;
        for (std::size_t i = rounds_seen_; i < rounds.size(); ++i) {
            last = store_.round_pairings(rounds[i].id);
            matcher_->record_round(last, rounds[i].started_ms);
        }
        matcher_->set_waited(waited_in_round(rounds.back(), last, store_.check_in_log()));
    }
    rounds_seen_ = rounds.size();
    // 4. Arrivals and departures, in log order.
    for (const CheckInEvent& e : store_.check_in_log_since(log_seq_)) {
        log_seq_ = e.seq;
        if (e.kind == CheckInKind::In) {
            if (auto it = people_.find(e.attendee); it != people_.end() && !matcher_->is_present(e.attendee))
                matcher_->add_attendee(it->second);
        } else {
            matcher_->remove_attendee(e.attendee);
        }
    }
}

int event_mentor_capacity(Store& store) {
    const std::optional<std::string> value = store.setting(kMentorCapacityKey);
    if (!value) return 1;
    int c = 0;
    const auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), c);
    if (ec != std::errc() || end != value->data() + value->size()) return 1;
    return std::clamp(c, 1, kMaxMentorCapacity);
}

void LiveMatching::require_matcher() const {
    if (matcher_) return;
    const auto holder = store_.matcher_lease_holder();
    throw StoreError("this screen is not running the matcher" +
                     (holder ? " (" + *holder + " is); use that screen's organizer mode" : std::string()));
}

Round LiveMatching::start_round(int tables, int duration_s, std::int64_t now_ms) {
    refresh(now_ms);
    require_matcher();
    // Mentors keep last round's table (mentees rotate to them).
    std::map<AttendeeId, int> previous_tables;
    if (const std::vector<Round> rounds = store_.rounds(); !rounds.empty()) {
        for (const Pairing& p : store_.round_pairings(rounds.back().id)) previous_tables[p.mentor] = p.table;
    }
    const RoundPlan plan = plan_round(matcher_->suggestions(), tables, previous_tables);
    const std::vector<Pairing> seated = mb::to_pairings(plan);
    const Round round = store_.start_round(seated, duration_s);
    matcher_->record_round(seated, round.started_ms);
    matcher_->set_waited(waited_in_round(round, seated, store_.check_in_log()));   // as a takeover would see it
    rounds_seen_ += 1;
    first_refresh_ = true;                    // publish the next round's suggestions now
    refresh(now_ms);
    return round;
}

void LiveMatching::reoptimize(std::int64_t now_ms) {
    refresh(now_ms);
    require_matcher();
    matcher_->reoptimize();
    first_refresh_ = true;
    refresh(now_ms);
}

std::optional<std::string> LiveMatching::lock_pair(AttendeeId a, AttendeeId b, std::int64_t now_ms) {
    refresh(now_ms);
    require_matcher();
    auto error = matcher_->lock_pair(a, b);
    first_refresh_ = true;
    refresh(now_ms);
    return error;
}

bool LiveMatching::unlock_pair(AttendeeId a, std::int64_t now_ms) {
    refresh(now_ms);
    require_matcher();
    const bool unlocked = matcher_->unlock_pair(a);
    first_refresh_ = true;
    refresh(now_ms);
    return unlocked;
}

} // namespace mb
