// tests/privacy/test_privacy_cli.cpp — erase, person-data and purge as an organizer runs them: the real
// binary, the files it leaves grepped for the person's details.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <cstdlib>

#include "core/privacy/erase.hpp"
#include "core/store/pg_store.hpp"
#include "core/store/sqlite_store.hpp"
#include "core/sync/outbox_file.hpp"
#include "tests/privacy/file_bytes.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/pg_cluster.hpp"
#include "tests/support/run_process.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;
using mb::test::all_files;
using mb::test::contains;
using mb::test::quoted;
using mb::test::run_matchbooth;

namespace {

const char* const kSecrets[] = {"Zzyzx", "Quuxley", "zzyzx.quuxley@example.org"};

Attendee zed_profile() {
    Attendee z = test::person("Zzyzx Quuxley", "zzyzx.quuxley@example.org", Role::Mentee, 2);
    z.title = "Quuxley fellow";
    return z;
}

// A kiosk's outbox holding an edit of `id` that waits for the server.
void queue_edit(const std::filesystem::path& outbox, AttendeeId id) {
    sync::OutboxFile file(outbox);
    Attendee z = zed_profile();
    z.id = id;
    file.put_person(z, 1, true);
    sync::OutboxOp op;
    op.kind = sync::OpKind::UpdateAttendee;
    op.uuid = "u-edit";
    op.who = id;
    op.attendee = z;
    file.push(op);
}

int mode_of(const std::filesystem::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return static_cast<int>(st.st_mode & 0777);
}

} // namespace

TEST_CASE("cli: erase with --outbox clears the database file and the outbox file of the person") {
    test::TempDir dir;
    const auto db = dir / "event.db", outbox = dir / "outbox.db";
    AttendeeId zed = 0;
    {
        auto store = open_sqlite_store(db);
        zed = store->add_attendee(zed_profile());
        store->add_attendee(test::person("Ana Lima", "ana@example.br", Role::Mentor, 20));
    }
    queue_edit(outbox, zed);
    const auto r = run_matchbooth("erase --db " + quoted(db.string()) + " --attendee " + std::to_string(zed) +
                                  " --outbox " + quoted(outbox.string()));
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(contains(r.output, "1 queued and 0 refused writes dropped"));
    CHECK(contains(r.output, "database file scrubbed"));
    for (const char* secret : kSecrets) {
        INFO(secret);
        CHECK_FALSE(contains(r.output, secret));
        CHECK_FALSE(contains(all_files(db), secret));
        CHECK_FALSE(contains(all_files(outbox), secret));
    }
    CHECK(sync::OutboxFile(outbox).pending() == 0);
}

TEST_CASE("cli: erase says when a reader keeps it from scrubbing, that the erasure is committed, and to run it again") {
    test::TempDir dir;
    const auto db = dir / "event.db";
    AttendeeId zed = 0;
    {
        auto store = open_sqlite_store(db);
        zed = store->add_attendee(zed_profile());
    }
    sqlite3* board = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &board) == SQLITE_OK);
    REQUIRE(sqlite3_exec(board, "BEGIN; SELECT count(*) FROM attendees", nullptr, nullptr, nullptr) == SQLITE_OK);
    const auto r = run_matchbooth("erase --db " + quoted(db.string()) + " --attendee " + std::to_string(zed));
    sqlite3_exec(board, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(board);
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(contains(r.output, "is erased and that is committed"));
    CHECK(contains(r.output, "then run erase again"));
    CHECK_FALSE(contains(r.output, "scrubbed"));
    CHECK(is_erased(*open_sqlite_store(db)->attendee(zed)));
}

TEST_CASE("cli: erase on an event server clears the outbox a kiosk keeps for it by default") {
    test::TempDir dir;
    test::PgTestDatabase server;
    ::setenv("XDG_DATA_HOME", dir.path().c_str(), 1);              // where kiosks keep outboxes; the child inherits it
    const std::filesystem::path outbox = sync::default_outbox_path(server.conninfo());
    REQUIRE(outbox.string().find(dir.path().string()) == 0);
    AttendeeId zed = 0;
    {
        auto store = open_pg_store(server.conninfo());
        zed = store->add_attendee(zed_profile());
    }
    queue_edit(outbox, zed);
    const auto r = run_matchbooth("erase --db " + quoted(server.conninfo()) + " --attendee " + std::to_string(zed));
    ::unsetenv("XDG_DATA_HOME");
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(contains(r.output, "offline outbox"));
    CHECK(contains(r.output, "VACUUM FULL"));
    for (const char* secret : kSecrets) {
        INFO(secret);
        CHECK_FALSE(contains(all_files(outbox), secret));
    }
    auto store = open_pg_store(server.conninfo());
    CHECK(is_erased(*store->attendee(zed)));
}

TEST_CASE("cli: person-data writes a private JSON file, purge needs --yes and keeps the counts") {
    test::TempDir dir;
    const auto db = dir / "event.db";
    AttendeeId zed = 0;
    {
        auto store = open_sqlite_store(db);
        zed = store->add_attendee(zed_profile());
        store->add_attendee(test::person("Ana Lima", "ana@example.br", Role::Mentor, 20));
        store->check_in(zed, "kiosk");
    }
    const std::string on = " --db " + quoted(db.string());
    auto r = run_matchbooth("person-data" + on + " --attendee " + std::to_string(zed) + " -o " +
                            quoted((dir / "zed.json").string()));
    CHECK(r.exit_code == 0);
    CHECK(mode_of(dir / "zed.json") == 0600);
    CHECK(contains(test::bytes_of(dir / "zed.json"), "zzyzx.quuxley@example.org"));

    r = run_matchbooth("purge" + on);
    CHECK(r.exit_code == 2);
    CHECK(contains(all_files(db), "Quuxley"));                   // not without --yes

    r = run_matchbooth("purge" + on + " --yes --export-first " + quoted((dir / "before").string()));
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(mode_of(dir / "before" / "attendees.csv") == 0600);
    CHECK(contains(test::bytes_of(dir / "before" / "attendees.csv"), "Quuxley"));
    for (const char* secret : {"Zzyzx", "Quuxley", "zzyzx.quuxley@example.org", "Ana Lima", "ana@example.br"}) {
        INFO(secret);
        CHECK_FALSE(contains(all_files(db), secret));
    }
    r = run_matchbooth("config show" + on);
    CHECK(contains(r.output, "personal data purged; the event had: 2 attendees, 1 mentors, 1 mentees"));

    r = run_matchbooth("config set retention_days 30" + on);
    CHECK(r.exit_code == 0);
}
