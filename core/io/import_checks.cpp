// core/io/import_checks.cpp — see import_checks.hpp.
#include "core/io/import_checks.hpp"

#include <algorithm>

namespace mb {

namespace {

bool can_mentor(const Attendee& a) { return a.role == Role::Mentor || a.role == Role::Both; }
bool can_be_mentored(const Attendee& a) { return a.role == Role::Mentee || a.role == Role::Both; }

std::string people(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// How many (mentor, mentee) pairs of different people the experience rule allows. Sorting the mentees'
// years makes it O(n log n): for each mentor, the mentees at most (years - gap) are allowed.
long long pairs_the_experience_rule_allows(const std::vector<Attendee>& all, int gap) {
    std::vector<int> mentee_years;
    for (const Attendee& a : all) {
        if (can_be_mentored(a)) mentee_years.push_back(a.years_experience);
    }
    std::sort(mentee_years.begin(), mentee_years.end());
    long long allowed = 0;
    for (const Attendee& m : all) {
        if (!can_mentor(m)) continue;
        const int limit = m.years_experience - gap;
        long long n = std::upper_bound(mentee_years.begin(), mentee_years.end(), limit) - mentee_years.begin();
        if (can_be_mentored(m) && m.years_experience <= limit) --n;     // never with oneself (gap 0 only)
        allowed += n;
    }
    return allowed;
}

} // namespace

std::vector<std::string> matching_blockers(const std::vector<Attendee>& attendees, int min_years_gap,
                                           const ListFacts& facts) {
    std::vector<std::string> out;
    if (attendees.empty()) return out;
    const auto mentors = static_cast<std::size_t>(std::count_if(attendees.begin(), attendees.end(), can_mentor));
    const auto mentees = static_cast<std::size_t>(std::count_if(attendees.begin(), attendees.end(), can_be_mentored));
    if (mentors == 0) {
        out.push_back(facts.has_role_column
                          ? "nobody is a mentor: no pair can be made — check the role column"
                          : "the file has no role column, so everyone was imported as a mentee and no pair can be "
                            "made until people choose a role at the kiosk (or map a column with --map \"...=role\")");
        return out;
    }
    if (mentees == 0) {
        out.push_back("nobody is a mentee: no pair can be made — check the role column");
        return out;
    }
    const auto zero_year_mentors = static_cast<std::size_t>(std::count_if(
        attendees.begin(), attendees.end(), [](const Attendee& a) { return can_mentor(a) && a.years_experience == 0; }));
    if (min_years_gap > 0 && zero_year_mentors == mentors) {
        out.push_back("all " + people(mentors, "mentor has", "mentors have") + " 0 years: the experience rule will "
                      "pair nobody — check the years column" +
                      (facts.has_years_column ? "" : " (the file has none; map one with --map \"...=years\")"));
        return out;
    }
    if (pairs_the_experience_rule_allows(attendees, min_years_gap) == 0)
        out.push_back("no mentor is " + std::to_string(min_years_gap) + " or more years ahead of any mentee: the "
                      "experience rule will pair nobody — check the years column");
    return out;
}

} // namespace mb
