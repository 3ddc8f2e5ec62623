// tests/store/store_factories.hpp — one factory per Store implementation. The contract suite is a set of
// TEMPLATE_TEST_CASEs over these types, so a new implementation joins by adding its factory to the list.
#pragma once

#include <memory>

#include "core/store/pg_store.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/support/pg_cluster.hpp"
#include "tests/support/temp_dir.hpp"

namespace mb::test {

struct SqliteFactory {
    TempDir dir;
    std::unique_ptr<Store> open() { return open_sqlite_store(dir / "event.db"); }
};

// A fresh database on the shared test cluster (see pg_cluster.hpp); every open() is a new connection.
struct PgFactory {
    PgTestDatabase db;
    std::unique_ptr<Store> open() { return open_pg_store(db.conninfo()); }
};

} // namespace mb::test

#define MB_STORE_IMPLEMENTATIONS mb::test::SqliteFactory, mb::test::PgFactory
