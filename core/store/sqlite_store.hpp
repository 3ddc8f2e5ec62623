// core/store/sqlite_store.hpp — the embedded default Store: one SQLite file, shareable by processes.
//
// Durability settings (why each is there):
//   journal_mode=WAL     readers (the board) never block the kiosk's writes, and the reverse
//   synchronous=FULL     a commit is fsync'd before check_in() returns: an acknowledged check-in survives
//                        power loss, not only a process crash
//   foreign_keys=ON      the log cannot point at attendees that do not exist
//   busy_timeout         a second process waits for a writer instead of failing at once
// The file is created with mode 0600 (attendee contact details are personal data); SQLite gives its -wal and
// -shm files the same mode.
#pragma once

#include <filesystem>
#include <memory>

#include "core/store/store.hpp"

namespace mb {

struct SqliteOptions {
    int busy_timeout_ms = 5000;           // how long a write waits for another process's transaction
    bool create = true;                   // create the file (and its directory) if missing
    int schema_version = -1;              // migrate to this version (tests of migrations only); -1 = latest
    int max_page_count = 0;               // cap the file size in pages (tests of "disk full"); 0 = no cap
};

// Opens (creating if allowed) and migrates. Throws StoreError with the path in the message on failure:
// unreadable, not a database, corrupt, written by a newer version.
std::unique_ptr<Store> open_sqlite_store(const std::filesystem::path& path, const SqliteOptions& options = {});

// $XDG_DATA_HOME/matchbooth/matchbooth.db, or ~/.local/share/matchbooth/matchbooth.db.
std::filesystem::path default_database_path();

} // namespace mb
