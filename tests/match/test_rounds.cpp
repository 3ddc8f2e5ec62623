// tests/match/test_rounds.cpp — tables, no repeated partners over five rounds, history replay, output formats.
#include <catch2/catch.hpp>

#include <random>
#include <set>

#include "core/match/pair_format.hpp"
#include "core/match/rounds.hpp"

using namespace mb;

namespace {

Attendee person(AttendeeId id, Role role, int years) {
    Attendee a;
    a.id = id;
    a.display_name = "P" + std::to_string(id);
    a.role = role;
    a.years_experience = years;
    a.organization = "Org " + std::to_string(id % 4);
    a.goals.add(Goal::LeadershipGrowth);
    a.expertise.add(Goal::LeadershipGrowth);
    return a;
}

} // namespace

TEST_CASE("five rounds never repeat a pair, and tables are 1..T with overflow at table 0") {
    Matcher m;
    std::mt19937_64 rng(5);
    std::uniform_int_distribution<int> years(0, 30);
    for (AttendeeId id = 1; id <= 24; ++id) {
        const Role role = id % 3 == 0 ? Role::Both : (id % 3 == 1 ? Role::Mentor : Role::Mentee);
        m.add_attendee(person(id, role, role == Role::Mentor ? 15 + years(rng) % 15 : years(rng) % 15));
    }
    std::set<std::pair<AttendeeId, AttendeeId>> met;
    for (int round = 1; round <= 5; ++round) {
        const RoundPlan plan = plan_round(m.suggestions(), 4);
        REQUIRE(!plan.pairs.empty());
        std::set<int> tables;
        int unseated = 0;
        for (const SeatedPair& p : plan.pairs) {
            const auto key = std::minmax(p.mentor, p.mentee);
            REQUIRE(met.insert({key.first, key.second}).second);          // never met before
            if (p.table == 0) {
                ++unseated;
            } else {
                REQUIRE(p.table >= 1);
                REQUIRE(p.table <= 4);
                REQUIRE(tables.insert(p.table).second);
            }
        }
        CHECK(unseated == plan.unseated);
        CHECK(plan.tables_used == static_cast<int>(tables.size()));
        CHECK(unseated == std::max(0, static_cast<int>(plan.pairs.size()) - 4));
        m.record_round(to_pairings(plan), round * 1000);
    }
}

TEST_CASE("load_history replays saved rounds so earlier partners are excluded") {
    Matcher m;
    m.add_attendee(person(1, Role::Mentor, 20));
    m.add_attendee(person(2, Role::Mentee, 2));
    m.add_attendee(person(3, Role::Mentee, 3));
    const AttendeeId first = *m.partner_of(1);
    load_history(m, {Round{1, 1, 1000, 600}}, {{Pairing{1, first, 1, 0, ""}}});
    REQUIRE(m.partner_of(1).has_value());
    CHECK(*m.partner_of(1) != first);
    CHECK_THROWS(load_history(m, {Round{}}, {}));
}

TEST_CASE("waited_in_round: present at the start (by the check-in log) and in no pair of the round") {
    const Round round{1, 1, 5000, 600};
    const std::vector<Pairing> pairs{Pairing{1, 2, 1, 100, ""}};
    const std::vector<CheckInEvent> log{
        {1, 1, CheckInKind::In, 1000, "kiosk", "a"},    {2, 2, CheckInKind::In, 1000, "kiosk", "b"},
        {3, 3, CheckInKind::In, 2000, "kiosk", "c"},    // waited
        {4, 4, CheckInKind::In, 2000, "kiosk", "d"},    {5, 4, CheckInKind::Undo, 3000, "kiosk", "e"},   // left
        {6, 5, CheckInKind::In, 5000, "kiosk", "f"},    // arrived as the round started: was there, waited
        {7, 6, CheckInKind::In, 6000, "kiosk", "g"},    // came later: did not wait
        {8, 4, CheckInKind::In, 7000, "kiosk", "h"},    // came back later
    };
    CHECK(waited_in_round(round, pairs, log) == std::vector<AttendeeId>{3, 5});
    CHECK(waited_in_round(round, pairs, {}).empty());
}

TEST_CASE("to_pairings keeps tables and scores and joins reasons with newlines") {
    RoundPlan plan;
    plan.pairs.push_back({1, 2, 3, 500, {"a", "b"}, LockKind::None});
    const auto rows = to_pairings(plan);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].table == 3);
    CHECK(rows[0].score == 500);
    CHECK(rows[0].reasons == "a\nb");
}

TEST_CASE("pair text and JSON output") {
    RoundPlan plan;
    plan.pairs.push_back({1, 2, 1, 845, {"14 years ahead", "both in cardiology"}, LockKind::Organizer});
    plan.pairs.push_back({3, 4, 0, 20, {}, LockKind::None});
    plan.waiting = {5};
    plan.tables_used = 1;
    plan.unseated = 1;
    const NameBook names{{1, "Ana Lima"}, {2, "Ben \"B\" O'Kafor"}, {3, "Zoë\\"}, {5, "Tab\tName"}};
    CHECK(format_pairs_text(plan, names) ==
          "Table 1: Ana Lima (mentor) + Ben \"B\" O'Kafor (mentee), score 845 [locked] - 14 years ahead; both in "
          "cardiology\n"
          "No table: Zoë\\ (mentor) + #4 (mentee), score 20\n"
          "Waiting: Tab\tName\n");
    CHECK(format_pairs_json(plan, names) ==
          "{\"pairs\":[{\"table\":1,\"mentor\":{\"id\":1,\"name\":\"Ana Lima\"},\"mentee\":{\"id\":2,\"name\":\"Ben "
          "\\\"B\\\" O'Kafor\"},\"score\":845,\"lock\":\"organizer\",\"reasons\":[\"14 years ahead\",\"both in "
          "cardiology\"]},{\"table\":0,\"mentor\":{\"id\":3,\"name\":\"Zoë\\\\\"},\"mentee\":{\"id\":4,\"name\":"
          "\"#4\"},\"score\":20,\"lock\":\"none\",\"reasons\":[]}],"
          "\"groups\":[{\"table\":1,\"mentor\":{\"id\":1,\"name\":\"Ana Lima\"},\"mentees\":[{\"id\":2,\"name\":"
          "\"Ben \\\"B\\\" O'Kafor\",\"score\":845,\"reason\":\"14 years ahead\"}]},{\"table\":0,\"mentor\":{\"id\":3,"
          "\"name\":\"Zoë\\\\\"},\"mentees\":[{\"id\":4,\"name\":\"#4\",\"score\":20,\"reason\":\"\"}]}],"
          "\"waiting\":[{\"id\":5,\"name\":\"Tab\\tName\"}],"
          "\"total\":865,\"tables_used\":1,\"unseated\":1}\n");
    CHECK(format_pairs_text({}, {}) == "Nobody is present.\n");
}

TEST_CASE("json_escape handles control characters and broken UTF-8") {
    CHECK(json_escape("a\x01z") == "\"a\\u0001z\"");
    CHECK(json_escape("line\nnext\r") == "\"line\\nnext\\r\"");
    CHECK(json_escape("Nguyễn") == "\"Nguyễn\"");
    CHECK(json_escape("bad\xff!") == "\"bad\xEF\xBF\xBD!\"");
    CHECK(json_escape("cut\xC3") == "\"cut\xEF\xBF\xBD\"");
    CHECK(json_escape("\xC0\xAF") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");          // overlong '/'
}
