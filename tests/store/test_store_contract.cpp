// The Store contract: what every implementation must do. Runs against each factory in store_factories.hpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <set>
#include <thread>

#include "tests/store/store_factories.hpp"
#include "tests/support/fixtures.hpp"

using namespace mb;
using mb::test::person;

TEMPLATE_TEST_CASE("attendees round-trip every field", "[contract]", MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto store = factory.open();
    Attendee a = person("Nguyễn Thị Minh", "minh@example.vn", Role::Both, 17);
    a.organization = "Bệnh viện Chợ Rẫy";
    a.title = "Chief Medical Officer";
    a.field = "Cardiology";
    a.goals.add(Goal::Relocation);
    a.expertise.add(Goal::ClinicalToAdministrative);
    a.expertise.add(Goal::NewPosition);
    a.location = "Hồ Chí Minh City";
    a.prefer_outside_org = false;
    a.email.shared = true;
    a.phone = {"+84 28 1234 5678", false};
    a.linkedin_url = {"https://www.linkedin.com/in/minh", true};
    a.share_organization = true;
    a.share_title = false;
    a.given_name = "Minh";
    a.family_name = "Nguyễn Thị";
    a.name_latin = "Nguyen Thi Minh";
    a.ticket_code = "pv8ktd3b2cq5w9xz";
    a.mentor_capacity = 3;

    a.id = store->add_attendee(a);
    REQUIRE(a.id > 0);
    REQUIRE(store->attendee(a.id) == a);
    REQUIRE(store->attendee_by_email("MINH@example.VN") == a);
    REQUIRE(store->attendee_count() == 1);

    a.title = "Chief Executive";
    a.phone.shared = true;
    a.mentor_capacity = 1;
    a.family_name = "Nguyễn";
    store->update_attendee(a);
    REQUIRE(store->attendee(a.id) == a);
    REQUIRE_FALSE(store->attendee(a.id + 100).has_value());

    // A capacity outside 0..4 is refused, and nothing changes.
    Attendee greedy = a;
    greedy.mentor_capacity = 5;
    REQUIRE_THROWS_AS(store->update_attendee(greedy), StoreError);
    REQUIRE(store->attendee(a.id)->mentor_capacity == 1);
}

TEMPLATE_TEST_CASE("a registration replayed with its uuid is stored once", "[contract]", MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto store = factory.open();
    Attendee walk_in = person("Walk In", "");
    walk_in.uuid = "0b8e4a36-2f8c-4f55-9d7e-3f1d2c9a0001";
    const AttendeeId first = store->add_attendee(walk_in);
    Attendee edited_replay = walk_in;
    edited_replay.display_name = "Walk In (replayed)";
    REQUIRE(store->add_attendee(edited_replay) == first);          // same uuid: the first row, unchanged
    REQUIRE(store->attendee_count() == 1);
    REQUIRE(store->attendee(first)->display_name == "Walk In");
    REQUIRE(store->attendee(first)->uuid == walk_in.uuid);

    // Rows without a uuid (imports) never collide with each other.
    store->add_attendee(person("Imported A", ""));
    store->add_attendee(person("Imported B", ""));
    REQUIRE(store->attendee_count() == 3);
}

TEMPLATE_TEST_CASE("emails are unique regardless of case, empty emails are not", "[contract]",
                   MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto store = factory.open();
    store->add_attendee(person("Ana", "ana@example.org"));
    REQUIRE_THROWS_WITH(store->add_attendee(person("Ana Again", "ANA@example.org")),
                        Catch::Contains("already has this email address") && !Catch::Contains("ana@example.org"));
    store->add_attendee(person("No Email 1"));
    store->add_attendee(person("No Email 2"));
    REQUIRE(store->attendee_count() == 3);
}

TEMPLATE_TEST_CASE("invalid attendees are refused with a reason", "[contract]", MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto store = factory.open();
    REQUIRE_THROWS_WITH(store->add_attendee(person("")), Catch::Contains("name"));
    REQUIRE_THROWS_WITH(store->add_attendee(person("Old", "", Role::Mentor, 99)), Catch::Contains("between 0 and 80"));
    Attendee ghost = person("Ghost");
    ghost.id = 42;
    REQUIRE_THROWS_WITH(store->update_attendee(ghost), Catch::Contains("no attendee with id 42"));
    REQUIRE(store->attendee_count() == 0);
}

TEMPLATE_TEST_CASE("check-in log is append-only, presence follows the latest event", "[contract]",
                   MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto store = factory.open();
    const AttendeeId ana = store->add_attendee(person("Ana", "ana@example.org"));
    const AttendeeId bo = store->add_attendee(person("Bo", "bo@example.org"));

    const CheckInResult first = store->check_in(ana, "kiosk");
    REQUIRE_FALSE(first.already_present);
    REQUIRE(first.event.uuid.size() == 36);
    const CheckInResult again = store->check_in(ana, "kiosk");
    REQUIRE(again.already_present);
    REQUIRE(again.event.seq == first.event.seq);
    REQUIRE(store->present() == std::vector<AttendeeId>{ana});

    store->check_in(bo, "cli");
    REQUIRE(store->present_count() == 2);
    REQUIRE(store->undo_check_in(ana, "organizer"));
    REQUIRE_FALSE(store->undo_check_in(ana, "organizer"));      // nothing left to undo
    REQUIRE(store->present() == std::vector<AttendeeId>{bo});

    store->check_in(ana, "kiosk");                               // back again: a third event
    const auto log = store->check_in_log();
    REQUIRE(log.size() == 4);
    REQUIRE(std::is_sorted(log.begin(), log.end(), [](auto& x, auto& y) { return x.seq < y.seq; }));
    REQUIRE(log[2].kind == CheckInKind::Undo);
    REQUIRE(log[2].source == "organizer");
    REQUIRE(store->present_count() == 2);
    REQUIRE_THROWS_WITH(store->check_in(999, "kiosk"), Catch::Contains("no attendee with id 999"));
}

TEMPLATE_TEST_CASE("a check-in replayed with the same uuid is stored once", "[contract]", MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto store = factory.open();
    const AttendeeId ana = store->add_attendee(person("Ana"));
    const std::string uuid = "5b0d7a52-2f8c-4d7e-9b1a-0c3f6e2d4a11";
    store->check_in(ana, "kiosk", uuid);
    store->undo_check_in(ana, "organizer");
    const CheckInResult replay = store->check_in(ana, "kiosk", uuid);
    REQUIRE(replay.already_present);
    REQUIRE(store->check_in_log().size() == 2);
    REQUIRE(store->present().empty());                           // the replay did not re-check-in
}

TEMPLATE_TEST_CASE("settings are stored and replaced", "[contract]", MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto store = factory.open();
    REQUIRE_FALSE(store->setting("event_name").has_value());
    store->set_setting("event_name", "Physician Leadership Mixer");
    store->set_setting("event_name", "Mentoring Mixer 2026");
    REQUIRE(store->setting("event_name") == "Mentoring Mixer 2026");
}

TEMPLATE_TEST_CASE("transactions commit together or not at all, and nest", "[contract]", MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto store = factory.open();
    REQUIRE_THROWS_AS(store->transaction([&] {
        store->add_attendee(person("Ana"));
        store->add_attendee(person("Bo"));
        throw std::runtime_error("abort");
    }),
                      std::runtime_error);
    REQUIRE(store->attendee_count() == 0);

    store->transaction([&] {
        store->add_attendee(person("Ana"));
        try {
            store->transaction([&] {
                store->add_attendee(person("Inner"));
                throw std::runtime_error("inner only");
            });
        } catch (const std::runtime_error&) {
        }
        store->add_attendee(person("Bo"));
    });
    const auto all = store->attendees();
    REQUIRE(all.size() == 2);
    REQUIRE(all[0].display_name == "Ana");
    REQUIRE(all[1].display_name == "Bo");
}

TEMPLATE_TEST_CASE("likes and declines replace each other and can be cleared", "[contract]", MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto store = factory.open();
    const AttendeeId a = store->add_attendee(person("A"));
    const AttendeeId b = store->add_attendee(person("B"));
    store->set_preference(a, b, Preference::Like);
    store->set_preference(b, a, Preference::Decline);
    store->set_preference(a, b, Preference::Decline);
    auto prefs = store->preferences();
    REQUIRE(prefs.size() == 2);
    REQUIRE(prefs[0].from == a);
    REQUIRE(prefs[0].preference == Preference::Decline);
    store->set_preference(a, b, Preference::None);
    REQUIRE(store->preferences().size() == 1);
    REQUIRE_THROWS(store->set_preference(a, a, Preference::Like));
    REQUIRE_THROWS(store->set_preference(a, 999, Preference::Like));
}

TEMPLATE_TEST_CASE("rounds freeze pairings with tables and refuse double seating", "[contract]",
                   MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto store = factory.open();
    std::vector<AttendeeId> ids;
    for (int i = 0; i < 4; ++i) ids.push_back(store->add_attendee(person("P" + std::to_string(i))));
    const std::vector<Pairing> first{{ids[0], ids[1], 1, 40, "14 years ahead\nboth in cardiology"},
                                     {ids[2], ids[3], 2, 25, "outside your organization"}};
    const Round r1 = store->start_round(first, 900);
    REQUIRE(r1.number == 1);
    const Round r2 = store->start_round(std::vector<Pairing>{{ids[0], ids[3], 1, 10, ""}}, 0);
    REQUIRE(r2.number == 2);
    REQUIRE(store->rounds().size() == 2);
    const auto got = store->round_pairings(r1.id);
    REQUIRE(got.size() == 2);
    REQUIRE(got[0].reasons == "14 years ahead\nboth in cardiology");
    REQUIRE(got[1].table == 2);

    const std::vector<Pairing> both_roles{{ids[0], ids[1], 1, 0, ""}, {ids[1], ids[2], 2, 0, ""}};
    REQUIRE_THROWS_WITH(store->start_round(both_roles, 0), Catch::Contains("both mentors and is mentored"));
    const std::vector<Pairing> mentored_twice{{ids[0], ids[1], 1, 0, ""}, {ids[2], ids[1], 2, 0, ""}};
    REQUIRE_THROWS_WITH(store->start_round(mentored_twice, 0), Catch::Contains("mentored twice"));
    const std::vector<Pairing> two_tables{{ids[0], ids[1], 1, 0, ""}, {ids[0], ids[2], 2, 0, ""}};
    REQUIRE_THROWS_WITH(store->start_round(two_tables, 0), Catch::Contains("two tables"));
    REQUIRE(store->rounds().size() == 2);
    // A group: one mentor with three mentees at one table.
    const std::vector<Pairing> group{{ids[0], ids[1], 3, 30, ""}, {ids[0], ids[2], 3, 20, ""}, {ids[0], ids[3], 3, 10, ""}};
    const Round r3 = store->start_round(group, 600);
    REQUIRE(store->round_pairings(r3.id).size() == 3);
}

TEMPLATE_TEST_CASE("round reasons are blanked for one person or for everyone, pairings and scores stay",
                   "[contract]", MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto store = factory.open();
    std::vector<AttendeeId> ids;
    for (int i = 0; i < 4; ++i) ids.push_back(store->add_attendee(person("P" + std::to_string(i))));
    const std::vector<Pairing> first{{ids[0], ids[1], 1, 40, "both in cardiology"}, {ids[2], ids[3], 2, 25, "same city"}};
    const Round r1 = store->start_round(first, 900);
    const Round r2 = store->start_round(std::vector<Pairing>{{ids[0], ids[3], 1, 10, "relocation"}}, 0);
    CHECK(store->blank_round_reasons(ids[1]) == 1);              // only the pairing that seated them
    auto got = store->round_pairings(r1.id);
    REQUIRE(got.size() == 2);
    CHECK(got[0].reasons.empty());
    CHECK(got[0].score == 40);
    CHECK(got[1].reasons == "same city");
    CHECK(store->round_pairings(r2.id)[0].reasons == "relocation");
    CHECK(store->blank_round_reasons(0) == 2);                   // everyone: the two left
    CHECK(store->round_pairings(r1.id)[1].reasons.empty());
    CHECK(store->round_pairings(r2.id)[0].reasons.empty());
    CHECK(store->blank_round_reasons(0) == 0);
}

TEMPLATE_TEST_CASE("the change counter moves on every commit, including another connection's", "[contract]",
                   MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto kiosk = factory.open();
    auto board = factory.open();                                 // a second connection to the same store
    const AttendeeId ana = kiosk->add_attendee(person("Ana"));
    const auto before_kiosk = kiosk->change_counter();
    const auto before_board = board->change_counter();
    kiosk->check_in(ana, "kiosk");
    REQUIRE(kiosk->change_counter() != before_kiosk);
    REQUIRE(board->change_counter() != before_board);
    REQUIRE(board->present() == std::vector<AttendeeId>{ana});
    const auto quiet = board->change_counter();
    REQUIRE(board->change_counter() == quiet);                   // no write, no movement
}

TEMPLATE_TEST_CASE("readers catch up incrementally: changed attendees and new log events", "[contract]",
                   MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto store = factory.open();
    const AttendeeId a = store->add_attendee(person("Ana"));
    const AttendeeId b = store->add_attendee(person("Bo"));
    AttendeeChanges all = store->attendees_changed_since(0);
    REQUIRE(all.changed.size() == 2);
    REQUIRE(store->attendees_changed_since(all.revision).changed.empty());

    Attendee edited = *store->attendee(a);
    edited.title = "Director";
    store->update_attendee(edited);
    const AttendeeId c = store->add_attendee(person("Cy"));
    const AttendeeChanges delta = store->attendees_changed_since(all.revision);
    REQUIRE(delta.changed.size() == 2);
    REQUIRE(delta.changed[0].id == a);
    REQUIRE(delta.changed[0].title == "Director");
    REQUIRE(delta.changed[1].id == c);
    REQUIRE(delta.revision > all.revision);

    store->check_in(a, "kiosk");
    const auto first = store->check_in_log();
    store->check_in(b, "kiosk");
    store->undo_check_in(a, "organizer");
    const auto since = store->check_in_log_since(first.back().seq);
    REQUIRE(since.size() == 2);
    REQUIRE(since[0].attendee == b);
    REQUIRE(since[1].kind == CheckInKind::Undo);
}

TEMPLATE_TEST_CASE("one matcher at a time: the lease, and suggestions only its holder may write", "[contract]",
                   MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto kiosk = factory.open();
    auto board = factory.open();
    const AttendeeId a = kiosk->add_attendee(person("Ana"));
    const AttendeeId b = kiosk->add_attendee(person("Bo"));
    REQUIRE_FALSE(kiosk->matcher_lease_holder().has_value());
    REQUIRE(kiosk->acquire_matcher_lease("kiosk-1", 60'000));
    REQUIRE_FALSE(board->acquire_matcher_lease("board-1", 60'000));    // taken and alive
    REQUIRE(kiosk->acquire_matcher_lease("kiosk-1", 60'000));           // renewal
    REQUIRE(board->matcher_lease_holder() == "kiosk-1");

    const std::vector<Pairing> pairs{{a, b, 0, 420, "has made the move\n14 years ahead", true}};
    kiosk->store_suggestions(pairs, "kiosk-1");
    const auto seen = board->stored_suggestions();
    REQUIRE(seen.size() == 1);
    REQUIRE(seen[0].mentor == a);
    REQUIRE(seen[0].score == 420);
    REQUIRE(seen[0].reasons == "has made the move\n14 years ahead");
    REQUIRE(seen[0].locked);
    REQUIRE_THROWS_WITH(board->store_suggestions({}, "board-1"), Catch::Contains("lease"));
    REQUIRE(board->stored_suggestions().size() == 1);

    kiosk->release_matcher_lease("kiosk-1");
    REQUIRE(board->acquire_matcher_lease("board-1", 60'000));
    board->store_suggestions({}, "board-1");
    REQUIRE(kiosk->stored_suggestions().empty());
    REQUIRE_THROWS(kiosk->store_suggestions(pairs, "kiosk-1"));         // it lost the lease
}

TEMPLATE_TEST_CASE("an expired lease can be taken over", "[contract]", MB_STORE_IMPLEMENTATIONS) {
    TestType factory;
    auto dead = factory.open();
    auto alive = factory.open();
    REQUIRE(dead->acquire_matcher_lease("crashed-process", 1));         // expires after 1 ms
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    REQUIRE_FALSE(alive->matcher_lease_holder().has_value());
    REQUIRE(alive->acquire_matcher_lease("successor", 60'000));
    REQUIRE(alive->matcher_lease_holder() == "successor");
}
