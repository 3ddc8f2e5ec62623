// tests/match/test_group_room.cpp — the live board with mentor capacities: groups, stickiness, rounds, priority.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "core/match/b_matching_live.hpp"
#include "core/match/group_room.hpp"
#include "core/match/rounds.hpp"

using namespace mb;

namespace {

Attendee person(AttendeeId id, Role role, int years, const std::string& org, std::uint32_t goals = 0b111,
                std::uint32_t expertise = 0b111) {
    Attendee a;
    a.id = id;
    a.display_name = "Person " + std::to_string(id);
    a.role = role;
    a.years_experience = years;
    a.organization = org;
    a.goals.bits = goals;
    a.expertise.bits = expertise;
    a.field = id % 2 ? "Cardiology" : "Nursing";
    return a;
}

// The room: 10 mentors, 5 "both", 30 mentees, several organizations.
std::vector<Attendee> mixer_room() {
    std::vector<Attendee> room;
    AttendeeId id = 1;
    for (int i = 0; i < 10; ++i, ++id) room.push_back(person(id, Role::Mentor, 18 + i, "Org " + std::to_string(i % 4)));
    for (int i = 0; i < 5; ++i, ++id) room.push_back(person(id, Role::Both, 10 + i, "Org " + std::to_string(i % 3)));
    for (int i = 0; i < 30; ++i, ++id)
        room.push_back(person(id, Role::Mentee, i % 6, "Org " + std::to_string(i % 5), 1u << (i % 7)));
    return room;
}

// Every rule a board of groups must keep; returns the groups (mentor -> mentees).
std::map<AttendeeId, std::set<AttendeeId>> check_board(GroupRoom& room, const SuggestionSet& s) {
    std::map<AttendeeId, std::set<AttendeeId>> groups;
    std::set<AttendeeId> mentees;
    for (const Suggestion& p : s.pairs) {
        INFO("pair " << p.mentor << " -> " << p.mentee);
        CHECK(mentees.insert(p.mentee).second);              // one mentor per mentee
        groups[p.mentor].insert(p.mentee);
        CHECK(room.matcher().relation(p.mentor, p.mentee).mentee_says != Preference::Decline);
        CHECK_FALSE(p.reasons.empty());                      // reasons per mentee
        CHECK(p.score > 0);
    }
    for (const auto& [mentor, group] : groups) {
        CHECK_FALSE(mentees.count(mentor));                  // nobody mentors and is mentored at once
        CHECK(static_cast<int>(group.size()) <= room.capacity_of(mentor));
    }
    for (AttendeeId w : s.waiting) {
        CHECK_FALSE(mentees.count(w));
        CHECK_FALSE(groups.count(w));
    }
    return groups;
}

} // namespace

TEST_CASE("group room: with capacity 1 everywhere it is the 1 to 1 Matcher, unchanged", "[groups][room]") {
    GroupRoom room;
    Matcher plain;
    for (const Attendee& a : mixer_room()) {
        room.add_attendee(a);
        plain.add_attendee(a);
    }
    CHECK_FALSE(room.group_mode());
    const SuggestionSet a = room.suggestions(), b = plain.suggestions();
    REQUIRE(a.pairs.size() == b.pairs.size());
    for (std::size_t i = 0; i < a.pairs.size(); ++i) {
        CHECK(a.pairs[i].mentor == b.pairs[i].mentor);
        CHECK(a.pairs[i].mentee == b.pairs[i].mentee);
    }
    CHECK(a.waiting == b.waiting);
}

TEST_CASE("group room: 10 mentors, 5 both and 30 mentees at capacity 3 leave nobody waiting who could sit",
          "[groups][room]") {
    GroupRoom one_to_one;
    GroupRoom groups(MatchSettings{}, 3);
    for (const Attendee& a : mixer_room()) {
        one_to_one.add_attendee(a);
        groups.add_attendee(a);
    }
    const std::size_t waiting_before = one_to_one.suggestions().waiting.size();
    CHECK(waiting_before >= 15);                             // the complaint, reproduced
    groups.reoptimize();
    const SuggestionSet s = groups.suggestions();
    REQUIRE(groups.group_mode());
    const auto board = check_board(groups, s);
    // 10 mentors x 3 seats cover the 30 mentees; the "both" people either mentor or are mentored.
    std::size_t seated_mentees = 0;
    for (const auto& [mentor, group] : board) seated_mentees += group.size();
    CHECK(seated_mentees >= 30);
    CHECK(s.waiting.size() <= 2);
    CHECK(s.optimum_bound >= s.total);
}

TEST_CASE("group room: a check-in keeps the groups that are still optimal", "[groups][room]") {
    GroupRoom room(MatchSettings{}, 2);
    room.add_attendee(person(1, Role::Mentor, 20, "A"));
    room.add_attendee(person(2, Role::Mentee, 2, "B"));
    room.add_attendee(person(3, Role::Mentee, 2, "B"));
    const SuggestionSet before = room.suggestions();
    REQUIRE(before.pairs.size() == 2);
    // A second mentor equal in every way: seating either is optimal, so nobody moves.
    room.add_attendee(person(5, Role::Mentor, 20, "A"));   // odd id: the same field as mentor 1
    const SuggestionSet after = room.suggestions();
    REQUIRE(after.pairs.size() == 2);
    for (const Suggestion& p : after.pairs) CHECK(p.mentor == 1);
    CHECK(after.waiting == std::vector<AttendeeId>{5});
}

TEST_CASE("group room: declines and per-person capacity are kept inside groups", "[groups][room]") {
    GroupRoom room(MatchSettings{}, 4);
    Attendee small_table = person(1, Role::Mentor, 20, "A");
    small_table.mentor_capacity = 1;                         // this mentor takes one mentee only
    room.add_attendee(small_table);
    room.add_attendee(person(2, Role::Mentor, 25, "A"));
    for (AttendeeId id = 3; id <= 7; ++id) room.add_attendee(person(id, Role::Mentee, 1, "B"));
    room.set_preference(3, 2, Preference::Decline, 1);       // mentee 3 declines mentor 2
    const SuggestionSet s = room.suggestions();
    const auto groups = check_board(room, s);
    CHECK(room.capacity_of(1) == 1);
    CHECK(room.capacity_of(2) == 4);
    REQUIRE(groups.count(1));
    CHECK(groups.at(1).size() == 1);
    REQUIRE(groups.count(2));
    CHECK_FALSE(groups.at(2).count(3));
    CHECK(groups.at(1).count(3));                           // 3 can only sit with mentor 1
    CHECK(s.pairs.size() == 5);
}

TEST_CASE("group room: over rounds mentees rotate, never meet a mentor twice, and who waited sits first",
          "[groups][room]") {
    // Two mentors with 2 seats each and five mentees: one mentee waits each round.
    GroupRoom room(MatchSettings{}, 2);
    room.add_attendee(person(1, Role::Mentor, 20, "A"));
    room.add_attendee(person(2, Role::Mentor, 22, "A"));
    for (AttendeeId id = 3; id <= 7; ++id) room.add_attendee(person(id, Role::Mentee, 1, "B"));
    std::set<std::pair<AttendeeId, AttendeeId>> met;
    std::int64_t started = 1000;
    for (int round = 1; round <= 2; ++round) {
        const SuggestionSet s = room.suggestions();
        check_board(room, s);
        REQUIRE(s.waiting.size() == 1);
        const AttendeeId waited = s.waiting.front();
        const RoundPlan plan = plan_round(s, 0);
        for (const SeatedPair& p : plan.pairs) CHECK(met.insert({p.mentor, p.mentee}).second);
        room.record_round(to_pairings(plan), started);
        started += 1000;
        CHECK(room.has_priority(waited));
        const SuggestionSet next = room.suggestions();
        bool seated = false;
        for (const Suggestion& p : next.pairs) seated = seated || p.mentee == waited;
        CHECK(seated);
    }
}

namespace {

// Mentor 1 (two seats) and three mentees: 2 and 3 cover the mentor's expertise and both said yes to the
// mentor, 4 (the one who waited) shares only the base points. Without priority 4 clearly waits.
GroupRoom room_with_rivals() {
    GroupRoom room(MatchSettings{}, 2);
    room.add_attendee(person(1, Role::Mentor, 20, "A", 0b111, 0b001));
    room.add_attendee(person(2, Role::Mentee, 1, "B", 0b001));
    room.add_attendee(person(3, Role::Mentee, 1, "C", 0b001));
    room.add_attendee(person(4, Role::Mentee, 1, "D", 0b100));
    for (AttendeeId rival : {2, 3}) {
        room.set_preference(1, rival, Preference::Like, 1);
        room.set_preference(rival, 1, Preference::Like, 1);
    }
    return room;
}

bool seated(const SuggestionSet& s, AttendeeId mentee) {
    for (const Suggestion& p : s.pairs) {
        if (p.mentee == mentee) return true;
    }
    return false;
}

} // namespace

TEST_CASE("group room: who waited last round is seated first, even against a mutual like", "[groups][room]") {
    GroupRoom room = room_with_rivals();
    const SuggestionSet before = room.suggestions();
    REQUIRE(before.waiting == std::vector<AttendeeId>{4});   // two mutual likes beat a base-points pair
    room.set_waited({4});
    CHECK(room.has_priority(4));
    const SuggestionSet after = room.suggestions();
    const auto groups = check_board(room, after);
    CHECK(seated(after, 4));
    REQUIRE(groups.count(1));
    CHECK(groups.at(1).size() == 2);                         // the other seat still goes to a rival
    CHECK(after.total < before.total);                       // priority really cost score: not a tie
    CHECK(after.optimum_bound >= after.total);
    CHECK(after.optimum_bound < before.total + 1000);        // the bound is in score, not priority points
    // Where no mentor may take them (they declined the only one), priority changes nothing.
    room.set_preference(4, 1, Preference::Decline, 2);
    const SuggestionSet declined = room.suggestions();
    CHECK(declined.waiting == std::vector<AttendeeId>{4});
    CHECK(declined.pairs.size() == 2);
}

TEST_CASE("group room: priority from a round holds for a rival who arrives with a like, and lasts one round",
          "[groups][room]") {
    GroupRoom room(MatchSettings{}, 2);
    room.add_attendee(person(1, Role::Mentor, 20, "A", 0b111, 0b001));
    room.add_attendee(person(2, Role::Mentee, 1, "B", 0b001));
    room.add_attendee(person(3, Role::Mentee, 1, "C", 0b001));
    room.add_attendee(person(4, Role::Mentee, 1, "D", 0b100));
    const SuggestionSet first = room.suggestions();
    REQUIRE(first.waiting == std::vector<AttendeeId>{4});
    room.record_round(to_pairings(plan_round(first, 0)), 1000);
    CHECK(room.has_priority(4));
    CHECK_FALSE(room.has_priority(2));
    // Two strong newcomers, one with a mutual like: the mentor's two seats are 4's and the liked one's.
    room.add_attendee(person(5, Role::Mentee, 1, "E", 0b001));
    room.add_attendee(person(7, Role::Mentee, 1, "F", 0b001));
    room.set_preference(1, 5, Preference::Like, 2000);
    room.set_preference(5, 1, Preference::Like, 2000);
    const SuggestionSet second = room.suggestions();
    check_board(room, second);
    CHECK(seated(second, 4));
    CHECK(seated(second, 5));
    CHECK(std::find(second.waiting.begin(), second.waiting.end(), 7) != second.waiting.end());
    // Next round 4 sat, so 7 (who waited) has priority now and 4 does not.
    room.record_round(to_pairings(plan_round(second, 0)), 3000);
    CHECK_FALSE(room.has_priority(4));
    CHECK(room.has_priority(7));
}

TEST_CASE("group room: at capacity 1 a recorded round changes nothing beyond the Matcher's history",
          "[groups][room]") {
    GroupRoom room;
    Matcher plain;
    for (const Attendee& a : mixer_room()) {
        room.add_attendee(a);
        plain.add_attendee(a);
    }
    const std::vector<Pairing> round = to_pairings(plan_round(room.suggestions(), 0));
    room.record_round(round, 1000);
    plain.record_round(round, 1000);
    room.set_waited(room.suggestions().waiting);
    const SuggestionSet a = room.suggestions(), b = plain.suggestions();
    REQUIRE(a.pairs.size() == b.pairs.size());
    for (std::size_t i = 0; i < a.pairs.size(); ++i) {
        CHECK(a.pairs[i].mentor == b.pairs[i].mentor);
        CHECK(a.pairs[i].mentee == b.pairs[i].mentee);
        CHECK(a.pairs[i].score == b.pairs[i].score);
    }
    CHECK(a.waiting == b.waiting);
}

TEST_CASE("group room: reoptimize frees the roles of both people and never does worse", "[groups][room]") {
    std::mt19937_64 rng(5);
    GroupRoom room(MatchSettings{}, 3);
    std::uniform_int_distribution<int> years(0, 30), org(0, 6), goals(1, 127);
    for (AttendeeId id = 1; id <= 60; ++id) {
        const Role r = id % 5 == 0 ? Role::Mentor : (id % 5 == 1 ? Role::Both : Role::Mentee);
        room.add_attendee(person(id, r, years(rng), "Org " + std::to_string(org(rng)),
                                 static_cast<std::uint32_t>(goals(rng)), static_cast<std::uint32_t>(goals(rng))));
        check_board(room, room.suggestions());
    }
    const std::int64_t live = room.suggestions().total;
    room.reoptimize();
    const SuggestionSet s = room.suggestions();
    check_board(room, s);
    CHECK(s.total >= live);
    CHECK(s.optimum_bound >= s.total);
}

TEST_CASE("live b-matching: each arrival leaves the exact optimum of everyone so far", "[groups][live]") {
    std::mt19937_64 rng(23);
    for (int trial = 0; trial < 20; ++trial) {
        const int n = 30 + trial * 5;
        std::uniform_int_distribution<int> cap(0, 4), weight(1, trial % 2 ? 5 : 1000);
        std::uniform_real_distribution<double> coin(0, 1);
        std::vector<int> capacity(static_cast<std::size_t>(n));
        for (int& c : capacity) c = coin(rng) < 0.3 ? cap(rng) : 0;
        LiveBMatching live(n);
        std::vector<GroupEdge> so_far;
        const int first = n / 3;
        auto edges_of = [&](int v) {                          // v's edges to everyone before it
            std::vector<GroupEdge> e;
            for (int u = 0; u < v; ++u) {
                if (coin(rng) > 0.4) continue;
                if (capacity[static_cast<std::size_t>(u)] > 0 && capacity[static_cast<std::size_t>(v)] == 0) e.push_back({u, v, weight(rng)});
                else if (capacity[static_cast<std::size_t>(v)] > 0 && capacity[static_cast<std::size_t>(u)] == 0) e.push_back({v, u, weight(rng)});
            }
            return e;
        };
        for (int v = 0; v < n; ++v) {
            const std::vector<GroupEdge> e = edges_of(v);
            so_far.insert(so_far.end(), e.begin(), e.end());
            live.add_person(v, capacity[static_cast<std::size_t>(v)], e);
            if (v + 1 == first) live.solve();
            if (v + 1 < first) continue;
            const std::vector<int> cap_so_far(capacity.begin(), capacity.begin() + v + 1);
            const BMatchingResult exact = solve_b_matching(v + 1, cap_so_far, so_far);
            INFO("trial " << trial << " after " << v + 1);
            REQUIRE(live.total() == exact.total);
            for (int p = 0; p <= v; ++p) REQUIRE(live.load(p) <= capacity[static_cast<std::size_t>(p)]);
        }
    }
}

TEST_CASE("group room: a mentor may have as many locked mentees as they take, each pair its own lock",
          "[groups][room][locks]") {
    GroupRoom room(MatchSettings{}, 3);
    room.add_attendee(person(1, Role::Mentor, 20, "A"));
    room.add_attendee(person(3, Role::Mentor, 20, "A"));
    for (AttendeeId id = 10; id <= 14; ++id) room.add_attendee(person(id, Role::Mentee, 1, "B"));
    REQUIRE(room.group_mode());
    CHECK_FALSE(room.lock_pair(10, 1));                      // either order: the mentor is found
    CHECK_FALSE(room.lock_pair(1, 11));
    CHECK_FALSE(room.lock_pair(1, 12));
    CHECK_FALSE(room.lock_pair(1, 12));                      // again: nothing to do
    const auto full = room.lock_pair(1, 13);
    REQUIRE(full);
    CHECK_THAT(*full, Catch::Contains("3 locked mentees"));
    const auto taken = room.lock_pair(3, 10);
    REQUIRE(taken);
    CHECK_THAT(*taken, Catch::Contains("already locked"));
    const auto same_role = room.lock_pair(1, 3);
    CHECK(same_role);                                        // two mentors: not a pair

    auto locked_pairs = [&](const SuggestionSet& s) {
        std::set<std::pair<AttendeeId, AttendeeId>> out;
        for (const Suggestion& p : s.pairs) {
            if (p.lock == LockKind::Organizer) out.insert({p.mentor, p.mentee});
        }
        return out;
    };
    const std::set<std::pair<AttendeeId, AttendeeId>> three{{1, 10}, {1, 11}, {1, 12}};
    SuggestionSet s = room.suggestions();
    check_board(room, s);
    CHECK(locked_pairs(s) == three);
    // A check-in does not move a locked mentee.
    room.add_attendee(person(15, Role::Mentee, 1, "C", 0b111));
    s = room.suggestions();
    check_board(room, s);
    CHECK(locked_pairs(s) == three);
    for (const Suggestion& p : s.pairs) {
        if (p.mentor == 1) CHECK(three.count({p.mentor, p.mentee}));
    }

    // A takeover: a fresh room restored from the published board keeps all three locks.
    std::vector<Attendee> present;
    for (AttendeeId id : {1, 3}) present.push_back(person(id, Role::Mentor, 20, "A"));
    for (AttendeeId id : {10, 11, 12, 13, 14}) present.push_back(person(id, Role::Mentee, 1, "B"));
    present.push_back(person(15, Role::Mentee, 1, "C"));
    std::vector<Pairing> published;
    for (const Suggestion& p : s.pairs)
        published.push_back({p.mentor, p.mentee, 0, p.score, "", p.lock != LockKind::None});
    GroupRoom successor(MatchSettings{}, 3);
    successor.restore(present, published);
    CHECK(locked_pairs(successor.suggestions()) == three);

    // Unlocking a mentee frees that pair only; unlocking the mentor frees the rest.
    CHECK(room.unlock_pair(11));
    CHECK(locked_pairs(room.suggestions()) == std::set<std::pair<AttendeeId, AttendeeId>>{{1, 10}, {1, 12}});
    CHECK_FALSE(room.unlock_pair(11));
    CHECK(room.unlock_pair(1));
    CHECK(locked_pairs(room.suggestions()).empty());
    // Locks end with a round.
    CHECK_FALSE(room.lock_pair(1, 14));
    room.record_round(to_pairings(plan_round(room.suggestions(), 0)), 1000);
    CHECK(locked_pairs(room.suggestions()).empty());
}
