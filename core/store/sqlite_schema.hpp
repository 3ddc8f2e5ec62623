// core/store/sqlite_schema.hpp — the SQLite schema as an ordered list of migrations.
//
// PRAGMA user_version holds the number of migrations applied. Migration i takes a database at version i-1
// to version i inside one transaction, so a crash mid-upgrade leaves the previous version intact.
// Rules: never edit a migration that has shipped; append a new one.
#pragma once

#include "core/store/sqlite_db.hpp"

namespace mb::sqlite {

int latest_schema_version();

// Applies migrations until the database is at target_version (default: latest). Throws StoreError if the
// file is newer than this program knows (a downgrade would lose data) or a migration fails.
void migrate(Connection& db, int target_version = -1);

} // namespace mb::sqlite
