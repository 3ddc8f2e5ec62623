// core/live/live_matching.hpp — the matcher running against the store: one board for every process.
//
// Every process that shows pairs (kiosk, board, `matchbooth pair`) owns a LiveMatching and calls refresh()
// often; when nothing changed that costs one change_counter() read. Exactly one of them is *the matcher*:
// the holder of the store's matcher lease. It keeps a Matcher (core/match) in step with the store — new
// check-ins and undos from the log, edited profiles by revision, likes and declines, rounds — and writes
// the resulting suggestions back to the store. Every other process reads the stored suggestions. So all
// screens show the same pairs, and a board on another machine sharing the database sees what the kiosk's
// matcher decided.
//
// The lease is renewed every ttl/3 by its holder; if the holder dies, another process takes it over after
// ttl and rebuilds its Matcher from the store, continuing from the board the dead one published (no
// reshuffle: Matcher::restore). Mentors may take several mentees (GroupRoom): the event default capacity is
// the store setting "mentor_capacity", re-read on every sync.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/match/group_room.hpp"
#include "core/store/store.hpp"

namespace mb {

struct LiveOptions {
    MatchSettings settings;               // matching knobs (defaults from match_settings.hpp)
    std::string holder;                   // this process's name in the lease; "" = made from pid and a uuid
    std::int64_t lease_ttl_ms = 5000;     // a dead matcher is replaced after this long
    bool may_match = true;                // false: only ever read stored suggestions (a pure viewer)
};

class LiveMatching {
public:
    LiveMatching(Store& store, LiveOptions options);
    ~LiveMatching();                      // releases the lease if held
    LiveMatching(const LiveMatching&) = delete;
    LiveMatching& operator=(const LiveMatching&) = delete;

    // Brings the suggestions up to date with the store. Returns true when they changed. now_ms is the wall
    // clock (Unix ms), passed in so tests can drive time.
    bool refresh(std::int64_t now_ms);

    const std::vector<Pairing>& suggestions() const { return suggestions_; }   // by score, highest first
    bool is_matcher() const { return matcher_ != nullptr; }
    const std::string& holder() const { return options_.holder; }

    // --- Organizer commands (only the matcher may run them; others get a StoreError saying who can) ---------
    // Freezes the current suggestions into a round: tables 1..tables (0 = one per pair), a clock of
    // duration_s. Later suggestions exclude the partners of this round.
    Round start_round(int tables, int duration_s, std::int64_t now_ms);
    void reoptimize(std::int64_t now_ms);                     // the board becomes an exact optimum
    std::optional<std::string> lock_pair(AttendeeId a, AttendeeId b, std::int64_t now_ms);  // error or nullopt
    bool unlock_pair(AttendeeId a, std::int64_t now_ms);      // false if a's pair was not locked
    GroupRoom* matcher() { return matcher_.get(); }  // null unless is_matcher()

private:
    void become_matcher();
    void sync_matcher();                  // apply what changed in the store since the last sync
    void publish();                       // write the matcher's board to the store if it changed
    void require_matcher() const;

    Store& store_;
    LiveOptions options_;
    std::unique_ptr<GroupRoom> matcher_;  // only while holding the lease (GroupRoom: the Matcher + capacities)
    std::vector<Pairing> suggestions_;
    std::uint64_t seen_counter_ = 0;      // store change counter at the last refresh
    bool first_refresh_ = true;
    std::int64_t lease_checked_ms_ = 0;   // last acquire/renew attempt

    // The matcher's view of the store, for incremental sync.
    std::int64_t attendee_revision_ = 0;
    std::int64_t log_seq_ = 0;
    std::size_t rounds_seen_ = 0;
    std::unordered_map<AttendeeId, Attendee> people_;                 // every attendee, by id
    // (from, to) -> (like / decline, when it was said): the time decides whether a like after a round asks to
    // meet again (Matcher::relation), so it is passed on with the preference.
    std::map<std::pair<AttendeeId, AttendeeId>, std::pair<Preference, std::int64_t>> prefs_;
};

// The event's default mentor capacity (setting "mentor_capacity", 1..4; 1 when unset or unreadable): how
// many mentees a mentor takes when their own profile does not say.
inline constexpr const char* kMentorCapacityKey = "mentor_capacity";
int event_mentor_capacity(Store& store);

// The suggestions as the matcher reports them, as store rows (reasons joined with '\n').
std::vector<Pairing> to_pairings(const SuggestionSet& set);

} // namespace mb
