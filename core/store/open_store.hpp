// core/store/open_store.hpp — one entry point that picks the Store implementation from what the user typed.
//
// "--db" takes either a SQLite file path (the default, one machine) or a PostgreSQL connection string
// (several kiosks and a board sharing one event), so every command works with both without new options.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/store/store.hpp"

namespace mb {

// A postgresql:// or postgres:// URI, or a libpq keyword string starting with a connection keyword
// ("host=...", "dbname=...", "port=", "user=", "hostaddr=", "service="), opens PostgreSQL (open_pg_store);
// anything else is a SQLite path (open_sqlite_store). Throws StoreError as those do.
std::unique_ptr<Store> open_store(const std::string& db);

// True when `db` names a database server (PostgreSQL) rather than a SQLite file: what open_store() decides.
bool is_server_address(std::string_view db);

} // namespace mb
