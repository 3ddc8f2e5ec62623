// tests/sync/test_outbox_file.cpp — the local outbox file: private, durable settings, refuses files it
// cannot trust, and stores attendees byte for byte.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include <fstream>

#include "core/sync/attendee_record.hpp"
#include "core/sync/outbox_file.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;
using namespace mb::test;

TEST_CASE("A new outbox file is private (0600, folder 0700) and in WAL mode") {
    TempDir dir;
    const auto path = dir / "kiosk" / "outbox.db";
    { sync::OutboxFile file(path); }
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    REQUIRE(::stat(path.parent_path().c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
    sqlite::Connection db(raw);
    sqlite::Statement mode(raw, "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "wal");
}

TEST_CASE("An outbox file that is not a database is refused with its path, not opened") {
    TempDir dir;
    const auto path = dir / "outbox.db";
    std::ofstream(path) << "this is not a database, it is a shopping list\n";
    try {
        sync::OutboxFile file(path);
        FAIL("opened a file that is not a database");
    } catch (const StoreError& e) {
        CHECK(std::string(e.what()).find(path.string()) != std::string::npos);
    }
}

TEST_CASE("Queued ops survive closing the file, and provisional ids keep counting down") {
    TempDir dir;
    {
        sync::OutboxFile file(dir / "outbox.db");
        CHECK(file.next_provisional_id() == -1);
        CHECK(file.next_provisional_id() == -2);
        sync::OutboxOp op;
        op.kind = sync::OpKind::CheckIn;
        op.uuid = "u-1";
        op.who = 7;
        op.source = "kiosk";
        file.push(op);
    }
    sync::OutboxFile file(dir / "outbox.db");
    CHECK(file.next_provisional_id() == -3);
    const auto op = file.front();
    REQUIRE(op);
    CHECK(op->kind == sync::OpKind::CheckIn);
    CHECK(op->uuid == "u-1");
    CHECK(op->who == 7);
    CHECK(file.pending() == 1);
}

TEST_CASE("An attendee record round-trips every field, including separators inside the text") {
    Attendee a = person("Zoë \"3:14\" Ñúñez", "zoe@example.org", Role::Both, 17);
    a.id = -4;
    a.organization = "12:Hospital: Clínic";
    a.title = "";
    a.field = "Cardiology\nnight shift";
    a.goals.add(Goal::Relocation);
    a.expertise.add(Goal::LeadershipGrowth);
    a.location = "Boston, MA";
    a.prefer_outside_org = false;
    a.email.shared = true;
    a.phone = {"+1 617 555 0100", true};
    a.linkedin_url = {"https://www.linkedin.com/in/zoe", false};
    a.share_organization = true;
    a.share_title = true;
    a.uuid = "11111111-1111-4111-8111-111111111111";
    a.given_name = "Zoë";
    a.family_name = "Ñúñez";
    a.name_latin = "Zoe Nunez";
    a.ticket_code = "7781234509";
    a.mentor_capacity = 4;
    CHECK(sync::decode_attendee(sync::encode_attendee(a)) == a);

    // A record written before the name parts and capacity existed (its first 20 fields) still decodes.
    Attendee without_new = a;
    without_new.given_name.clear();
    without_new.family_name.clear();
    without_new.name_latin.clear();
    without_new.ticket_code.clear();
    without_new.mentor_capacity = 0;
    const std::string encoded = sync::encode_attendee(without_new);
    // The five new fields of an empty/zero record are "0:" x4 and "1:0"; drop them to get the old layout.
    const std::string tail = "0:0:0:0:1:0";
    REQUIRE(encoded.size() > tail.size());
    REQUIRE(encoded.substr(encoded.size() - tail.size()) == tail);
    CHECK(sync::decode_attendee(encoded.substr(0, encoded.size() - tail.size())) == without_new);
}

TEST_CASE("A damaged attendee record is reported as corrupt, not read as garbage") {
    const std::string good = sync::encode_attendee(person("Ana", "ana@example.org"));
    for (const std::string& bad : {std::string("x"), good.substr(0, good.size() - 3), good + "5:extra",
                                  std::string("99999999999999999999:a")}) {
        try {
            sync::decode_attendee(bad);
            FAIL("decoded a damaged record: " << bad);
        } catch (const StoreError& e) {
            CHECK(e.kind == StoreErrorKind::Corrupt);
        }
    }
}
