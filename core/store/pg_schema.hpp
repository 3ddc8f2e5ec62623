// core/store/pg_schema.hpp — the PostgreSQL store's schema and its versioned migrations.
//
// The version lives in a one-row table schema_version (PostgreSQL has no user_version). Its numbering is
// the PostgreSQL store's own: version 1 holds everything the SQLite store had reached at its version 4.
#pragma once

#include "core/store/pg_conn.hpp"

namespace mb::pg {

// Channel every write NOTIFYs (from statement triggers, so inside the writing transaction).
inline constexpr const char* kChangeChannel = "matchbooth_changes";

// First key of the advisory locks the store takes (the second key says which lock); an arbitrary constant
// so they do not collide with other applications sharing the database.
inline constexpr int kLockClass = 0x4d42;   // "MB"
inline constexpr int kMigrationLock = 1;     // second key: held while migrating

int latest_schema_version();

// Brings the database to target_version (-1 = latest). Serialized between processes by a transaction-level
// advisory lock, so two kiosks starting at once do not both apply migration 1. Throws StoreError(Other) for
// a database written by a newer Matchbooth.
void migrate(Connection& db, int target_version = -1);

} // namespace mb::pg
