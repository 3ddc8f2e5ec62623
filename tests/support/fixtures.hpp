// tests/support/fixtures.hpp — small builders for attendees used across suites.
#pragma once

#include <string>

#include "core/model/attendee.hpp"

namespace mb::test {

inline Attendee person(std::string name, std::string email = {}, Role role = Role::Mentee, int years = 2) {
    Attendee a;
    a.display_name = std::move(name);
    a.email.value = std::move(email);
    a.role = role;
    a.years_experience = years;
    return a;
}

} // namespace mb::test
