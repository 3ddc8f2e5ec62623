// core/match/matcher.hpp — the live board: who is present, who should meet whom, and why.
//
// The Matcher keeps two things:
//   - an exact shadow solution: a BlossomEngine holding the maximum-weight matching of everyone present and
//     not locked, updated incrementally (a check-in is one search from a feasible dual state plus pricing of
//     the few duals that fell; a departure or a changed like/decline is a repair plus a few searches);
//   - the board (suggestions()): what people see. It changes as little as possible.
//
// Stability, precisely:
//   - Locked pairs (by the organizer, or by a mutual yes while paired on the board) never change; they only
//     end by unlock_pair(), one of them leaving, or (mutual locks) a withdrawn like.
//   - A check-in changes at most ONE existing pair: the newcomer waits, pairs with someone waiting, or takes
//     one person from an unlocked pair (the displaced person then pairs with someone waiting, or waits) —
//     whichever gains most.
//   - A departure, decline or lock leaves people without a partner; each is paired greedily with the best
//     person waiting. No other pair changes.
//   - The shadow is lazy: a command only adjusts duals (keeping them feasible, so they bound the optimum);
//     the searches run when that bound cannot show the board is within the threshold, or when the exact
//     optimum is asked for (optimum_total()). So a check-in costs O(present) unless a check is needed.
//   - After any command, if the board total is more than settings.reshuffle_gain_percent below the exact
//     optimum (optimum − board > percent × optimum / 100), the board is re-solved exactly, preferring among
//     all optimal matchings the one that keeps the most current pairs (weights w·S + [kept], S > pairs).
//   - reoptimize() re-solves that way unconditionally: the board becomes an exact optimum.
// So the board is always within reshuffle_gain_percent of the optimum, and equal to it right after
// reoptimize(). With percent = 0 the board is always optimal.
//
// History: a pair that met in an earlier round is blocked unless both asked to meet again — a like whose
// at_ms is at or after that round's start counts as asking (record_round / add_history give the start).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/match/blossom_engine.hpp"
#include "core/match/match_settings.hpp"
#include "core/match/pair_weights.hpp"
#include "core/match/scoring.hpp"
#include "core/model/attendee.hpp"
#include "core/store/store.hpp"

namespace mb {

enum class LockKind : std::uint8_t { None = 0, Organizer = 1, MutualYes = 2 };

struct Suggestion {
    AttendeeId mentor = 0;                       // the one who mentors in this pair
    AttendeeId mentee = 0;
    int score = 0;                               // integer score (scoring.hpp)
    std::vector<std::string> reasons;            // strongest first
    LockKind lock = LockKind::None;              // locked pairs never change
};

struct SuggestionSet {
    std::vector<Suggestion> pairs;               // by score (highest first), then mentor id
    std::vector<AttendeeId> waiting;             // present, unpaired; ascending id
    std::int64_t total = 0;                      // sum of pair scores on the board
    std::int64_t optimum_bound = 0;              // upper bound on the best total given the locks (equal to
                                                 // it after optimum_total() or reoptimize())
};

struct MatcherStats {
    std::int64_t resolves = 0;                   // exact board re-solves (threshold crossings + reoptimize)
    std::int64_t engine_rebuilds = 0;            // full shadow rebuilds (bulk check-ins, rounds, settings)
    std::int64_t incremental_updates = 0;        // shadow updates done by search + pricing
    std::int64_t pricing_rounds = 0;             // repair rounds in incremental pricing
    std::int64_t shadow_settles = 0;             // times deferred searches were run
    std::int64_t repriced_vertices = 0;          // vertices whose edges were re-checked
};

class Matcher {
public:
    explicit Matcher(const MatchSettings& settings = {});

    // --- People ----------------------------------------------------------------------------------------
    // Check-in. A present attendee checking in again is treated as update_attendee(). Needs a.id > 0.
    void add_attendee(const Attendee& a);
    // Bulk check-in (restoring an event, or a crowd at the door): adds everyone not yet present, then ONE
    // exact full solve; the board becomes an exact optimum (current pairs kept where still optimal).
    void add_attendees(const std::vector<Attendee>& people);
    // Takeover (a matcher died; this one continues): everyone present, with the board the previous matcher
    // published. Stored pairs that are still valid — both present, still pairable, nobody listed twice — are
    // kept as they were, locked ones locked again; people left over are seated greedily; then the usual
    // threshold rule. A board that was within the threshold when it was published therefore stays exactly
    // as the room saw it: a new matcher does not reshuffle. Needs an empty matcher.
    void restore(const std::vector<Attendee>& people, const std::vector<Pairing>& board);
    void update_attendee(const Attendee& a);     // profile edited while present
    bool remove_attendee(AttendeeId id);         // left / check-in undone; false if not present
    bool is_present(AttendeeId id) const;
    std::size_t present_count() const { return slot_of_.size(); }

    // --- What people said, and history ----------------------------------------------------------------------
    void set_preference(AttendeeId from, AttendeeId to, Preference p, std::int64_t at_ms = 0);
    void add_history(AttendeeId a, AttendeeId b, std::int64_t round_started_ms);
    // All pairings of a round that just started become history, then the board is re-solved.
    void record_round(const std::vector<Pairing>& pairings, std::int64_t round_started_ms);

    // --- Organizer -----------------------------------------------------------------------------------------
    // Locks a pair (either order). Returns an error message, or nullopt on success. Refused when someone is
    // absent, the pair breaks a hard constraint, or one of them is already locked with someone else.
    std::optional<std::string> lock_pair(AttendeeId a, AttendeeId b);
    bool unlock_pair(AttendeeId a);              // unlocks a's pair (either kind); false if not locked
    void set_settings(const MatchSettings& settings);   // rebuilds everything
    const MatchSettings& settings() const { return settings_; }

    // --- Results -----------------------------------------------------------------------------------------
    SuggestionSet suggestions() const;
    void reoptimize();                           // board := an exact optimum closest to the current board
    std::int64_t optimum_total();                // exact optimum (locked pairs included); runs deferred searches
    std::int64_t optimum_bound() const;          // certified upper bound on it, O(n), never searches
    std::int64_t board_total() const { return board_total_; }
    std::optional<AttendeeId> partner_of(AttendeeId id) const;   // on the board
    const MatcherStats& stats() const { return stats_; }
    const BlossomEngine::Stats& engine_stats() const { return engine_.stats(); }   // shadow engine only

    // The relation between two people as seen with `mentor` as the mentor (for explanations and tests).
    PairRelation relation(AttendeeId mentor, AttendeeId mentee) const;

private:
    struct Slot {
        AttendeeId id = 0;                       // 0: slot free
        MatchProfile profile;                    // interned, for the fast scorer
        bool has_relations = false;              // any like/decline/history involving them
        bool in_engine = false;                  // present and not locked: part of the optimization
    };
    struct RelationRecord {
        Preference lo_says = Preference::None;   // lower id about higher id
        Preference hi_says = Preference::None;
        std::int64_t lo_at = 0, hi_at = 0;       // when each was said, Unix ms
        bool met_before = false;                 // paired in an earlier round
        std::int64_t last_round_ms = 0;          // start of the latest round they were paired in
    };
    struct PairKeyHash {
        std::size_t operator()(const std::pair<AttendeeId, AttendeeId>& k) const {
            return std::hash<std::int64_t>()(k.first * 1'000'003 + k.second);
        }
    };

    // --- scoring (matcher_engine.cpp) ---
    int weight(int u, int v) const;              // best-orientation score for slots u, v; -1 if blocked
    bool first_is_mentor(int u, int v) const;
    PairRelation slot_relation(int mentor_slot, int mentee_slot) const;

    // --- shadow engine (matcher_engine.cpp) ---
    void engine_activate(int s);
    void engine_deactivate(int s);
    void engine_edge_changed(int u, int v);
    void rebuild_engine();
    PairWeights room_weights() const;                  // bulk scores over the engine's slots
    void price(std::vector<int> lowered);
    void settle_shadow();
    std::vector<int> solve_exact(bool sticky) const;   // full solve over engine slots; mate per slot

    // --- board (matcher_board.cpp) ---
    void board_link(int u, int v, LockKind lock);
    void board_unlink(int u);
    int best_waiting_partner(int x, int exclude, int& gain) const;
    void seat_newcomer(int s);
    void settle(std::vector<int> newly_waiting);
    void apply_board(const std::vector<int>& mate);
    void board_from_shadow();
    void refresh_pair_score(int u);

    // --- slots (matcher.cpp) ---
    void admit(const std::vector<Attendee>& people);   // bulk check-in into slots, engine and waiting list
    void reserve_slots(std::size_t total, bool grow_engine);
    int acquire_slot(AttendeeId id);
    void release_slot(int s);
    int slot(AttendeeId id) const;               // -1 if absent
    void relation_changed(AttendeeId a, AttendeeId b);
    void update_mutual_lock(int u, int v);

    MatchSettings settings_;
    PairScorer scorer_;
    StringInterner strings_;
    std::unordered_map<AttendeeId, Attendee> people_;            // present attendees' records
    std::unordered_map<AttendeeId, int> slot_of_;
    std::unordered_map<AttendeeId, int> relation_count_;
    std::unordered_map<std::pair<AttendeeId, AttendeeId>, RelationRecord, PairKeyHash> relations_;
    std::vector<Slot> slots_;
    std::vector<int> free_slots_;
    std::vector<int> engine_slots_, engine_pos_;                // slots in the optimization, and positions
    BlossomEngine engine_;

    std::vector<int> board_mate_;                // per slot: board partner or -1
    std::vector<int> board_score_;               // per slot: score of its board pair
    std::vector<LockKind> lock_;                 // per slot: lock of its board pair
    std::vector<int> waiting_, waiting_pos_;     // present slots without a board partner
    std::int64_t board_total_ = 0;
    std::int64_t locked_total_ = 0;
    MatcherStats stats_;
};

} // namespace mb
