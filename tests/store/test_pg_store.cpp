// tests/store/test_pg_store.cpp — what the PostgreSQL store promises beyond the shared contract suite:
// versioned schema, append-only log enforced by the server, one check-in when kiosks race, seq in commit
// order for readers that catch up, clear errors, and a matcher lease that frees when its holder dies.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

#include "core/store/open_store.hpp"
#include "core/store/pg_conn.hpp"
#include "core/store/pg_store.hpp"
#include "tests/store/error_kind.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/pg_cluster.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;
using mb::test::kind_of;
using mb::test::person;
using mb::test::PgTestDatabase;

TEST_CASE("pg: server errors map to what a kiosk should do about them", "[pg]") {
    REQUIRE(pg::classify("08006") == StoreErrorKind::Unreachable);   // connection failure
    REQUIRE(pg::classify("57P01") == StoreErrorKind::Unreachable);   // server shutting down
    REQUIRE(pg::classify("53100") == StoreErrorKind::Full);          // disk full
    REQUIRE(pg::classify("23505") == StoreErrorKind::Invalid);       // unique violation
    REQUIRE(pg::classify("P0001") == StoreErrorKind::Invalid);       // our triggers' refusals
    REQUIRE(pg::classify("40P01") == StoreErrorKind::Busy);          // deadlock: try again
    REQUIRE(pg::classify("55P03") == StoreErrorKind::Busy);          // lock_timeout
    REQUIRE(pg::classify("42P01") == StoreErrorKind::Other);
    REQUIRE(pg::looks_like_conninfo("postgresql://kiosk@10.0.0.5/mixer"));
    REQUIRE(pg::looks_like_conninfo("host=/run/postgresql dbname=mixer"));
    REQUIRE_FALSE(pg::looks_like_conninfo("/home/kiosk/event.db"));
    REQUIRE_FALSE(pg::looks_like_conninfo("event.db"));
}

TEST_CASE("pg: a database written by a newer Matchbooth is refused", "[pg]") {
    PgTestDatabase db;
    open_pg_store(db.conninfo());                                      // creates the schema
    db.psql("UPDATE schema_version SET version = 99");
    REQUIRE_THROWS_WITH(open_pg_store(db.conninfo()), Catch::Contains("newer Matchbooth"));
}

TEST_CASE("pg: two processes opening a new database at once both get a migrated store", "[pg]") {
    PgTestDatabase db;
    std::unique_ptr<Store> a;
    std::unique_ptr<Store> b;
    std::thread t([&] { a = open_pg_store(db.conninfo()); });
    b = open_pg_store(db.conninfo());
    t.join();
    REQUIRE(a);
    a->add_attendee(person("Ana"));
    REQUIRE(b->attendee_count() == 1);
}

TEST_CASE("pg: the server itself refuses to change or delete the check-in log", "[pg]") {
    PgTestDatabase db;
    auto store = open_pg_store(db.conninfo());
    store->check_in(store->add_attendee(person("Ana")), "kiosk");
    REQUIRE_THROWS_WITH(db.psql("UPDATE check_ins SET kind = 'undo'"), Catch::Contains("append-only"));
    REQUIRE_THROWS_WITH(db.psql("DELETE FROM check_ins"), Catch::Contains("append-only"));
    REQUIRE_THROWS_WITH(db.psql("TRUNCATE check_ins"), Catch::Contains("append-only"));
    REQUIRE(store->check_in_log().size() == 1);
}

TEST_CASE("pg: refused requests are Invalid with a sentence", "[pg]") {
    PgTestDatabase db;
    auto store = open_pg_store(db.conninfo());
    store->add_attendee(person("Ana", "ana@example.org"));
    REQUIRE(kind_of([&] { store->add_attendee(person("Ana 2", "Ana@Example.org")); }) == StoreErrorKind::Invalid);
    REQUIRE(kind_of([&] { store->check_in(77, "kiosk"); }) == StoreErrorKind::Invalid);
    // A nested Invalid failure undoes only itself; the outer transaction commits the rest.
    store->transaction([&] {
        store->add_attendee(person("Bo"));
        REQUIRE_THROWS(store->add_attendee(person("Dup", "ana@example.org")));
        store->add_attendee(person("Cy"));
    });
    REQUIRE(store->attendee_count() == 3);
}

TEST_CASE("pg: a server that cannot be reached is Unreachable, naming it", "[pg]") {
    mb::test::TempDir nowhere;
    try {
        open_pg_store("host=" + nowhere.path().string() + " dbname=x connect_timeout=2");
        FAIL("opened a store on a server that does not exist");
    } catch (const StoreError& e) {
        REQUIRE(e.kind == StoreErrorKind::Unreachable);
        REQUIRE_THAT(e.what(), Catch::Contains("cannot be reached") && Catch::Contains(nowhere.path().string()));
    }
}

TEST_CASE("pg: open_store picks PostgreSQL for connection strings and SQLite for paths", "[pg]") {
    PgTestDatabase db;
    auto pg = open_store(db.conninfo());
    pg->add_attendee(person("Ana"));
    mb::test::TempDir dir;
    auto sqlite = open_store((dir / "event.db").string());
    REQUIRE(sqlite->attendee_count() == 0);
    REQUIRE(open_store(db.conninfo())->attendee_count() == 1);          // same server database
    mb::test::TempDir nowhere;
    REQUIRE(kind_of([&] { open_store("postgresql:///x?host=" + nowhere.path().string()); }) ==
            StoreErrorKind::Unreachable);
}

TEST_CASE("pg: kiosks racing to check the same people in store one check-in each", "[pg]") {
    PgTestDatabase db;
    auto setup = open_pg_store(db.conninfo());
    std::vector<AttendeeId> ids;
    setup->transaction([&] {
        for (int i = 0; i < 60; ++i) ids.push_back(setup->add_attendee(person("P" + std::to_string(i))));
    });
    constexpr int kKiosks = 4;
    std::atomic<int> appended{0};
    std::vector<std::thread> kiosks;
    for (int k = 0; k < kKiosks; ++k) {
        kiosks.emplace_back([&] {
            auto store = open_pg_store(db.conninfo());
            for (AttendeeId id : ids)
                if (!store->check_in(id, "kiosk").already_present) ++appended;
        });
    }
    for (auto& t : kiosks) t.join();
    REQUIRE(appended == static_cast<int>(ids.size()));
    const auto log = setup->check_in_log();
    REQUIRE(log.size() == ids.size());
    std::set<AttendeeId> once;
    for (const auto& e : log) REQUIRE(once.insert(e.attendee).second);
}

TEST_CASE("pg: a reader catching up by seq never skips an event committed by racing writers", "[pg]") {
    PgTestDatabase db;
    auto setup = open_pg_store(db.conninfo());
    std::vector<AttendeeId> ids;
    setup->transaction([&] {
        for (int i = 0; i < 200; ++i) ids.push_back(setup->add_attendee(person("P" + std::to_string(i))));
    });
    std::atomic<bool> done{false};
    std::vector<std::thread> writers;
    for (int w = 0; w < 3; ++w) {
        writers.emplace_back([&, w] {
            auto store = open_pg_store(db.conninfo());
            for (std::size_t i = static_cast<std::size_t>(w); i < ids.size(); i += 3) store->check_in(ids[i], "kiosk");
        });
    }
    std::thread stopper([&] {
        for (auto& t : writers) t.join();
        done = true;
    });
    auto reader = open_pg_store(db.conninfo());
    std::vector<CheckInEvent> seen;
    std::int64_t after = 0;
    for (bool last_pass = false; !last_pass;) {
        last_pass = done;                                              // one more read after the writers end
        for (auto& e : reader->check_in_log_since(after)) {
            after = e.seq;
            seen.push_back(std::move(e));
        }
    }
    stopper.join();
    const auto log = reader->check_in_log();
    REQUIRE(log.size() == ids.size());
    REQUIRE(seen.size() == log.size());                                // nothing skipped
    for (std::size_t i = 0; i < log.size(); ++i) REQUIRE(seen[i].uuid == log[i].uuid);
}

TEST_CASE("pg: the matcher lease frees as soon as its holder's connection is gone", "[pg]") {
    PgTestDatabase db;
    auto board = open_pg_store(db.conninfo());
    {
        auto kiosk = open_pg_store(db.conninfo());
        REQUIRE(kiosk->acquire_matcher_lease("kiosk-1", 3'600'000));   // an hour: only death frees it early
        REQUIRE(board->matcher_lease_holder() == "kiosk-1");
        REQUIRE_FALSE(board->acquire_matcher_lease("board", 60'000));
    }                                                                  // the kiosk process "dies"
    // The server notices the closed connection asynchronously; wait for that (bounded), not for the ttl.
    bool taken = false;
    for (int i = 0; i < 200 && !taken; ++i) {
        taken = board->acquire_matcher_lease("board", 60'000);
        if (!taken) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    REQUIRE(taken);
    REQUIRE(board->matcher_lease_holder() == "board");
}

TEST_CASE("pg: kiosks replaying the same registrations at once store each person once", "[pg]") {
    PgTestDatabase db;
    auto setup = open_pg_store(db.conninfo());
    std::vector<Attendee> walk_ins;
    for (int i = 0; i < 30; ++i) {
        walk_ins.push_back(person("Walk-in " + std::to_string(i)));
        walk_ins.back().uuid = "6f1c2a30-0000-4000-8000-0000000000" + std::to_string(10 + i);
    }
    constexpr int kKiosks = 4;
    std::vector<std::vector<AttendeeId>> got(kKiosks);
    std::vector<std::thread> kiosks;
    for (int k = 0; k < kKiosks; ++k) {
        kiosks.emplace_back([&, k] {
            auto store = open_pg_store(db.conninfo());
            for (const Attendee& a : walk_ins) got[static_cast<std::size_t>(k)].push_back(store->add_attendee(a));
        });
    }
    for (auto& t : kiosks) t.join();
    REQUIRE(setup->attendee_count() == static_cast<std::int64_t>(walk_ins.size()));
    for (int k = 1; k < kKiosks; ++k) REQUIRE(got[static_cast<std::size_t>(k)] == got[0]);   // same ids everywhere
}

TEST_CASE("pg: change notifications carry no personal data, only the fact that something changed", "[pg]") {
    PgTestDatabase db;
    auto store = open_pg_store(db.conninfo());
    std::unique_ptr<PGconn, void (*)(PGconn*)> listener(PQconnectdb(db.conninfo().c_str()), PQfinish);
    REQUIRE(PQstatus(listener.get()) == CONNECTION_OK);
    PQclear(PQexec(listener.get(), "LISTEN matchbooth_changes"));

    Attendee zed = person("Zzyzx Quuxley", "zzyzx@example.org", Role::Mentee, 2);
    zed.phone.value = "+44 7700 900123";
    const AttendeeId id = store->add_attendee(zed);
    const AttendeeId ana = store->add_attendee(person("Ana Lima", "ana@example.br", Role::Mentor, 20));
    store->check_in(id, "kiosk");
    store->set_preference(id, ana, Preference::Like);
    zed = *store->attendee(id);
    zed.organization = "Quuxley Clinic";
    store->update_attendee(zed);

    int received = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (received < 5 && std::chrono::steady_clock::now() < deadline) {
        PQconsumeInput(listener.get());
        while (PGnotify* n = PQnotifies(listener.get())) {
            ++received;
            INFO("payload: " << n->extra);
            CHECK(std::string(n->extra).empty());             // not a name, an e-mail or an id
            PQfreemem(n);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    CHECK(received >= 5);                                       // one per write above (each commits alone)
}
