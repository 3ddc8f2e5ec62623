// Fault injection on the SQLite store: disk full, read-only file, a database locked by another process,
// a file damaged on disk. Each must give a clear error of the right kind and lose nothing acknowledged.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>

#include "core/io/attendee_import.hpp"
#include "core/store/sqlite_db.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/store/error_kind.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;
using mb::test::kind_of;
using mb::test::person;
using mb::test::TempDir;

namespace {

// Runs body in a child process and returns its exit code (or -1 if it died). Used where a test needs
// different credentials than the test runner's.
template <class F> int in_child(F body) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        int code = 99;
        try {
            code = body();
        } catch (...) {
            code = 98;
        }
        ::_exit(code);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}


} // namespace

TEST_CASE("disk full: a clear error, earlier check-ins intact, the store still answers") {
    TempDir dir;
    const auto path = dir / "full.db";
    AttendeeId first = 0;
    {
        auto store = open_sqlite_store(path);
        first = store->add_attendee(person("Ana", "ana@example.org"));
        store->check_in(first, "kiosk");
    }
    SqliteOptions capped;
    capped.max_page_count = 12;                                 // a few pages above the empty schema
    auto store = open_sqlite_store(path, capped);
    std::string message;
    StoreErrorKind kind = StoreErrorKind::Other;
    int added = 0;
    try {
        for (int i = 0; i < 5000; ++i) {
            const AttendeeId id = store->add_attendee(person(std::string(300, 'x') + std::to_string(i)));
            store->check_in(id, "kiosk");
            ++added;
        }
    } catch (const StoreError& e) {
        message = e.what();
        kind = e.kind;
    }
    INFO(message);
    REQUIRE(kind == StoreErrorKind::Full);
    CHECK_THAT(message, Catch::Contains("the disk is full"));
    CHECK(added > 0);
    CHECK(store->present_count() == added + 1);                 // every acknowledged check-in is there
    CHECK(store->attendee(first)->display_name == "Ana");
    store.reset();
    auto roomy = open_sqlite_store(path);                       // space again: writing works again
    roomy->check_in(roomy->add_attendee(person("After")), "kiosk");
    CHECK(roomy->present_count() == added + 2);
}

TEST_CASE("read-only database file: refused at start-up with a clear message") {
    TempDir dir;
    const auto path = dir / "ro.db";
    { open_sqlite_store(path)->add_attendee(person("Ana")); }
    // As root, file permissions do not bind; check as an unprivileged user in a child process then.
    ::chmod(dir.path().c_str(), 0755);
    ::chmod(path.c_str(), 0444);
    const int code = in_child([&] {
        if (::geteuid() == 0 && ::setuid(65534) != 0) return 97;
        try {
            open_sqlite_store(path);
        } catch (const StoreError& e) {
            const bool clear = std::string(e.what()).find("read-only") != std::string::npos;
            return (e.kind == StoreErrorKind::ReadOnly && clear) ? 0 : 1;
        }
        return 2;                                               // opened: wrong
    });
    CHECK(code == 0);
}

TEST_CASE("read-only folder: creating the database says why") {
    TempDir dir;
    ::chmod(dir.path().c_str(), 0555);
    const int code = in_child([&] {
        if (::geteuid() == 0 && ::setuid(65534) != 0) return 97;
        try {
            open_sqlite_store(dir / "new.db");
        } catch (const StoreError& e) {
            const bool clear = std::string(e.what()).find("Permission denied") != std::string::npos;
            return (e.kind == StoreErrorKind::ReadOnly && clear) ? 0 : 1;
        }
        return 2;
    });
    ::chmod(dir.path().c_str(), 0700);
    CHECK(code == 0);
}

TEST_CASE("locked database: writes wait, then fail as Busy, they succeed once the lock is gone") {
    TempDir dir;
    const auto path = dir / "locked.db";
    SqliteOptions impatient;
    impatient.busy_timeout_ms = 200;
    auto kiosk = open_sqlite_store(path, impatient);
    const AttendeeId ana = kiosk->add_attendee(person("Ana"));
    const AttendeeId bo = kiosk->add_attendee(person("Bo"));
    kiosk->check_in(ana, "kiosk");

    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
    sqlite::Connection other(raw);
    other.exec("BEGIN IMMEDIATE");                             // another writer holds the lock
    const auto t0 = std::chrono::steady_clock::now();
    std::string message;
    StoreErrorKind kind = StoreErrorKind::Other;
    try {
        kiosk->check_in(bo, "kiosk");
    } catch (const StoreError& e) {
        message = e.what();
        kind = e.kind;
    }
    const auto waited = std::chrono::steady_clock::now() - t0;
    CHECK(kind == StoreErrorKind::Busy);
    CHECK_THAT(message, Catch::Contains("another program is holding the database"));
    CHECK(waited >= std::chrono::milliseconds(150));            // it did wait (busy_timeout), not fail at once
    CHECK(kiosk->present() == std::vector<AttendeeId>{ana});   // reads still work while locked
    other.exec("COMMIT");
    kiosk->check_in(bo, "kiosk");                                // the retry succeeds
    CHECK(kiosk->present_count() == 2);
}

TEST_CASE("a database damaged on disk is refused at start-up as Corrupt") {
    TempDir dir;
    const auto path = dir / "damaged.db";
    {
        auto store = open_sqlite_store(path);
        store->transaction([&] {
            for (int i = 0; i < 300; ++i) store->add_attendee(person("Person " + std::to_string(i)));
        });
    }   // the last connection closing checkpoints the WAL into the main file
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        REQUIRE(f);
        f.seekp(4096 * 3);                                      // the header of a b-tree page
        for (int i = 0; i < 64; ++i) f.put(static_cast<char>(0xA5));
    }
    const StoreErrorKind kind = kind_of([&] { open_sqlite_store(path); });
    CHECK(kind == StoreErrorKind::Corrupt);
    REQUIRE_THROWS_WITH(open_sqlite_store(path), Catch::Contains("damaged") && Catch::Contains("damaged.db"));
}

TEST_CASE("disk full during an import rolls the whole import back") {
    TempDir dir;
    const auto path = dir / "import-full.db";
    { open_sqlite_store(path); }
    SqliteOptions capped;
    capped.max_page_count = 12;
    auto store = open_sqlite_store(path, capped);
    std::string csv = "Name,Email\n";
    for (int i = 0; i < 3000; ++i) csv += std::string(200, 'n') + std::to_string(i) + ",p" + std::to_string(i) + "@example.org\n";
    StoreErrorKind kind = StoreErrorKind::Other;
    try {
        import_attendees_csv(*store, csv);
    } catch (const StoreError& e) {
        kind = e.kind;
    }
    CHECK(kind == StoreErrorKind::Full);
    CHECK(store->attendee_count() == 0);
}
