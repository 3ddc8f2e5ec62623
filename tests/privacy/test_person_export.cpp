// tests/privacy/test_person_export.cpp — one person's data for an access request: everything stored about
// them, and nothing about the people who liked or declined them beyond an id.
#include <catch2/catch.hpp>

#include "core/privacy/person_export.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/privacy/file_bytes.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;
using mb::test::contains;

TEST_CASE("person data: profile with consents, check-ins, likes both ways, suggestions and rounds") {
    test::TempDir dir;
    auto store = open_sqlite_store(dir / "event.db");
    store->set_setting("event_name", "Spring Mixer");
    Attendee z = test::person("Zoë \"Zed\" Quuxley", "zed@example.org", Role::Mentee, 4);
    z.phone = {"+44 7700 900123", true};
    z.linkedin_url = {"https://www.linkedin.com/in/zed", false};
    z.organization = "Quuxley Clinic";
    z.share_organization = true;
    z.ticket_code = "TKT-42";
    z.goals.add(Goal::Relocation);
    const AttendeeId zed = store->add_attendee(z);
    const AttendeeId ana = store->add_attendee(test::person("Ana Lima", "ana@example.br", Role::Mentor, 20));
    const AttendeeId ben = store->add_attendee(test::person("Ben Secretly", "ben@example.ng", Role::Mentor, 9));
    const AttendeeId cy = store->add_attendee(test::person("Cy Unrelated", "cy@example.ca", Role::Mentee, 1));
    store->check_in(zed, "kiosk");
    store->undo_check_in(zed, "organizer");
    store->check_in(zed, "kiosk");
    store->set_preference(zed, ana, Preference::Like);
    store->set_preference(ben, zed, Preference::Decline);
    store->set_preference(ana, cy, Preference::Like);             // about others only: not theirs
    const std::vector<Pairing> seated{{ana, zed, 3, 40, "both in cardiology\nrelocation"}, {ben, cy, 1, 5, "x"}};
    store->start_round(seated, 600);
    REQUIRE(store->acquire_matcher_lease("m", 60000));
    const std::vector<Pairing> suggested{{ana, zed, 0, 41, "mutual like", true}};
    store->store_suggestions(suggested, "m");

    const std::string json = export_person_json(*store, zed, 1'700'000'000'000);
    INFO(json);
    CHECK(contains(json, "\"format\": \"matchbooth person data 1\""));
    CHECK(contains(json, "\"exported_at\": \"2023-11-14T22:13:20.000Z\""));
    CHECK(contains(json, "\"event\": \"Spring Mixer\""));
    CHECK(contains(json, "\"display_name\":\"Zoë \\\"Zed\\\" Quuxley\""));     // escaped, UTF-8 kept
    CHECK(contains(json, "\"email\":{\"value\":\"zed@example.org\",\"shared\":false}"));
    CHECK(contains(json, "\"phone\":{\"value\":\"+44 7700 900123\",\"shared\":true}"));
    CHECK(contains(json, "\"linkedin_url\":{\"value\":\"https://www.linkedin.com/in/zed\",\"shared\":false}"));
    CHECK(contains(json, "\"organization\":\"Quuxley Clinic\",\"share_organization\":true"));
    CHECK(contains(json, "\"ticket_code\":\"TKT-42\""));
    CHECK(contains(json, "\"goals\":[\"relocation\"]"));
    CHECK(contains(json, "\"kind\":\"undo\""));
    CHECK(contains(json, "\"about\":" + std::to_string(ana) + ",\"about_name\":\"Ana Lima\",\"preference\":\"like\""));
    CHECK(contains(json, "\"from\":" + std::to_string(ben) + ",\"preference\":\"decline\""));
    CHECK_FALSE(contains(json, "Ben Secretly"));                  // who declined them is the other's data
    CHECK_FALSE(contains(json, "Cy Unrelated"));                  // nothing about people they never met
    CHECK(contains(json, "\"locked\":true"));
    CHECK(contains(json, "\"round\":1"));
    CHECK(contains(json, "\"table\":3,\"as\":\"mentee\",\"with\":" + std::to_string(ana) + ",\"with_name\":\"Ana Lima\""));
    CHECK(contains(json, "\"reasons\":[\"both in cardiology\",\"relocation\"]"));
    std::size_t check_ins = 0;
    for (std::size_t at = json.find("\"seq\":"); at != std::string::npos; at = json.find("\"seq\":", at + 1)) ++check_ins;
    CHECK(check_ins == 3);
}

TEST_CASE("person data: an unknown id is refused") {
    test::TempDir dir;
    auto store = open_sqlite_store(dir / "event.db");
    CHECK_THROWS_AS(export_person_json(*store, 5, 0), StoreError);
}
