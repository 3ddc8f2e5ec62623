// tests/board/board_people.hpp — the people the board tests check in: mentors from one clinic, mentees from
// a hospital, all about leadership growth, so every mentor fits every mentee and pairs form predictably.
#pragma once

#include <string>

#include "core/live/live_matching.hpp"
#include "core/model/attendee.hpp"

namespace mb::test {

inline Attendee board_person(const std::string& name, Role role, int years, bool share_org = true) {
    Attendee a;
    a.display_name = name;
    a.organization = role == Role::Mentor ? "North Clinic" : "South Hospital";
    a.share_organization = share_org;
    a.role = role;
    a.years_experience = years;
    if (role == Role::Mentor) a.expertise.add(Goal::LeadershipGrowth);
    else a.goals.add(Goal::LeadershipGrowth);
    return a;
}

inline LiveOptions live_as(const std::string& holder) {
    LiveOptions o;
    o.holder = holder;
    return o;
}

} // namespace mb::test
