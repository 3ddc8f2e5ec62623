// tests/privacy/test_erase.cpp — an erased person is gone from the SQLite file, its WAL and its shm, while
// the check-in counts stay true; the scrub says when another program keeps it from finishing; the report
// claims only what happened; errors never repeat the person's details.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include "core/privacy/erase.hpp"
#include "core/store/pg_conn.hpp"
#include "core/store/pg_store.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/support/pg_cluster.hpp"
#include "tests/privacy/file_bytes.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/forwarding_store.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;
using mb::test::all_files;
using mb::test::bytes_of;
using mb::test::contains;

namespace {

const char* const kSecrets[] = {"Zzyzx", "Quuxley", "zzyzx.quuxley@example.org", "7700 900123", "TKT-ZZYZX-4242"};

Attendee zed_profile() {
    Attendee z = test::person("Zzyzx Quuxley", "zzyzx.quuxley@example.org", Role::Mentee, 2);
    z.phone.value = "+44 7700 900123";
    z.organization = "Quuxley Family Clinic";
    z.ticket_code = "TKT-ZZYZX-4242";
    z.given_name = "Zzyzx";
    z.family_name = "Quuxley";
    z.field = "Cardiology";
    return z;
}

// A raw second connection, as a kiosk or board in another process would hold.
struct OtherProgram {
    sqlite3* db = nullptr;
    explicit OtherProgram(const std::filesystem::path& path) { REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK); }
    ~OtherProgram() { sqlite3_close(db); }
    void exec(const char* sql) { REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK); }
};

} // namespace

TEST_CASE("erase: name, email, phone and ticket leave the database file and its WAL, and counts stay") {
    test::TempDir dir;
    const std::filesystem::path db = dir / "event.db";
    AttendeeId zed = 0, other = 0;
    {
        auto store = open_sqlite_store(db);
        Attendee z = zed_profile();
        zed = store->add_attendee(z);
        other = store->add_attendee(test::person("Ana Lima", "ana@example.br", Role::Mentor, 20));
        // Edit it a few times so old versions of the row sit in the WAL and in freed space.
        for (int i = 0; i < 5; ++i) {
            z.id = zed;
            z.title = "Resident " + std::to_string(i) + " Quuxley";
            store->update_attendee(z);
        }
        store->check_in(zed, "kiosk");
        store->check_in(other, "kiosk");
        store->set_preference(zed, other, Preference::Like);
        store->set_preference(other, zed, Preference::Decline);
        REQUIRE(contains(all_files(db), "Quuxley"));              // the test can see it before

        const EraseReport r = erase_attendee(*store, zed);
        CHECK(r.was_present);
        CHECK(r.preferences_removed == 2);
        const std::optional<Attendee> after = store->attendee(zed);
        REQUIRE(after);
        CHECK(after->display_name == kErasedName);
        CHECK(is_erased(*after));
        CHECK(after->email.value.empty());
        CHECK(after->ticket_code.empty());
        CHECK(store->present() == std::vector<AttendeeId>{other});
        CHECK(store->check_in_log().size() == 3);                 // in, in, undo: counts stay true
        CHECK(store->preferences().empty());
        CHECK_FALSE(contains(r.summary(), "Zzyzx"));              // the confirmation line names the id only
        CHECK(contains(r.summary(), "attendee " + std::to_string(zed)));
    }
    scrub_sqlite_file(db);
    const std::string files = all_files(db);
    for (const char* secret : kSecrets) {
        INFO(secret);
        CHECK_FALSE(contains(files, secret));
    }
    CHECK(contains(files, "Ana Lima"));                           // everyone else is still there
    auto store = open_sqlite_store(db);
    CHECK(store->attendee_count() == 2);
}

TEST_CASE("erase: while another program keeps the file open, the WAL holds the name until the scrub") {
    test::TempDir dir;
    const std::filesystem::path db = dir / "event.db";
    const std::filesystem::path wal = db.string() + "-wal";
    auto store = open_sqlite_store(db);
    const AttendeeId zed = store->add_attendee(zed_profile());
    store->add_attendee(test::person("Ana Lima", "ana@example.br", Role::Mentor, 20));
    store->check_in(zed, "kiosk");
    {
        OtherProgram kiosk(db);                                   // open, idle: as a kiosk between screens
        kiosk.exec("SELECT count(*) FROM attendees");
        erase_attendee(*store, zed);
        store.reset();                                            // our connection closes; the kiosk's stays
        REQUIRE(std::filesystem::exists(wal));                    // the last one out would have removed it
        const std::string before = bytes_of(wal);
        CHECK(contains(before, "Quuxley"));                       // the old page images are still there
        CHECK(contains(before, "zzyzx.quuxley@example.org"));
    }                                                             // the kiosk stops
    scrub_sqlite_file(db);
    const std::string files = all_files(db);
    for (const char* secret : kSecrets) {
        INFO(secret);
        CHECK_FALSE(contains(files, secret));
    }
    CHECK(contains(files, "Ana Lima"));
}

TEST_CASE("scrub: a program in the middle of reading blocks it, and it says so instead of claiming success") {
    test::TempDir dir;
    const std::filesystem::path db = dir / "event.db";
    auto store = open_sqlite_store(db);
    const AttendeeId zed = store->add_attendee(zed_profile());
    erase_attendee(*store, zed);
    OtherProgram board(db);
    board.exec("BEGIN");
    board.exec("SELECT count(*) FROM attendees");                 // a read transaction holds a WAL snapshot
    try {
        scrub_sqlite_file(db, 0);
        FAIL("the scrub claimed success while a reader held the WAL");
    } catch (const StoreError& e) {
        CHECK(e.kind == StoreErrorKind::Busy);
        CHECK(std::string(e.what()) == kScrubBlocked);
    }
    board.exec("COMMIT");
    store.reset();
    CHECK_NOTHROW(scrub_sqlite_file(db, 0));                      // the reader is done: now it works
}

TEST_CASE("erase: the reasons of past pairings that seated them are blanked, the pairings are kept") {
    test::TempDir dir;
    auto store = open_sqlite_store(dir / "event.db");
    const AttendeeId zed = store->add_attendee(zed_profile());
    const AttendeeId ana = store->add_attendee(test::person("Ana Lima", "ana@example.br", Role::Mentor, 20));
    const AttendeeId ben = store->add_attendee(test::person("Ben Ode", "ben@example.ng", Role::Mentee, 3));
    const AttendeeId cy = store->add_attendee(test::person("Cy Young", "cy@example.ca", Role::Mentor, 15));
    const std::vector<Pairing> round{{ana, zed, 1, 40, "both in cardiology\nZzyzx wants a new position"},
                                     {cy, ben, 2, 30, "same city"}};
    const Round r = store->start_round(round, 600);

    const EraseReport report = erase_attendee(*store, zed);
    CHECK(report.round_reasons_blanked == 1);
    const std::vector<Pairing> after = store->round_pairings(r.id);
    REQUIRE(after.size() == 2);                                   // counts stay
    CHECK(after[0].mentee == zed);
    CHECK(after[0].score == 40);
    CHECK(after[0].reasons.empty());
    CHECK(after[1].reasons == "same city");                       // other people's history is untouched
}

TEST_CASE("erase: suggestions are withdrawn when the lease is free, and reported as left when a matcher holds it") {
    test::TempDir dir;
    auto store = open_sqlite_store(dir / "event.db");
    const AttendeeId zed = store->add_attendee(zed_profile());
    const AttendeeId ana = store->add_attendee(test::person("Ana Lima", "ana@example.br", Role::Mentor, 20));
    const AttendeeId ben = store->add_attendee(test::person("Ben Ode", "ben@example.ng", Role::Mentee, 3));
    const std::vector<Pairing> suggested{{ana, zed, 0, 40, "both in cardiology"}, {ana, ben, 0, 30, "same city"}};
    REQUIRE(store->acquire_matcher_lease("kiosk-1", 60000));
    store->store_suggestions(suggested, "kiosk-1");

    SECTION("a running matcher holds the lease: nothing is claimed withdrawn") {
        const EraseReport r = erase_attendee(*store, zed);
        CHECK(r.suggestions_withdrawn == 0);
        CHECK(r.suggestions_left_to_matcher == 1);
        CHECK(contains(r.summary(), "left to the running matcher"));
        CHECK(store->stored_suggestions().size() == 2);           // it was not ours to rewrite
    }
    SECTION("the lease is free: they are withdrawn") {
        store->release_matcher_lease("kiosk-1");
        const EraseReport r = erase_attendee(*store, zed);
        CHECK(r.suggestions_withdrawn == 1);
        CHECK(r.suggestions_left_to_matcher == 0);
        const std::vector<Pairing> left = store->stored_suggestions();
        REQUIRE(left.size() == 1);
        CHECK(left[0].mentee == ben);
        CHECK_FALSE(store->matcher_lease_holder());               // and the lease is given back
    }
}

namespace {

// A store whose writes fail with a message quoting the row, as a careless driver or constraint might.
class QuotingStore final : public test::ForwardingStore {
public:
    using ForwardingStore::ForwardingStore;
    void update_attendee(const Attendee&) override {
        throw StoreError("could not write Zzyzx Quuxley <zzyzx.quuxley@example.org>, ticket TKT-ZZYZX-4242",
                         StoreErrorKind::Busy);
    }
};

} // namespace

TEST_CASE("erase: an error on the way never repeats the person's name, e-mail or ticket") {
    test::TempDir dir;
    auto inner = open_sqlite_store(dir / "event.db");
    const AttendeeId zed = inner->add_attendee(zed_profile());
    QuotingStore store(*inner);
    try {
        erase_attendee(store, zed);
        FAIL("the failing write was not reported");
    } catch (const StoreError& e) {
        const std::string message = e.what();
        CHECK(e.kind == StoreErrorKind::Busy);                    // the kind survives, for callers that retry
        for (const char* secret : kSecrets) {
            INFO(secret);
            CHECK_FALSE(contains(message, secret));
        }
        CHECK(contains(message, "(erased person)"));
    }
    CHECK(inner->attendee(zed)->display_name == "Zzyzx Quuxley"); // nothing half-done
}

TEST_CASE("erase: an unknown id is refused and changes nothing") {
    test::TempDir dir;
    auto store = open_sqlite_store(dir / "event.db");
    const AttendeeId ana = store->add_attendee(test::person("Ana Lima", "ana@example.br", Role::Mentor, 20));
    CHECK_THROWS_AS(erase_attendee(*store, ana + 100), StoreError);
    CHECK(store->attendee(ana)->display_name == "Ana Lima");
}

// Every file of one database in the server's data folder (tables, indexes, TOAST), as raw bytes.
static std::string database_files(const std::string& conninfo) {
    pg::Connection db(conninfo);
    db.exec("CHECKPOINT");                                    // what is in shared buffers reaches the files
    const pg::Result r = db.exec("SELECT current_setting('data_directory'), "
                                 "(SELECT oid FROM pg_database WHERE datname = current_database())::text");
    std::string out;
    const std::filesystem::path folder = std::filesystem::path(r.text(0, 0)) / "base" / r.text(0, 1);
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.is_regular_file()) out += bytes_of(entry.path());
    return out;
}

TEST_CASE("erase on PostgreSQL: the rewritten tables hold none of the person, where the old row versions did") {
    test::PgTestDatabase server;
    AttendeeId zed = 0;
    {
        auto store = open_pg_store(server.conninfo());
        zed = store->add_attendee(zed_profile());
        store->check_in(zed, "kiosk");
        store->add_attendee(test::person("Ana Lima", "ana@example.br", Role::Mentor, 20));
        erase_attendee(*store, zed);
        CHECK(is_erased(*store->attendee(zed)));
    }
    // Blanking the row is not enough: PostgreSQL keeps the old row version in the table file.
    CHECK(contains(database_files(server.conninfo()), "zzyzx.quuxley@example.org"));
    CHECK(scrub_postgres(server.conninfo()).empty());         // the test login may checkpoint
    const std::string after = database_files(server.conninfo());
    for (const char* secret : kSecrets) {
        INFO(secret);
        CHECK_FALSE(contains(after, secret));
    }
    CHECK(contains(after, "ana@example.br"));                 // the others are still there
}
