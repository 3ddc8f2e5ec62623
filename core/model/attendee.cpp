// core/model/attendee.cpp — names and parsers for the model's enums; the email plausibility check.
#include "core/model/attendee.hpp"

#include <array>
#include <bit>

#include "core/util/strings.hpp"

namespace mb {

int GoalSet::count() const { return std::popcount(bits); }

namespace {
struct GoalNames { Goal goal; std::string_view key; std::string_view label; };
constexpr std::array<GoalNames, kGoalCount> kGoalNames{{
    {Goal::NewPosition, "new_position", "New position"},
    {Goal::SwitchingEmployers, "switching_employers", "Switching employers"},
    {Goal::Relocation, "relocation", "Relocation"},
    {Goal::ClinicalToAdministrative, "clinical_to_administrative", "Clinical to administrative"},
    {Goal::OrganizationalBarriers, "organizational_barriers", "Organizational barriers"},
    {Goal::InterpersonalIssues, "interpersonal_issues", "Interpersonal issues"},
    {Goal::LeadershipGrowth, "leadership_growth", "Leadership growth"},
}};
} // namespace

std::string_view role_key(Role r) {
    switch (r) {
    case Role::Mentor: return "mentor";
    case Role::Mentee: return "mentee";
    case Role::Both: return "both";
    }
    return "mentee";
}

std::optional<Role> parse_role(std::string_view text) {
    const std::string t = ascii_lower(trim(text));
    if (t == "mentor" || t == "mentors" || t == "m" || t == "give" || t == "to mentor") return Role::Mentor;
    if (t == "mentee" || t == "mentees" || t == "protege" || t == "to be mentored" || t == "learn")
        return Role::Mentee;
    if (t == "both" || t == "mentor & mentee" || t == "mentor and mentee" || t == "mentor/mentee" ||
        t == "mentee/mentor" || t == "b")
        return Role::Both;
    return std::nullopt;
}

std::string_view goal_key(Goal g) { return kGoalNames[static_cast<std::size_t>(g)].key; }
std::string_view goal_label(Goal g) { return kGoalNames[static_cast<std::size_t>(g)].label; }

std::optional<Goal> parse_goal(std::string_view text) {
    const std::string t = ascii_lower(trim(text));
    for (const GoalNames& n : kGoalNames) {
        if (t == n.key || t == ascii_lower(n.label)) return n.goal;
    }
    // Common short forms seen in registration forms.
    if (t == "clinical to admin" || t == "clinical-to-administrative" || t == "admin transition")
        return Goal::ClinicalToAdministrative;
    if (t == "new role" || t == "new job") return Goal::NewPosition;
    if (t == "switching employer" || t == "changing employers" || t == "new employer")
        return Goal::SwitchingEmployers;
    if (t == "leadership") return Goal::LeadershipGrowth;
    return std::nullopt;
}

std::string goals_to_keys(GoalSet s) {
    std::string out;
    for (int i = 0; i < kGoalCount; ++i) {
        const auto g = static_cast<Goal>(i);
        if (!s.has(g)) continue;
        if (!out.empty()) out += ';';
        out += goal_key(g);
    }
    return out;
}

GoalSet parse_goal_list(std::string_view text, std::vector<std::string>* unknown) {
    GoalSet set;
    for (std::string_view part : split_any(text, ";,|")) {
        if (trim(part).empty()) continue;
        if (auto g = parse_goal(part)) {
            set.add(*g);
        } else if (unknown) {
            unknown->emplace_back(trim(part));
        }
    }
    return set;
}

bool looks_like_email(std::string_view s) {
    const auto at = s.find('@');
    if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos) return false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';') return false;
    }
    const std::string_view domain = s.substr(at + 1);
    const auto dot = domain.rfind('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

} // namespace mb
