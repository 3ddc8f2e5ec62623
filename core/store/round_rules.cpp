// core/store/round_rules.cpp — the round rule shared by the stores.
#include "core/store/round_rules.hpp"

#include <map>
#include <set>
#include <string>

namespace mb {

void check_round_pairings(std::span<const Pairing> pairings) {
    std::set<AttendeeId> mentees;
    std::map<AttendeeId, std::pair<int, int>> mentors;        // mentor -> (mentees, table)
    for (const Pairing& p : pairings) {
        if (p.mentor == p.mentee) throw StoreError("a pairing needs two different people");
        if (!mentees.insert(p.mentee).second)
            throw StoreError("attendee " + std::to_string(p.mentee) + " is mentored twice in the same round");
        auto [it, first] = mentors.try_emplace(p.mentor, 0, p.table);
        if (!first && it->second.second != p.table)
            throw StoreError("mentor " + std::to_string(p.mentor) + " is seated at two tables in the same round");
        if (++it->second.first > kMaxMentorCapacity)
            throw StoreError("mentor " + std::to_string(p.mentor) + " has more than " +
                             std::to_string(kMaxMentorCapacity) + " mentees in one round");
    }
    for (const auto& [mentor, load] : mentors) {
        if (mentees.count(mentor))
            throw StoreError("attendee " + std::to_string(mentor) + " both mentors and is mentored in the same round");
    }
}

} // namespace mb
