// core/sync/outbox_file.hpp — the kiosk's local SQLite file for offline work: the outbox and the mirror.
//
// Two things live in it, in one file so one transaction can touch both:
//   the outbox  writes acknowledged while the event server could not be reached, in the order they were
//               made; each carries a uuid so delivering it twice stores it once on the server
//   the mirror  the event as last seen from the server (attendees, who is present, likes/declines, settings
//               read, suggestions, rounds), plus this kiosk's own offline writes applied on top, so find-me
//               and the screens keep working while offline
// Opened like the SQLite store (0600, WAL, synchronous=FULL): a write here is the acknowledgement a person
// gets, so it must survive a kill -9 and a power cut.
//
// Provisional ids: an attendee registered offline gets a negative id here (-1, -2, ...). When the outbox
// delivers the registration, the server's id is recorded in id_map, and every later op naming the negative
// id is delivered with the server id instead. Negative ids never reach the server.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/store/sqlite_db.hpp"
#include "core/store/store.hpp"

namespace mb::sync {

enum class OpKind : std::uint8_t { AddAttendee = 0, UpdateAttendee = 1, CheckIn = 2, SetPreference = 3 };

// One acknowledged write waiting for the server.
struct OutboxOp {
    std::int64_t seq = 0;                 // delivery order (assigned by push)
    OpKind kind = OpKind::CheckIn;
    std::string uuid;                     // made on this device before the first delivery attempt
    AttendeeId who = 0;                   // check-in: the attendee; preference: from (may be provisional)
    AttendeeId other = 0;                 // preference: to (may be provisional)
    Preference preference = Preference::None;   // SetPreference only
    std::string source;                   // check-in source ("kiosk", ...)
    std::optional<Attendee> attendee;     // AddAttendee / UpdateAttendee: the whole record
    std::int64_t at_ms = 0;               // when it was acknowledged (Unix ms), for the organizer
};

// What erase_person() removed from the file, for the organizer's report.
struct OutboxErasure {
    int ops = 0;                          // queued writes that named the person (never delivered now)
    int refused = 0;                      // refused writes that named them
    int mirror_rows = 0;                  // mirror rows: profile, presence, likes/declines, suggestions
    int round_reasons = 0;                // mirrored round pairings whose reasons were emptied
};

class OutboxFile {
public:
    // Creates the file (0600) and its folder if missing. Throws StoreError naming the path.
    explicit OutboxFile(const std::filesystem::path& path);

    // One local transaction; nests with savepoints like the SQLite store.
    void transaction(const std::function<void()>& body);

    // --- Outbox ----------------------------------------------------------------------------------------
    void push(OutboxOp op);
    std::optional<OutboxOp> front();
    void remove(std::int64_t seq);
    // Moves an op the server refused (kind Invalid) aside with the reason: kept, never silently dropped.
    void refuse(const OutboxOp& op, std::string_view reason);
    std::int64_t pending();
    std::int64_t refused();
    // Ops the server refused, oldest first, each with the server's reason (for `matchbooth sync`).
    std::vector<std::pair<OutboxOp, std::string>> refused_ops();

    // --- Provisional ids ---------------------------------------------------------------------------------
    AttendeeId next_provisional_id();
    void map_id(AttendeeId provisional, AttendeeId server);
    std::optional<AttendeeId> mapped_id(AttendeeId provisional);

    // --- Mirror: attendees and presence ------------------------------------------------------------------
    // remote_rev: the server revision the row was seen at; local: changed here while offline.
    void put_person(const Attendee& a, std::int64_t remote_rev, bool local);
    std::optional<Attendee> person(AttendeeId id);
    std::optional<Attendee> person_by_email(std::string_view email);   // case-insensitive (ASCII)
    std::optional<Attendee> person_by_uuid(std::string_view uuid);
    std::vector<Attendee> people();                                    // by id (provisional ones first)
    std::int64_t people_count();
    AttendeeChanges people_changed_since(std::int64_t revision);       // rows seen after it, and local ones
    void set_present(AttendeeId id, bool present);
    bool is_present(AttendeeId id);
    std::vector<AttendeeId> present();
    void clear_people();                                               // before a full re-read from the server

    // --- Mirror: small tables, replaced whole (and not written at all when unchanged) -----------------------
    std::optional<std::string> setting(std::string_view key);
    void put_setting(std::string_view key, const std::optional<std::string>& value);
    std::vector<PreferenceRow> preferences();
    void put_preference(const PreferenceRow& row);                     // Preference::None deletes
    void replace_preferences(std::span<const PreferenceRow> rows);
    std::vector<Pairing> suggestions();
    void replace_suggestions(std::span<const Pairing> pairs);
    std::vector<Round> rounds();
    std::vector<Pairing> round_pairings(std::int64_t round_id);
    void put_round(const Round& round, std::span<const Pairing> pairings);

    // --- Erasure on request (core/privacy) ---------------------------------------------------------------
    // Drops everything about attendee `id` in one transaction: queued and refused ops that name them (a queued
    // edit delivered later would restore them on the server), their mirror row, presence, likes/declines both
    // ways and suggestions, and empties the reasons of mirrored round pairings that seated them. `id` may be
    // the server's id or a provisional one; the ids mapped to or from it are covered too.
    OutboxErasure erase_person(AttendeeId id);
    int blank_round_reasons(AttendeeId id);                            // 0 = every pairing; returns rows

    // --- Counters kept across restarts (last server revision / log seq mirrored) -------------------------
    std::int64_t meta(std::string_view key);
    void set_meta(std::string_view key, std::int64_t value);

private:
    sqlite::Connection db_;
    int depth_ = 0;                       // nesting depth of transaction(); 0 = none open
};

// Where a kiosk keeps the outbox for a server: next to the default database, named after the server's
// address (host and database name, characters other than [A-Za-z0-9._-] replaced), so two events never share one.
std::filesystem::path default_outbox_path(std::string_view remote);

} // namespace mb::sync
