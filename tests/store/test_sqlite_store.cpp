// SQLite-specific guarantees: file mode, journal settings, migrations, refusing bad files, durability
// against SIGKILL.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "core/store/sqlite_db.hpp"
#include "core/store/sqlite_schema.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;
using mb::test::person;
using mb::test::TempDir;

namespace {

sqlite::Connection raw_open(const std::filesystem::path& p) {
    sqlite3* db = nullptr;
    sqlite3_open(p.c_str(), &db);
    return sqlite::Connection(db);
}

std::string pragma_text(sqlite::Connection& db, const char* sql) {
    sqlite::Statement st(db.get(), sql);
    return st.step() ? st.text(0) : "";
}

} // namespace

TEST_CASE("a new database is private, in WAL mode, at the latest schema version") {
    TempDir dir;
    const auto path = dir / "nested" / "event.db";
    { auto store = open_sqlite_store(path); }
    struct stat st{};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    REQUIRE((st.st_mode & 0777) == 0600);
    auto db = raw_open(path);
    REQUIRE(pragma_text(db, "PRAGMA journal_mode") == "wal");
    REQUIRE(db.pragma_int("PRAGMA user_version") == sqlite::latest_schema_version());
}

TEST_CASE("checking in an unknown attendee is refused and logs nothing") {
    TempDir dir;
    auto store = open_sqlite_store(dir / "e.db");
    REQUIRE_THROWS_WITH(store->check_in(12345, "test"), Catch::Contains("no attendee"));
    REQUIRE(store->check_in_log().empty());
}

TEST_CASE("migrating a version-1 database keeps its attendees and check-ins") {
    TempDir dir;
    const auto path = dir / "old.db";
    {
        SqliteOptions v1;
        v1.schema_version = 1;
        auto old = open_sqlite_store(path, v1);
        const AttendeeId id = old->add_attendee(person("Seán O'Brien", "sean@example.ie"));
        old->check_in(id, "kiosk");
        auto db = raw_open(path);
        REQUIRE(db.pragma_int("PRAGMA user_version") == 1);
        REQUIRE(db.pragma_int("SELECT count(*) FROM sqlite_master WHERE name = 'rounds'") == 0);
    }
    auto store = open_sqlite_store(path);
    REQUIRE(store->attendee_by_email("sean@example.ie")->display_name == "Seán O'Brien");
    REQUIRE(store->present_count() == 1);
    const AttendeeId other = store->add_attendee(person("Zoë Ñúñez"));
    store->set_preference(other, store->present().front(), Preference::Like);   // v2 tables work
    auto db = raw_open(path);
    REQUIRE(db.pragma_int("PRAGMA user_version") == sqlite::latest_schema_version());
}

TEST_CASE("a database from a newer version is refused, not touched") {
    TempDir dir;
    const auto path = dir / "future.db";
    { auto store = open_sqlite_store(path); }
    {
        auto db = raw_open(path);
        db.exec("PRAGMA user_version = 99");
    }
    REQUIRE_THROWS_WITH(open_sqlite_store(path), Catch::Contains("newer Matchbooth"));
    auto db = raw_open(path);
    REQUIRE(db.pragma_int("PRAGMA user_version") == 99);
}

TEST_CASE("a file that is not a database gives a clear error naming the file") {
    TempDir dir;
    const auto path = dir / "garbage.db";
    {
        std::ofstream out(path, std::ios::binary);
        for (int i = 0; i < 4096; ++i) out.put(static_cast<char>((i * 7919) & 0xff));
    }
    REQUIRE_THROWS_WITH(open_sqlite_store(path), Catch::Contains("garbage.db") && Catch::Contains("not a database"));
}

TEST_CASE("opening a missing file without create says so") {
    TempDir dir;
    SqliteOptions no_create;
    no_create.create = false;
    REQUIRE_THROWS_WITH(open_sqlite_store(dir / "absent.db", no_create), Catch::Contains("no database at"));
}

TEST_CASE("the check-in log refuses UPDATE and DELETE even from raw SQL") {
    TempDir dir;
    const auto path = dir / "e.db";
    {
        auto store = open_sqlite_store(path);
        store->check_in(store->add_attendee(person("Ana")), "kiosk");
    }
    auto db = raw_open(path);
    REQUIRE_THROWS_WITH(db.exec("DELETE FROM check_ins"), Catch::Contains("append-only"));
    REQUIRE_THROWS_WITH(db.exec("UPDATE check_ins SET kind = 'undo'"), Catch::Contains("append-only"));
}

// --- Durability ---------------------------------------------------------------------------------------------
//
// A child process checks attendees in one by one and writes "<id>\n" to a pipe only after check_in()
// returned (the moment the kiosk would tell the person "you are checked in"). The parent kills it with
// SIGKILL at a random point, then reopens the file: every acknowledged id must be present and the file must
// pass PRAGMA integrity_check. SIGKILL stands in for a crash; power loss is covered by synchronous=FULL,
// which this test cannot simulate.
TEST_CASE("every acknowledged check-in survives SIGKILL at a random point") {
    TempDir dir;
    const auto path = dir / "durable.db";
    std::vector<AttendeeId> ids;
    {
        auto store = open_sqlite_store(path);
        store->transaction([&] {
            for (int i = 0; i < 400; ++i) ids.push_back(store->add_attendee(person("P" + std::to_string(i))));
        });
    }
    std::mt19937 rng(20261124);
    std::set<AttendeeId> acknowledged;
    for (int trial = 0; trial < 16; ++trial) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {                                        // child: check in, acknowledge, repeat
            ::close(fds[0]);
            try {
                auto store = open_sqlite_store(path);
                for (std::size_t i = static_cast<std::size_t>(trial) * 50; i < ids.size(); ++i) {
                    store->check_in(ids[i], "durability-test");
                    const std::string line = std::to_string(ids[i]) + "\n";
                    if (::write(fds[1], line.data(), line.size()) < 0) ::_exit(3);
                }
            } catch (...) {
                ::_exit(2);
            }
            ::_exit(0);
        }
        ::close(fds[1]);
        // Read a random number of acknowledgements (1..40), then kill without warning.
        const int wanted = std::uniform_int_distribution<int>(1, 40)(rng);
        std::string buffer;
        int seen = 0;
        char chunk[256];
        while (seen < wanted) {
            const ssize_t n = ::read(fds[0], chunk, sizeof chunk);
            if (n <= 0) break;
            buffer.append(chunk, static_cast<std::size_t>(n));
            seen = static_cast<int>(std::count(buffer.begin(), buffer.end(), '\n'));
        }
        ::kill(pid, SIGKILL);
        // Lines written before the kill landed are acknowledgements too: drain the pipe.
        for (ssize_t n; (n = ::read(fds[0], chunk, sizeof chunk)) > 0;) buffer.append(chunk, static_cast<std::size_t>(n));
        ::close(fds[0]);
        int status = 0;
        ::waitpid(pid, &status, 0);
        std::istringstream lines(buffer);
        for (std::string line; std::getline(lines, line);) {
            if (!line.empty()) acknowledged.insert(std::stoll(line));
        }

        auto store = open_sqlite_store(path);
        const auto present = store->present();
        const std::set<AttendeeId> present_set(present.begin(), present.end());
        for (AttendeeId id : acknowledged) {
            INFO("trial " << trial << ", attendee " << id);
            REQUIRE(present_set.count(id) == 1);
        }
        auto db = raw_open(path);
        REQUIRE(pragma_text(db, "PRAGMA integrity_check") == "ok");
    }
    REQUIRE(acknowledged.size() >= 8);                           // the test really exercised something
}
