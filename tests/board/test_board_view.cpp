#include <catch2/catch.hpp>

#include "core/board/board_view.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;
using mb::test::person;

namespace {

struct Event {
    test::TempDir dir;
    std::unique_ptr<Store> store = open_sqlite_store(dir / "board.db");
    AttendeeId add(const std::string& name, const std::string& org, bool share_org, bool present = true) {
        Attendee a = person(name, "", Role::Mentee);
        a.organization = org;
        a.share_organization = share_org;
        a.email = {name.substr(0, 3) + "@example.org", true};
        a.phone = {"+1 555 0100", true};
        a.title = "Chief Secret Officer";
        const AttendeeId id = store->add_attendee(a);
        if (present) store->check_in(id, "test");
        return id;
    }
};

} // namespace

TEST_CASE("board: short names by default, full names when the organizer chooses") {
    auto short_of = [](const char* name, const char* given = "", const char* family = "") {
        Attendee a;
        a.display_name = name;
        a.given_name = given;
        a.family_name = family;
        return short_display_name(a);
    };
    CHECK(short_of("Zoë Ñúñez") == "Zoë Ñ.");
    CHECK(short_of("Seán O'Brien") == "Seán O.");
    CHECK(short_of("Nguyễn Thị Minh") == "Nguyễn M.");
    CHECK(short_of("Nguyễn Thị Minh", "Minh", "Nguyễn Thị") == "Minh N.");
    CHECK(short_of("陈静 (Chen Jing)") == "陈静");
    CHECK(short_of("François L'Héritier; MBA") == "François L.");
    CHECK(short_of("Cher") == "Cher");
    CHECK(short_of("  Ana   Li ") == "Ana L.");

    Event ev;
    const AttendeeId zoe = ev.add("Zoë Ñúñez", "Clínic", true);
    const AttendeeId sean = ev.add("Seán O'Brien", "Mater", false);
    const std::vector<Pairing> sugg{{sean, zoe, 0, 50, "has made the move you are weighing\n14 years ahead"}};
    const BoardInputs in = load_board_inputs(*ev.store, sugg);
    BoardView v = build_board_view(in, {}, 0);
    REQUIRE(v.cards.size() == 1);
    CHECK(v.cards[0].mentor_name == "Seán O.");
    CHECK(v.cards[0].mentee_name == "Zoë Ñ.");
    CHECK(v.cards[0].reason == "has made the move you are weighing");
    v = build_board_view(in, {true}, 0);
    CHECK(v.cards[0].mentee_name == "Zoë Ñúñez");
}

TEST_CASE("board: organizations only when shared, nothing else personal ever") {
    Event ev;
    const AttendeeId zoe = ev.add("Zoë Ñúñez", "Clínic", true);
    const AttendeeId sean = ev.add("Seán O'Brien", "Mater", false);
    const BoardView v = build_board_view(load_board_inputs(*ev.store, {{sean, zoe, 0, 1, "r"}}), {}, 0);
    REQUIRE(v.cards.size() == 1);
    CHECK(v.cards[0].mentee_org == "Clínic");
    CHECK(v.cards[0].mentor_org.empty());
    // The card type has no field for email, phone or title: the board cannot show what it never receives.
    for (const std::string& s : {v.cards[0].mentor_name, v.cards[0].mentee_name, v.cards[0].mentor_org,
                                 v.cards[0].mentee_org, v.cards[0].reason}) {
        CHECK(s.find('@') == std::string::npos);
        CHECK(s.find("555") == std::string::npos);
        CHECK(s.find("Secret") == std::string::npos);
    }
}

TEST_CASE("board: counts, waiting people, and pairs whose member left") {
    Event ev;
    const AttendeeId a = ev.add("Ana Li", "A", true);
    const AttendeeId b = ev.add("Bo Berg", "B", true);
    const AttendeeId c = ev.add("Cy Chen", "C", true);
    const AttendeeId d = ev.add("Di Dahl", "D", true);
    const AttendeeId gone = ev.add("Ed Eng", "E", true);
    ev.store->undo_check_in(gone, "organizer");
    ev.add("Fay Fox", "F", true, false);                       // registered, never checked in
    const std::vector<Pairing> sugg{{a, b, 0, 30, "x"}, {c, gone, 0, 90, "y"}};
    const BoardView v = build_board_view(load_board_inputs(*ev.store, sugg), {}, 0);
    CHECK(v.checked_in == 4);
    REQUIRE(v.cards.size() == 1);                              // the pair with Ed is gone with him
    CHECK(v.paired == 2);
    CHECK(v.waiting == 2);
    CHECK(v.waiting_names == std::vector<std::string>{"Cy C.", "Di D."});
    (void)d;
}

TEST_CASE("board: a running round shows tables first, then suggestions for newcomers, the clock counts down") {
    Event ev;
    const AttendeeId a = ev.add("Ana Li", "A", true);
    const AttendeeId b = ev.add("Bo Berg", "B", true);
    const AttendeeId c = ev.add("Cy Chen", "C", true);
    const AttendeeId d = ev.add("Di Dahl", "D", true);
    const Round r = ev.store->start_round(std::vector<Pairing>{{a, b, 3, 40, "seated"}}, 600);
    // The live suggestions already moved on (a with c); the round's seating still wins for a and b.
    const std::vector<Pairing> sugg{{a, c, 0, 99, "next"}, {d, c, 0, 10, "newcomers"}};
    const BoardInputs in = load_board_inputs(*ev.store, sugg);
    BoardView v = build_board_view(in, {}, r.started_ms + 60'000);
    REQUIRE(v.round.has_value());
    CHECK(v.round->number == 1);
    CHECK(v.round->remaining_s(r.started_ms + 60'000) == 540);
    REQUIRE(v.cards.size() == 2);
    CHECK(v.cards[0].table == 3);
    CHECK(v.cards[0].reason == "seated");
    CHECK(v.cards[1].table == 0);
    CHECK(v.cards[1].reason == "newcomers");
    // After the round's time is up: back to live suggestions, no clock.
    v = build_board_view(in, {}, r.started_ms + 601'000);
    CHECK_FALSE(v.round.has_value());
    REQUIRE(v.cards.size() == 1);
    CHECK(v.cards[0].reason == "next");
}

TEST_CASE("board: during a round, numbered tables come before pairs without a table") {
    Event ev;
    std::vector<AttendeeId> ids;
    for (int i = 0; i < 6; ++i) ids.push_back(ev.add("P" + std::to_string(i) + " X", "O" + std::to_string(i), false));
    const Round r = ev.store->start_round(
        std::vector<Pairing>{{ids[0], ids[1], 0, 50, "a"}, {ids[2], ids[3], 2, 40, "b"}, {ids[4], ids[5], 1, 30, "c"}},
        600);
    const BoardView v = build_board_view(load_board_inputs(*ev.store, {}), {}, r.started_ms + 1000);
    REQUIRE(v.cards.size() == 3);
    CHECK(v.cards[0].table == 1);
    CHECK(v.cards[1].table == 2);
    CHECK(v.cards[2].table == 0);
}

TEST_CASE("board: a mentor with several mentees is one group card, each mentee shown once") {
    Event ev;
    const AttendeeId kim = ev.add("Dr. Min-jun Kim", "Mercy", true);
    const AttendeeId ana = ev.add("Ana Lima", "Clínic", true);
    const AttendeeId ben = ev.add("Ben Okafor", "Mater", false);
    const AttendeeId chi = ev.add("Chi Eze", "Mater", false);
    const AttendeeId lee = ev.add("Lee Park", "Mercy", false);
    const std::vector<Pairing> sugg{{kim, ana, 0, 90, "14 years ahead"},
                                    {lee, chi, 0, 80, "both in cardiology"},
                                    {kim, ben, 0, 70, "has relocated for work"},
                                    {kim, chi, 0, 60, "a second mentor for Chi: refused"},
                                    {ana, lee, 0, 50, "Ana cannot mentor while mentored: refused"}};
    const BoardView v = build_board_view(load_board_inputs(*ev.store, sugg), {}, 0);
    REQUIRE(v.cards.size() == 2);
    CHECK(v.groups);
    const BoardCard& group = v.cards[0];
    CHECK(group.mentor == kim);
    CHECK(group.mentee == ana);
    REQUIRE(group.more_mentees.size() == 1);
    CHECK(group.more_mentees[0].id == ben);
    CHECK(group.more_mentees[0].name == "Ben O.");
    CHECK(group.more_mentees[0].org.empty());                 // Ben did not share his organization
    CHECK(group.more_mentees[0].reason == "has relocated for work");
    CHECK(group.mentee_count() == 2);
    CHECK(v.cards[1].mentor == lee);
    CHECK(v.paired == 5);
    CHECK(v.waiting == 0);
}
