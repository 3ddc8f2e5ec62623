// tests/privacy/test_erase.cpp — an erased person is gone from the SQLite file, its WAL and its shm, while
// the check-in counts stay true.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "core/privacy/erase.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;

namespace {

std::string bytes_of(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every file SQLite keeps for the database (main, WAL, shared memory, a rollback journal if any).
std::string all_files(const std::filesystem::path& db) {
    std::string out;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const std::filesystem::path p = db.string() + suffix;
        if (std::filesystem::exists(p)) out += bytes_of(p);
    }
    return out;
}

} // namespace

TEST_CASE("erase: name, email, phone and ticket leave the database file and its WAL, and counts stay") {
    test::TempDir dir;
    const std::filesystem::path db = dir / "event.db";
    AttendeeId zed = 0, other = 0;
    {
        auto store = open_sqlite_store(db);
        Attendee z = test::person("Zzyzx Quuxley", "zzyzx.quuxley@example.org", Role::Mentee, 2);
        z.phone.value = "+44 7700 900123";
        z.organization = "Quuxley Family Clinic";
        z.ticket_code = "TKT-ZZYZX-4242";
        z.given_name = "Zzyzx";
        z.family_name = "Quuxley";
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
        REQUIRE(all_files(db).find("Quuxley") != std::string::npos);   // the test can see it before

        const EraseReport r = erase_attendee(*store, zed);
        CHECK(r.was_present);
        CHECK(r.preferences_removed == 2);
        const std::optional<Attendee> after = store->attendee(zed);
        REQUIRE(after);
        CHECK(after->display_name == kErasedName);
        CHECK(after->email.value.empty());
        CHECK(after->ticket_code.empty());
        CHECK(store->present() == std::vector<AttendeeId>{other});
        CHECK(store->check_in_log().size() == 3);                 // in, in, undo: counts stay true
        CHECK(store->preferences().empty());
    }
    scrub_sqlite_file(db);
    const std::string files = all_files(db);
    for (const char* secret : {"Zzyzx", "Quuxley", "zzyzx.quuxley@example.org", "7700 900123", "TKT-ZZYZX-4242"}) {
        INFO(secret);
        CHECK(files.find(secret) == std::string::npos);
    }
    CHECK(files.find("Ana Lima") != std::string::npos);           // everyone else is still there
    auto store = open_sqlite_store(db);
    CHECK(store->attendee_count() == 2);
}

TEST_CASE("erase: an unknown id is refused and changes nothing") {
    test::TempDir dir;
    auto store = open_sqlite_store(dir / "event.db");
    const AttendeeId ana = store->add_attendee(test::person("Ana Lima", "ana@example.br", Role::Mentor, 20));
    CHECK_THROWS_AS(erase_attendee(*store, ana + 100), StoreError);
    CHECK(store->attendee(ana)->display_name == "Ana Lima");
}
