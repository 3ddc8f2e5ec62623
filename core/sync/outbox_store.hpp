// core/sync/outbox_store.hpp — a Store that keeps a kiosk working when the event server cannot be reached.
//
// Wraps the remote Store (PostgreSQL in production; anything in tests) and a local SQLite file (outbox_file.hpp).
//   online   every call goes to the server; a cheap mirror of the attendee list, who is present, likes, rounds,
//            settings read and suggestions is kept up to date from change_counter() polls
//   offline  when the server throws StoreError(Unreachable), kiosk writes (add/update attendee, check-in,
//            like/decline) are written durably to the local outbox and then acknowledged; reads are answered
//            from the mirror with this kiosk's own offline writes applied, so find-me keeps working
//   sync     sync_once() delivers the outbox in order, deleting each op only after the server returned (a
//            crash in between means delivering again, which the server turns into a no-op by uuid). It runs
//            by itself from change_counter() every retry_every while anything waits (at most 100 ms of
//            delivery per poll; a long outbox goes on at the next poll, so the screen never freezes), and
//            from `matchbooth sync` (all of it). New writes go to the outbox while anything waits there, so nothing overtakes.
//   organizer-only writes (settings, rounds, undo, suggestions) need the server: offline they throw
//            Unreachable with a sentence; acquire_matcher_lease() is simply false (an offline kiosk never matches)
// Transactions: the kiosk's add_attendee + check_in body runs against the server; if the server is lost
// inside it, the body runs again in offline mode as one local transaction. This relies on the body being
// idempotent by uuid (Attendee::uuid for walk-ins; check-in of someone present is a no-op).
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "core/store/store.hpp"

namespace mb {

// What the organizer notice reads (kiosk: once a second is plenty; it is cheap anyway).
struct OutboxStatus {
    bool online = false;                  // connected to the server at the last attempt
    std::int64_t pending = 0;             // acknowledged writes not yet delivered
    std::int64_t refused = 0;             // writes the server refused (kept in the outbox file, never dropped)
    std::string last_error;               // why the server was not reached or refused; "" when all is well
};

// One line for the organizer, "" when there is nothing to say: "Offline — 3 waiting to sync".
std::string outbox_notice(const OutboxStatus& s);

// Opens the server's Store; throws StoreError (kind Unreachable when the server cannot be reached).
using StoreConnector = std::function<std::unique_ptr<Store>()>;

struct OutboxOptions {
    std::filesystem::path file;                        // the local outbox; sync::default_outbox_path(server)
    std::chrono::milliseconds retry_every{2000};       // automatic delivery attempts while something waits
    bool connect_in_background = true;                 // change_counter()'s reconnects run on a thread, so a
                                                       // server that does not answer never freezes the screen;
                                                       // false: on the caller's thread (deterministic tests)
};

class OutboxStore : public Store {
public:
    virtual OutboxStatus status() = 0;
    // Reconnects if needed and delivers what it can now, in order. Does not throw for an unreachable server
    // or a refused write: both show in the returned status.
    virtual OutboxStatus sync_once() = 0;
};

// Opens the outbox file and tries the server once. An unreachable server is not an error (the kiosk starts
// offline, from the mirror); any other failure to connect is thrown. Delivers anything left from before.
std::unique_ptr<OutboxStore> open_outbox_store(StoreConnector connect, const OutboxOptions& options);

} // namespace mb
