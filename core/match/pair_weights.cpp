// core/match/pair_weights.cpp — role layout, score tables and the row kernels of PairWeights.
#include "core/match/pair_weights.hpp"

#include <algorithm>

namespace mb {

namespace {
constexpr int kMaxGap = 80;              // PairScorer's cap on the experience table

int popcount7(unsigned bits) { return __builtin_popcount(bits & 0x7fu); }
} // namespace

PairWeights::PairWeights(const MatchSettings& settings, const std::vector<int>& vertices,
                         const std::vector<const MatchProfile*>& profile_of, const std::vector<RelatedPair>& related) {
    const ScoreWeights& w = settings.weights;
    min_gap_ = std::max(0, settings.min_years_gap);
    same_field_ = w.same_field;
    same_region_ = w.same_region;
    outside_bonus_ = w.outside_organization;
    for (int goals = 1; goals < 8; ++goals) {                 // as PairScorer: no goals, no coverage term
        for (int covered = 0; covered <= goals; ++covered) coverage_[goals][covered] = w.goal_coverage * covered / goals;
    }
    const int plateau = std::max(1, w.experience_plateau_years);
    experience_.resize(kMaxGap + 1);
    for (int gap = 0; gap <= kMaxGap; ++gap) experience_[gap] = w.experience_max * std::min(gap, plateau) / plateau;

    // Layout: mentors, then "both", then mentees; people who can do neither take no part.
    std::vector<int> order[3];
    for (int v : vertices) {
        const MatchProfile& p = *profile_of[v];
        if (p.can_mentor && !p.can_mentee) order[0].push_back(v);
        else if (p.can_mentor && p.can_mentee) order[1].push_back(v);
        else if (p.can_mentee) order[2].push_back(v);
    }
    mentors_ = static_cast<int>(order[0].size());
    boths_ = static_cast<int>(order[1].size());
    for (const auto& group : order) vertex_.insert(vertex_.end(), group.begin(), group.end());
    size_ = static_cast<int>(vertex_.size());
    int max_id = 0;
    for (int v : vertices) max_id = std::max(max_id, v + 1);
    local_.assign(static_cast<std::size_t>(max_id), -1);
    for (int i = 0; i < size_; ++i) {
        const MatchProfile& p = *profile_of[vertex_[i]];
        local_[vertex_[i]] = i;
        years_.push_back(p.years);
        goals_.push_back(static_cast<std::uint8_t>(p.goals & 0x7fu));
        expertise_.push_back(static_cast<std::uint8_t>(p.expertise & 0x7fu));
        outside_.push_back(p.prefer_outside ? 1 : 0);
        seniority_points_.push_back(w.base + w.seniority_per_level * p.seniority);
        field_.push_back(p.field);
        org_.push_back(p.org);
        city_.push_back(p.city);
        area_.push_back(p.area);
    }

    related_start_.assign(static_cast<std::size_t>(size_) + 1, 0);
    std::vector<std::pair<int, std::pair<int, int>>> rel;    // (local i, (local j, score)), both directions
    for (const RelatedPair& r : related) {
        const int a = r.u < max_id ? local_[r.u] : -1;
        const int b = r.v < max_id ? local_[r.v] : -1;
        if (a < 0 || b < 0 || a == b) continue;
        rel.push_back({a, {b, r.weight}});
        rel.push_back({b, {a, r.weight}});
    }
    std::sort(rel.begin(), rel.end());
    for (const auto& [i, jw] : rel) {
        ++related_start_[i + 1];
        related_.push_back(jw);
    }
    for (int i = 0; i < size_; ++i) related_start_[i + 1] += related_start_[i];
}

// --- Row kernels ------------------------------------------------------------------------------------------------

// Branch-free on purpose: every term is a 0/1 product, so the loop runs at one pair every few nanoseconds.
void PairWeights::score_as_mentor(int i, int lo, int hi, int* out) const {
    if (i >= mentors_ + boths_) {                             // i cannot mentor
        std::fill(out, out + (hi - lo), -1);
        return;
    }
    int cover_row[128];                                       // coverage of goal set g by i's expertise
    for (unsigned g = 0; g < 128; ++g) cover_row[g] = coverage_[popcount7(g)][popcount7(g & expertise_[i])];
    const int yi = years_[i], base = seniority_points_[i], field = field_[i], org = org_[i];
    const int city = city_[i], area = area_[i];
    const int first_mentee = mentors_;                        // j below this cannot be mentored
    for (int j = lo; j < hi; ++j) {
        const int gap = yi - years_[j];
        const int same_org = (org != 0) & (org == org_[j]);
        const bool blocked = (j < first_mentee) | (gap < min_gap_) | (outside_[j] & same_org);
        const int capped = gap < 0 ? 0 : (gap > kMaxGap ? kMaxGap : gap);
        const int region = ((city != 0) & (city == city_[j])) | ((area != 0) & (area == area_[j]));
        const int s = base + cover_row[goals_[j]] + experience_[capped] + same_field_ * ((field != 0) & (field == field_[j])) +
                      same_region_ * region + outside_bonus_ * (outside_[j] & (org != 0) & (org_[j] != 0));
        out[j - lo] = blocked ? -1 : s;
    }
}

void PairWeights::score_as_mentee(int i, int lo, int hi, int* out) const {
    if (i < mentors_) {                                       // i cannot be mentored
        std::fill(out, out + (hi - lo), -1);
        return;
    }
    int cover_col[128];                                       // coverage of i's goals by expertise x
    const unsigned goals = goals_[i];
    for (unsigned x = 0; x < 128; ++x) cover_col[x] = coverage_[popcount7(goals)][popcount7(goals & x)];
    const int yi = years_[i], field = field_[i], org = org_[i], city = city_[i], area = area_[i];
    const int outside = outside_[i];
    const int mentor_end = mentors_ + boths_;                 // j at or above this cannot mentor
    for (int j = lo; j < hi; ++j) {
        const int gap = years_[j] - yi;
        const int same_org = (org_[j] != 0) & (org_[j] == org);
        const bool blocked = (j >= mentor_end) | (gap < min_gap_) | (outside & same_org);
        const int capped = gap < 0 ? 0 : (gap > kMaxGap ? kMaxGap : gap);
        const int region = ((city_[j] != 0) & (city_[j] == city)) | ((area_[j] != 0) & (area_[j] == area));
        const int s = seniority_points_[j] + cover_col[expertise_[j]] + experience_[capped] +
                      same_field_ * ((field_[j] != 0) & (field_[j] == field)) + same_region_ * region +
                      outside_bonus_ * (outside & (org_[j] != 0) & (org != 0));
        out[j - lo] = blocked ? -1 : s;
    }
}

void PairWeights::score_both_ways(int i, int lo, int hi, int* out, int* scratch) const {
    score_as_mentor(i, lo, hi, out);
    score_as_mentee(i, lo, hi, scratch);
    for (int k = 0; k < hi - lo; ++k) out[k] = std::max(out[k], scratch[k]);
}

void PairWeights::apply_related(int i, int lo, int hi, int* out) const {
    const auto first = related_.begin() + related_start_[i];
    const auto last = related_.begin() + related_start_[i + 1];
    for (auto it = std::lower_bound(first, last, std::pair<int, int>{lo, -1 << 30}); it != last && it->first < hi; ++it) {
        out[it->first - lo] = it->second > 0 ? it->second : -1;
    }
}

int PairWeights::weight(int u, int v) const {
    const int i = u < static_cast<int>(local_.size()) ? local_[u] : -1;
    const int j = v < static_cast<int>(local_.size()) ? local_[v] : -1;
    if (i < 0 || j < 0 || i == j) return -1;
    int a = 0, b = 0;
    score_both_ways(i, j, j + 1, &a, &b);
    apply_related(i, j, j + 1, &a);
    return a;
}

} // namespace mb
