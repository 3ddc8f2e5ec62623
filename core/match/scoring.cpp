// core/match/scoring.cpp — constraint checks, score tables, seniority keywords, and the reasons behind a score.
#include "core/match/scoring.hpp"

#include <algorithm>
#include <array>

#include "core/text/fold.hpp"
#include "core/util/strings.hpp"

namespace mb {

// --- Small text helpers ------------------------------------------------------------------------------------

namespace {

struct LocationParts {
    std::string city_folded;      // first comma part, folded
    std::string area_folded;      // last comma part, folded ("" without a comma)
    std::string city_text;        // first part as written (trimmed)
    std::string area_text;        // last part as written (trimmed)
};

LocationParts split_location(std::string_view location) {
    LocationParts p;
    const std::vector<std::string_view> parts = split_any(location, ",");
    if (parts.empty()) return p;
    p.city_text = std::string(trim(parts.front()));
    p.city_folded = fold_for_search(p.city_text);
    if (parts.size() > 1) {
        p.area_text = std::string(trim(parts.back()));
        p.area_folded = fold_for_search(p.area_text);
    }
    return p;
}

bool has_word(std::string_view padded, std::string_view word) {
    std::string needle = " ";
    needle += word;
    needle += ' ';
    return padded.find(needle) != std::string_view::npos;
}

std::string_view goal_phrase(Goal g) {
    switch (g) {
    case Goal::NewPosition: return "has stepped into new positions like the one ahead of you";
    case Goal::SwitchingEmployers: return "has switched employers and can weigh it with you";
    case Goal::Relocation: return "has relocated for work";
    case Goal::ClinicalToAdministrative: return "has made the clinical-to-administrative move you are weighing";
    case Goal::OrganizationalBarriers: return "has worked through organizational barriers";
    case Goal::InterpersonalIssues: return "can advise on interpersonal issues";
    case Goal::LeadershipGrowth: return "can help you grow as a leader";
    }
    return "shares your goals";
}

} // namespace

std::string_view pair_block_text(PairBlock b) {
    switch (b) {
    case PairBlock::None: return "allowed";
    case PairBlock::Roles: return "roles do not fit (one mentor side, one mentee side)";
    case PairBlock::Experience: return "mentor is not enough years ahead";
    case PairBlock::SameOrganization: return "same organization and the mentee prefers outside";
    case PairBlock::Declined: return "one of them declined";
    case PairBlock::MetBefore: return "already paired in an earlier round";
    }
    return "blocked";
}

int seniority_level(std::string_view title) {
    const std::string padded = " " + fold_for_search(title) + " ";
    static constexpr std::array<std::string_view, 16> kExecutive{
        "chief", "ceo", "cmo", "cfo", "coo", "cno", "cio", "cto", "cmio", "president", "vp", "svp", "evp",
        "dean", "vice president", "executive director"};
    static constexpr std::array<std::string_view, 7> kDirector{
        "director", "head", "chair", "chairman", "chairwoman", "chairperson", "partner"};
    static constexpr std::array<std::string_view, 8> kSenior{
        "senior", "sr", "lead", "principal", "manager", "supervisor", "attending", "consultant"};
    for (std::string_view w : kExecutive) {
        if (has_word(padded, w)) return 3;
    }
    for (std::string_view w : kDirector) {
        if (has_word(padded, w)) return 2;
    }
    for (std::string_view w : kSenior) {
        if (has_word(padded, w)) return 1;
    }
    return 0;
}

std::string_view seniority_phrase(int level) {
    switch (level) {
    case 3: return "in an executive role";
    case 2: return "in a director-level role";
    case 1: return "in a senior role";
    default: return "";
    }
}

// --- Profiles ----------------------------------------------------------------------------------------------

int StringInterner::id(const std::string& folded) {
    if (folded.empty()) return 0;
    const auto [it, inserted] = ids_.emplace(folded, static_cast<int>(ids_.size()) + 1);
    return it->second;
}

MatchProfile make_profile(const Attendee& a, StringInterner& strings) {
    MatchProfile p;
    p.years = a.years_experience;
    p.can_mentor = a.role == Role::Mentor || a.role == Role::Both;
    p.can_mentee = a.role == Role::Mentee || a.role == Role::Both;
    p.prefer_outside = a.prefer_outside_org;
    p.goals = a.goals.bits;
    p.expertise = a.expertise.bits;
    p.seniority = seniority_level(a.title);
    p.field = strings.id(fold_for_search(a.field));
    p.org = strings.id(normalize_organization(a.organization));
    const LocationParts loc = split_location(a.location);
    p.city = strings.id(loc.city_folded);
    p.area = strings.id(loc.area_folded);
    return p;
}

// --- Scorer --------------------------------------------------------------------------------------------------

PairScorer::PairScorer(const MatchSettings& settings) : settings_(settings), w_(settings.weights) {
    min_gap_ = std::max(0, settings.min_years_gap);
    for (int goals = 1; goals < 8; ++goals) {                 // no goals: no coverage term
        for (int covered = 0; covered <= goals; ++covered) coverage_[goals][covered] = w_.goal_coverage * covered / goals;
    }
    const int plateau = std::max(1, w_.experience_plateau_years);
    for (int gap = 0; gap <= kMaxGap; ++gap) experience_[gap] = w_.experience_max * std::min(gap, plateau) / plateau;
}

int PairScorer::with_relation(int profile_points, const PairRelation& r) const {
    if (profile_points < 0) return -1;
    if (r.mentor_says == Preference::Decline || r.mentee_says == Preference::Decline) return -1;
    if (r.met_before && !r.asked_to_meet_again) return -1;
    const int likes = (r.mentor_says == Preference::Like) + (r.mentee_says == Preference::Like);
    if (likes == 2) return profile_points + w_.mutual_like;
    if (likes == 1) return profile_points + w_.one_sided_like;
    return profile_points;
}

PairScorer::Oriented PairScorer::best_orientation(const MatchProfile& a, const MatchProfile& b,
                                                  const PairRelation& relation) const {
    const int ab = with_relation(profile_score(a, b), relation);
    const int ba = with_relation(profile_score(b, a), relation.flipped());
    return ab >= ba ? Oriented{ab, true} : Oriented{ba, false};
}

PairScorer::Oriented PairScorer::best_orientation(const MatchProfile& a, const MatchProfile& b) const {
    const int ab = profile_score(a, b);
    const int ba = profile_score(b, a);
    return ab >= ba ? Oriented{ab, true} : Oriented{ba, false};
}

// --- Explained score ---------------------------------------------------------------------------------------

ScoredPair explain_pair(const Attendee& mentor, const Attendee& mentee, const PairRelation& relation,
                        const MatchSettings& settings) {
    StringInterner strings;
    const MatchProfile m = make_profile(mentor, strings);
    const MatchProfile e = make_profile(mentee, strings);
    const ScoreWeights& w = settings.weights;
    ScoredPair out;
    if (!m.can_mentor || !e.can_mentee) out.block = PairBlock::Roles;
    else if (m.years - e.years < std::max(0, settings.min_years_gap)) out.block = PairBlock::Experience;
    else if (e.prefer_outside && m.org != 0 && m.org == e.org) out.block = PairBlock::SameOrganization;
    else if (relation.mentor_says == Preference::Decline || relation.mentee_says == Preference::Decline)
        out.block = PairBlock::Declined;
    else if (relation.met_before && !relation.asked_to_meet_again) out.block = PairBlock::MetBefore;
    if (out.block != PairBlock::None) return out;

    // Each term mirrors PairScorer::profile_score / with_relation exactly (a test holds them together).
    std::vector<Reason> reasons;
    auto add = [&](std::string text, int points) { reasons.push_back({std::move(text), points}); };
    const int goal_count = GoalSet{e.goals & 0x7fu}.count();
    const GoalSet covered{e.goals & m.expertise & 0x7fu};
    if (goal_count > 0 && covered.count() > 0) {
        const int total = w.goal_coverage * covered.count() / goal_count;
        int share = total / covered.count();
        int remainder = total - share * covered.count();
        for (int i = kGoalCount - 1; i >= 0; --i) {           // the last goals are the bigger moves
            const auto g = static_cast<Goal>(i);
            if (!covered.has(g)) continue;
            add(std::string(goal_phrase(g)), share + remainder);
            remainder = 0;
        }
    }
    const int gap = m.years - e.years;
    const int plateau = std::max(1, w.experience_plateau_years);
    const int experience = w.experience_max * std::min(gap, plateau) / plateau;
    if (gap > 0) add(std::to_string(gap) + (gap == 1 ? " year ahead" : " years ahead"), experience);
    if (m.seniority > 0) add(std::string(seniority_phrase(m.seniority)), w.seniority_per_level * m.seniority);
    if (m.field != 0 && m.field == e.field) add("both in " + ascii_lower(trim(mentee.field)), w.same_field);
    const LocationParts loc = split_location(mentee.location);
    if (m.city != 0 && m.city == e.city) add("both near " + loc.city_text, w.same_region);
    else if (m.area != 0 && m.area == e.area) add("both in " + loc.area_text, w.same_region);
    if (e.prefer_outside && m.org != 0 && e.org != 0) add("outside your organization", w.outside_organization);
    const bool mentor_likes = relation.mentor_says == Preference::Like;
    const bool mentee_likes = relation.mentee_says == Preference::Like;
    if (mentor_likes && mentee_likes) add("you both said yes", w.mutual_like);
    else if (mentee_likes) add("you asked to meet", w.one_sided_like);
    else if (mentor_likes) add("keen to mentor you", w.one_sided_like);

    out.score = w.base;
    for (const Reason& r : reasons) out.score += r.points;
    std::stable_sort(reasons.begin(), reasons.end(), [](const Reason& a, const Reason& b) { return a.points > b.points; });
    reasons.erase(std::remove_if(reasons.begin(), reasons.end(), [](const Reason& r) { return r.points <= 0; }),
                  reasons.end());
    out.reasons = std::move(reasons);
    return out;
}

} // namespace mb
