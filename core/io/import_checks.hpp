// core/io/import_checks.hpp — answers in an attendee list that would keep the matcher from pairing anyone.
//
// An import can succeed row by row and still make a useless event: a years column that was never filled
// gives every mentor 0 years, and the experience rule (a mentor is min_years_gap years ahead) then allows
// no pair at all. These checks look at the whole list after an import and say so in one sentence each,
// naming the column to check. They read attendees only; they never change anything.
#pragma once

#include <string>
#include <vector>

#include "core/model/attendee.hpp"

namespace mb {

struct ListFacts {
    bool has_role_column = true;          // false: everyone got the default role
    bool has_years_column = true;
};

// One sentence per problem, most serious first; empty when the list can be matched.
std::vector<std::string> matching_blockers(const std::vector<Attendee>& attendees, int min_years_gap,
                                           const ListFacts& facts);

} // namespace mb
