#include <catch2/catch.hpp>

#include "core/model/attendee.hpp"

using namespace mb;

TEST_CASE("goal keys and labels round-trip through the parser") {
    for (int i = 0; i < kGoalCount; ++i) {
        const auto g = static_cast<Goal>(i);
        REQUIRE(parse_goal(goal_key(g)) == g);
        REQUIRE(parse_goal(goal_label(g)) == g);
    }
    REQUIRE_FALSE(parse_goal("astrology").has_value());
}

TEST_CASE("goal lists parse with any separator and report unknown entries") {
    std::vector<std::string> unknown;
    const GoalSet s = parse_goal_list("relocation; New position | astrology", &unknown);
    REQUIRE(s.has(Goal::Relocation));
    REQUIRE(s.has(Goal::NewPosition));
    REQUIRE(s.count() == 2);
    REQUIRE(unknown == std::vector<std::string>{"astrology"});
    REQUIRE(goals_to_keys(s) == "new_position;relocation");
}

TEST_CASE("roles parse from the spellings registration forms use") {
    REQUIRE(parse_role("Mentor") == Role::Mentor);
    REQUIRE(parse_role(" mentee ") == Role::Mentee);
    REQUIRE(parse_role("Mentor & Mentee") == Role::Both);
    REQUIRE_FALSE(parse_role("speaker").has_value());
}

TEST_CASE("email plausibility rejects typos, accepts ordinary addresses") {
    REQUIRE(looks_like_email("ana@example.org"));
    REQUIRE(looks_like_email("o'brien+mixer@mail.hospital.ie"));
    REQUIRE_FALSE(looks_like_email("ana.example.org"));
    REQUIRE_FALSE(looks_like_email("ana@example"));
    REQUIRE_FALSE(looks_like_email("ana@@example.org"));
    REQUIRE_FALSE(looks_like_email("ana @example.org"));
    REQUIRE_FALSE(looks_like_email("@example.org"));
    REQUIRE_FALSE(looks_like_email("ana@example."));
}
