// core/store/open_store.cpp — see open_store.hpp.
#include "core/store/open_store.hpp"

#include "core/store/pg_conn.hpp"
#include "core/store/pg_store.hpp"
#include "core/store/sqlite_store.hpp"

namespace mb {

std::unique_ptr<Store> open_store(const std::string& db) {
    if (is_server_address(db)) return open_pg_store(db);
    return open_sqlite_store(db);
}

bool is_server_address(std::string_view db) { return pg::looks_like_conninfo(db); }

} // namespace mb
