// core/store/pg_store.hpp — the Store on a PostgreSQL server, so several kiosks and a board share one event.
//
// How the store.hpp contracts are kept (details next to the code in pg_store.cpp):
//   durable on return   synchronous_commit is left at the server default (on): COMMIT returns after the WAL
//                       is flushed on the server
//   one check-in each   check_in() locks the attendee's row (SELECT ... FOR UPDATE), so two kiosks checking
//                       the same person in at once are serialized: the second sees the first's event
//   seq / revision      taken from a counter row locked until commit, so they grow in commit order (see
//                       pg_schema.cpp); check_in_log_since() can never skip an event that commits later
//   nested transaction  SAVEPOINTs; any failure inside one undoes only that level
//   change_counter()    the connection LISTENs; every write NOTIFYs in its transaction (triggers). Reading the
//                       counter runs no SQL: it takes notifications already on the socket, and when there
//                       are none, one empty-query round trip makes the server flush those already committed
//   matcher lease       a lease row (holder name, expiry) plus a session advisory lock held by the holder's
//                       connection: if the holder's process dies, the lock frees at once and the lease is free
//                       without waiting for the ttl
//   errors              SQLSTATE -> StoreErrorKind; a lost connection is re-opened on the next call
#pragma once

#include <memory>
#include <string>

#include "core/store/store.hpp"

namespace mb {

struct PgOptions {
    int lock_timeout_ms = 5000;           // how long a write waits for another kiosk's lock before Busy
    int schema_version = -1;              // migrate to this version (tests of migrations only); -1 = latest
};

// Connects (conninfo: a postgresql:// URI or a libpq "host=... dbname=..." string), migrates, and LISTENs
// for changes. Throws StoreError: Unreachable naming the server if it cannot be reached; Other for a
// database written by a newer Matchbooth.
std::unique_ptr<Store> open_pg_store(const std::string& conninfo, const PgOptions& options = {});

} // namespace mb
