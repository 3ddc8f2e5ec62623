// core/match/group_room.hpp — the live board when mentors take several mentees: groups, not only pairs.
//
// A GroupRoom wraps the 1 : 1 Matcher (matcher.hpp), which keeps presence, likes/declines, history and locks,
// and adds mentor capacities: each person's own (Attendee::mentor_capacity, 1..4) or else the event default.
// While every capacity is 1 it IS the Matcher: suggestions() returns the Matcher's board unchanged, with all
// its stability rules. Once a present mentor has capacity >= 2 ("group mode"), the board is a seating of
// groups (group_solver.hpp): one mentor and 1..capacity mentees, each pair with its own score and reasons.
//
// Group mode, precisely:
//   - Hard rules are the Matcher's: roles, experience gap, organization, declines, no repeat of an earlier
//     round's pair unless both asked again. Likes add their points per pair.
//   - Optimal and sticky: weights are score * K + [pair is on the current board] with K larger than the
//     number of pairs, so the seating is an exact optimum of the scores (for the roles in use, below) and,
//     among the optima, keeps the most current pairs. A check-in never reshuffles for nothing.
//   - A check-in is incremental (b_matching_live.hpp): the newcomer's pairs are scored against everyone present
//     and one augmenting search per role re-seats the room exactly; only pairs on that path change. Anything
//     else (a departure, a like, a lock, a round, new settings) rebuilds the seating from scratch, sticky.
//   - Roles of "both" people: once on the board as mentor or mentee they keep that role on later check-ins
//     (so the update is an exact b-matching); a newcomer who is "both" mentors while mentees outnumber the
//     mentor seats. reoptimize() frees every role and solves the whole problem (group_solver.hpp), keeping
//     the better of that and the seating with the roles in use; optimum_bound() is then certified.
//   - Waiting: present people with no group. A mentee who waited when a round started has priority in the
//     next one, as a guarantee: every pair of theirs carries priority points larger than the score of any
//     whole seating, so the board first seats as many of them as the hard rules and capacities allow, and
//     only then maximises the score. A rival with a mutual like cannot push them out. Who waited is not
//     this object's memory: record_round() derives it from who was present, and a process that rebuilds
//     the room from the store passes it in with set_waited() (rounds.hpp: waited_in_round()), so priority
//     survives a restart or a takeover. Capacity 1 everywhere (the Matcher's board) has no priority.
//   - Locks: per mentor–mentee pair. A locked pair is kept as a fixed pair inside its mentor's group and
//     counts against the capacity, so a mentor may have up to `capacity` locked mentees. In group mode the
//     locks are this room's (lock_pair / unlock_pair below); at capacity 1 they are the Matcher's, as ever.
//     Locks end with a round; a takeover restores them from the published board's locked pairs.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/match/b_matching_live.hpp"
#include "core/match/group_solver.hpp"
#include "core/match/matcher.hpp"

namespace mb {

class GroupRoom {
public:
    explicit GroupRoom(const MatchSettings& settings = {}, int default_capacity = 1);

    // --- People and what they said (forwarded to the Matcher) --------------------------------------------
    void add_attendee(const Attendee& a);
    void add_attendees(const std::vector<Attendee>& people);
    // Takeover (another matcher died): everyone present and the board it published; its groups are kept where
    // still optimal (sticky), and the 1 : 1 Matcher restores its own board (Matcher::restore).
    void restore(const std::vector<Attendee>& people, const std::vector<Pairing>& board);
    void update_attendee(const Attendee& a);
    bool remove_attendee(AttendeeId id);
    bool is_present(AttendeeId id) const { return matcher_.is_present(id); }
    std::size_t present_count() const { return matcher_.present_count(); }
    void set_preference(AttendeeId from, AttendeeId to, Preference p, std::int64_t at_ms = 0);
    void add_history(AttendeeId a, AttendeeId b, std::int64_t round_started_ms);
    // A round started with these pairings: they become history, and whoever present had no seat gets priority.
    void record_round(const std::vector<Pairing>& pairings, std::int64_t round_started_ms);
    // Who waited in the last round, as the store knows it (replaces what record_round() derived): a room
    // rebuilt from the store keeps its priorities. Ids not present, or who cannot be mentored, are ignored.
    void set_waited(const std::vector<AttendeeId>& waited);

    // --- Organizer ---------------------------------------------------------------------------------------
    void set_default_capacity(int capacity);     // 1..4
    int default_capacity() const { return default_capacity_; }
    void set_settings(const MatchSettings& settings);
    // Locks the pair a–b (either order: the one who can mentor the other mentors). An error sentence if
    // either is absent, the pair is not allowed, the mentee is locked with another mentor, or the mentor's
    // locked mentees already fill their capacity.
    std::optional<std::string> lock_pair(AttendeeId a, AttendeeId b);
    // Unlocks a's locked pair: a mentee's one, or every locked pair of a mentor. False if none was locked.
    bool unlock_pair(AttendeeId a);
    void reoptimize();                           // frees every "both" person's role; see the header comment

    // --- Results -------------------------------------------------------------------------------------------
    int capacity_of(AttendeeId id) const;        // 0 if absent or cannot mentor
    bool group_mode() const;                     // a present mentor has capacity >= 2
    SuggestionSet suggestions();                 // pairs; in group mode several pairs share a mentor
    std::int64_t optimum_bound();                // certified upper bound on the best board total (among the
                                                 // boards that seat the most mentees with priority)
    bool has_priority(AttendeeId id) const { return priority_.count(id) > 0; }
    // On the board: a mentee's mentor, a mentor's first mentee (1 : 1: the partner); nullopt if waiting.
    std::optional<AttendeeId> partner_of(AttendeeId id);
    // On the board: a mentee's mentor, or all of a mentor's mentees (1 : 1: the partner); empty if waiting.
    std::vector<AttendeeId> group_of(AttendeeId id);
    Matcher& matcher() { return matcher_; }
    const Matcher& matcher() const { return matcher_; }

private:
    template <class T> T touch(T value) {
        dirty_ = true;
        return value;
    }
    struct Person {
        Attendee attendee;
        MatchProfile profile;
        int slot = -1;                            // in live_, or -1 until the next rebuild
        signed char role = -1;                    // "both" people: 1 mentors, 0 is mentored, -1 not decided
    };
    void reseat(bool free_roles);
    void choose_roles_freely(const std::vector<AttendeeId>& ids);
    signed char guess_role(const Person& p) const;
    bool admit_incrementally(Person& p);
    void add_pairs_of(AttendeeId id, bool as_mentor, bool as_mentee, std::vector<GroupEdge>& out) const;
    int pair_score(const Person& mentor, const Person& mentee) const;
    void board_from_live();
    bool capacity_above_one() const;
    std::int64_t pair_weight(AttendeeId mentor, AttendeeId mentee, int score) const;
    void publish_bound();
    std::optional<std::string> lock_in_group(AttendeeId a, AttendeeId b);
    std::vector<Suggestion> matcher_locks() const;               // the Matcher's organizer locks

    Matcher matcher_;
    PairScorer scorer_;                                          // the Matcher's settings, for pair scores
    int default_capacity_ = 1;
    StringInterner strings_;
    std::unordered_map<AttendeeId, Person> people_;              // present
    std::unordered_set<AttendeeId> priority_;                   // waited when the last round started
    std::unordered_map<AttendeeId, AttendeeId> mentor_of_;      // current group board: mentee -> mentor
    std::map<AttendeeId, AttendeeId> group_locks_;              // group mode's organizer locks: mentee -> mentor
    std::unordered_set<AttendeeId> locked_mentees_;             // organizer locks, outside the optimization
    std::vector<Suggestion> locked_;                            // those locked pairs as the Matcher shows them
    std::unique_ptr<LiveBMatching> live_;                       // the seating since the last rebuild
    std::vector<AttendeeId> slot_id_;                           // per slot of live_: who (0 = free)
    std::vector<int> slot_capacity_;                            // per slot: capacity left after locks
    std::int64_t scale_ = 1;                                    // weight = (score + priority) * scale_ + kept
    std::int64_t priority_points_ = 1;                          // per pair of a mentee with priority
    int priority_seated_ = 0;                                   // mentees with priority on the board
    std::map<std::pair<AttendeeId, AttendeeId>, std::vector<std::string>> reasons_;   // cache for seated pairs
    SuggestionSet board_;
    std::int64_t bound_ = 0;                                    // in score + priority points, locks left out
    bool bound_certified_ = false;                              // bound_ from a roles-free solve
    bool dirty_ = true;
};

} // namespace mb
