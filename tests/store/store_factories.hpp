// tests/store/store_factories.hpp — one factory per Store implementation. The contract suite is a set of
// TEMPLATE_TEST_CASEs over these types, so a new implementation joins by adding its factory to the list.
#pragma once

#include <memory>

#include "core/store/pg_store.hpp"
#include "core/store/sqlite_store.hpp"
#include "core/sync/outbox_store.hpp"
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

// What a kiosk of several really opens: the offline outbox (core/sync) in front of a PostgreSQL server. While
// the server is up it must keep every promise the server does.
struct OutboxFactory {
    PgTestDatabase db;
    TempDir dir;
    std::unique_ptr<Store> open() {
        const std::string conninfo = db.conninfo();
        return open_outbox_store([conninfo] { return open_pg_store(conninfo); },
                                 {dir / "outbox.db", std::chrono::milliseconds(2000), false});
    }
};

} // namespace mb::test

#define MB_STORE_IMPLEMENTATIONS mb::test::SqliteFactory, mb::test::PgFactory, mb::test::OutboxFactory
