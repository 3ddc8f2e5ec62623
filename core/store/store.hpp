// core/store/store.hpp — the one source of truth: attendees, the check-in log, likes/declines, rounds.
//
// An interface, so the kiosk, the board, the CLI and the tests do not know which database sits behind it.
// SQLite (sqlite_store.hpp) is the embedded default; PostgreSQL (pg_store.hpp) serves several kiosks. Dialect details stay
// inside implementations. tests/store/ holds a contract suite every implementation must pass.
//
// Contracts that hold for every implementation:
//  - A method that writes has committed durably when it returns. For check_in() this is the promise the kiosk
//    makes to a person: "you are checked in" is shown only after check_in() returned.
//  - Failures throw StoreError with a message fit for an organizer; nothing half-written remains.
//  - The check-in log is append-only: undo appends an "undo" event, it never deletes.
//  - change_counter() is cheap (no table scan) and moves whenever anybody, in this process or another one
//    sharing the database, commits a write. Readers poll it to know when to refresh.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/attendee.hpp"

namespace mb {

// What went wrong, for callers that react differently (the kiosk retries Busy, shows a notice for Full).
enum class StoreErrorKind : std::uint8_t {
    Other = 0,
    Busy,                                 // another process holds the write lock longer than busy_timeout
    Full,                                 // the disk (or the configured size cap) is full
    ReadOnly,                             // the file or its folder cannot be written
    Corrupt,                              // the file is damaged or not a database
    Invalid,                              // the request itself was refused (unknown id, duplicate email ...)
    Unreachable,                          // a database server cannot be reached (network down, server stopped)
};

struct StoreError : std::runtime_error {
    explicit StoreError(const std::string& message, StoreErrorKind k = StoreErrorKind::Invalid)
        : std::runtime_error(message), kind(k) {}
    StoreErrorKind kind;
};

// The refusal of a second attendee with the same email. It names no email: store errors reach the journal,
// the kiosk's outbox (refused changes) and the sync report, which must carry no personal data.
inline std::string duplicate_email_message(AttendeeId other = 0) {
    return "another attendee" + (other > 0 ? " (id " + std::to_string(other) + ")" : std::string()) +
           " already has this email address";
}

enum class CheckInKind : std::uint8_t { In = 0, Undo = 1 };

struct CheckInEvent {
    std::int64_t seq = 0;                 // position in the log, strictly increasing
    AttendeeId attendee = 0;
    CheckInKind kind = CheckInKind::In;
    std::int64_t at_ms = 0;               // Unix time in milliseconds, from the writer's clock
    std::string source;                   // "kiosk", "cli", "organizer", ... (free text, for audit)
    std::string uuid;                     // made where the write happened; a replay with the same uuid is a no-op
};

struct CheckInResult {
    CheckInEvent event;                   // the appended event (or, if already present, the earlier one)
    bool already_present = false;         // true: nothing was appended
};

enum class Preference : std::uint8_t { None = 0, Like = 1, Decline = 2 };

struct PreferenceRow {
    AttendeeId from = 0;                  // who expressed it
    AttendeeId to = 0;                    // about whom
    Preference preference = Preference::None;
    std::int64_t at_ms = 0;
};

struct Pairing {
    AttendeeId mentor = 0;
    AttendeeId mentee = 0;
    int table = 0;                        // 1-based table number; 0 = no table assigned
    int score = 0;                        // matcher's integer score when the pair was made
    std::string reasons;                  // reasons, strongest first, separated by '\n'
    bool locked = false;                  // suggestions only: locked by the organizer or by a mutual yes
};

// Attendees added or edited after a point, for readers that keep a copy up to date.
struct AttendeeChanges {
    std::vector<Attendee> changed;        // added or edited since the asked revision, by id
    std::int64_t revision = 0;            // pass this next time
};

struct Round {
    std::int64_t id = 0;
    int number = 0;                       // 1, 2, 3 ... in start order
    std::int64_t started_ms = 0;          // Unix ms
    int duration_s = 0;                   // planned length; 0 = open-ended
};

class Store {
public:
    virtual ~Store() = default;

    // --- Transactions ------------------------------------------------------------------------------------
    // Runs body atomically: every write inside commits together or not at all (an exception rolls back and
    // propagates). Calls nest; only the outermost commits. A nested call that fails with kind Invalid undoes
    // only itself, and the caller may catch that and go on; any other kind (Busy, Full, ...) may have ended
    // the whole transaction, so callers must let it propagate.
    virtual void transaction(const std::function<void()>& body) = 0;

    // --- Settings (event name, tables, idle timeout, organizer PIN hash ...) -----------------------------
    virtual std::optional<std::string> setting(std::string_view key) = 0;
    virtual void set_setting(std::string_view key, std::string_view value) = 0;

    // --- Attendees ---------------------------------------------------------------------------------------
    virtual AttendeeId add_attendee(const Attendee& a) = 0;            // a.id is ignored; returns the new id
    virtual void update_attendee(const Attendee& a) = 0;               // throws StoreError if a.id is unknown
    virtual std::optional<Attendee> attendee(AttendeeId id) = 0;
    virtual std::optional<Attendee> attendee_by_email(std::string_view email) = 0;  // case-insensitive
    virtual std::vector<Attendee> attendees() = 0;                     // ordered by id
    virtual std::int64_t attendee_count() = 0;
    // Every attendee added or edited after `revision` (0 = all). Revisions only grow.
    virtual AttendeeChanges attendees_changed_since(std::int64_t revision) = 0;

    // --- Check-ins (append-only log) ---------------------------------------------------------------------
    // uuid may be empty: the store makes one. Throws StoreError if the attendee does not exist.
    virtual CheckInResult check_in(AttendeeId id, std::string_view source, std::string_view uuid = {}) = 0;
    // Appends an undo event; returns false (and appends nothing) if the attendee is not checked in.
    virtual bool undo_check_in(AttendeeId id, std::string_view source) = 0;
    virtual std::vector<CheckInEvent> check_in_log() = 0;              // ordered by seq
    virtual std::vector<CheckInEvent> check_in_log_since(std::int64_t after_seq) = 0;   // seq > after_seq
    virtual std::vector<AttendeeId> present() = 0;                     // checked in and not undone, by id
    virtual std::int64_t present_count() = 0;

    // --- Likes and declines ------------------------------------------------------------------------------
    virtual void set_preference(AttendeeId from, AttendeeId to, Preference p) = 0;  // None clears it
    virtual std::vector<PreferenceRow> preferences() = 0;

    // --- Rounds ------------------------------------------------------------------------------------------
    virtual Round start_round(std::span<const Pairing> pairings, int duration_s) = 0;
    virtual std::vector<Round> rounds() = 0;                           // by number
    virtual std::vector<Pairing> round_pairings(std::int64_t round_id) = 0;
    // Empties the reasons of past rounds' pairings that seat `id` (0: every pairing), for erasure and purge
    // (core/privacy): reasons say things like "both in cardiology". Who sat where, and the scores, stay, so
    // counts stay true. Returns the number of pairings changed.
    virtual int blank_round_reasons(AttendeeId id) = 0;

    // --- Live suggestions and the matcher lease ----------------------------------------------------------
    // Suggestions are stored state so every process (kiosk, board, `matchbooth pair`) shows the same pairs.
    // Exactly one matcher writes them: the holder of the lease. A lease is taken when free or expired and
    // renewed by its holder; if the holder dies it expires after ttl_ms and another process takes over.
    virtual bool acquire_matcher_lease(std::string_view holder, std::int64_t ttl_ms) = 0;  // true: you hold it
    virtual void release_matcher_lease(std::string_view holder) = 0;   // no-op unless holder holds it
    virtual std::optional<std::string> matcher_lease_holder() = 0;     // the live holder, if any
    // Replaces the stored suggestions. Throws StoreError unless `holder` holds the lease.
    virtual void store_suggestions(std::span<const Pairing> pairs, std::string_view holder) = 0;
    virtual std::vector<Pairing> stored_suggestions() = 0;             // by score, highest first

    // --- Change signal -----------------------------------------------------------------------------------
    virtual std::uint64_t change_counter() = 0;
};

} // namespace mb
