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

// Branch-free on purpose: every term is a 0/1 product or a small table lookup, so the loop has no unpredictable
// branches, and on CPUs with AVX2 the compiler turns it into 8-lane vector code (gathers for the two tables).
// The data are passed as restrict pointers so that it may.
struct PairWeights::Columns {
    const int* __restrict years;
    const std::uint8_t* __restrict goals;
    const std::uint8_t* __restrict expertise;
    const std::uint8_t* __restrict outside;
    const int* __restrict points;
    const int* __restrict field;
    const int* __restrict org;
    const int* __restrict city;
    const int* __restrict area;
    const int* __restrict experience;                         // the experience table itself (not offset)
};

namespace {

using RowData = PairWeights::Columns;

struct Fixed {                                                // the row's own person and the score weights
    int years, points, field, org, city, area, outside, min_gap, same_field, same_region, outside_bonus;
};

constexpr int kMaxGapKernel = 80;

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_ADDRESS__)
#define MB_ROW_KERNEL __attribute__((target_clones("avx2", "default"), optimize("vect-cost-model=dynamic")))
#else
#define MB_ROW_KERNEL
#endif

// Row person mentors j, for j in [0, count) of the arrays in d (already offset): out[j] = score, -1 if blocked.
MB_ROW_KERNEL void mentor_row(const RowData d, const Fixed f, const int* __restrict cover_row, int count,
                              int* __restrict out) {
    for (int j = 0; j < count; ++j) {
        const int gap = f.years - d.years[j];
        const int same_org = (f.org != 0) & (f.org == d.org[j]);
        const int blocked = (gap < f.min_gap) | (d.outside[j] & same_org);
        const int capped = gap < 0 ? 0 : (gap > kMaxGapKernel ? kMaxGapKernel : gap);
        const int region = ((f.city != 0) & (f.city == d.city[j])) | ((f.area != 0) & (f.area == d.area[j]));
        const int s = f.points + cover_row[d.goals[j]] + d.experience[capped] +
                      f.same_field * ((f.field != 0) & (f.field == d.field[j])) + f.same_region * region +
                      f.outside_bonus * (d.outside[j] & (f.org != 0) & (d.org[j] != 0));
        out[j] = blocked ? -1 : s;
    }
}

// j mentors the row person, for j in [0, count) of the arrays in d (already offset): out[j] = score, -1 if blocked.
MB_ROW_KERNEL void mentee_row(const RowData d, const Fixed f, const int* __restrict cover_col, int count,
                              int* __restrict out) {
    for (int j = 0; j < count; ++j) {
        const int gap = d.years[j] - f.years;
        const int same_org = (d.org[j] != 0) & (d.org[j] == f.org);
        const int blocked = (gap < f.min_gap) | (f.outside & same_org);
        const int capped = gap < 0 ? 0 : (gap > kMaxGapKernel ? kMaxGapKernel : gap);
        const int region = ((d.city[j] != 0) & (d.city[j] == f.city)) | ((d.area[j] != 0) & (d.area[j] == f.area));
        const int s = d.points[j] + cover_col[d.expertise[j]] + d.experience[capped] +
                      f.same_field * ((d.field[j] != 0) & (d.field[j] == f.field)) + f.same_region * region +
                      f.outside_bonus * (f.outside & (d.org[j] != 0) & (f.org != 0));
        out[j] = blocked ? -1 : s;
    }
}

} // namespace

PairWeights::Columns PairWeights::columns(int from) const {
    return {years_.data() + from,  goals_.data() + from, expertise_.data() + from, outside_.data() + from,
            seniority_points_.data() + from, field_.data() + from, org_.data() + from, city_.data() + from,
            area_.data() + from, experience_.data()};
}

void PairWeights::score_as_mentor(int i, int lo, int hi, int* out) const {
    if (i >= mentors_ + boths_) {                             // i cannot mentor
        std::fill(out, out + (hi - lo), -1);
        return;
    }
    int cover_row[128];                                       // coverage of goal set g by i's expertise
    for (unsigned g = 0; g < 128; ++g) cover_row[g] = coverage_[popcount7(g)][popcount7(g & expertise_[i])];
    const Fixed f{years_[i], seniority_points_[i], field_[i], org_[i], city_[i], area_[i], outside_[i],
                  min_gap_, same_field_, same_region_, outside_bonus_};
    const int first = std::min(hi, std::max(lo, mentors_));  // j below mentors_ cannot be mentored
    std::fill(out, out + (first - lo), -1);
    if (first < hi) mentor_row(columns(first), f, cover_row, hi - first, out + (first - lo));
}

void PairWeights::score_as_mentee(int i, int lo, int hi, int* out) const {
    if (i < mentors_) {                                       // i cannot be mentored
        std::fill(out, out + (hi - lo), -1);
        return;
    }
    int cover_col[128];                                       // coverage of i's goals by expertise x
    const unsigned goals = goals_[i];
    for (unsigned x = 0; x < 128; ++x) cover_col[x] = coverage_[popcount7(goals)][popcount7(goals & x)];
    const Fixed f{years_[i], seniority_points_[i], field_[i], org_[i], city_[i], area_[i], outside_[i],
                  min_gap_, same_field_, same_region_, outside_bonus_};
    const int last = std::min(hi, mentors_ + boths_);         // j from mentors_ + boths_ on cannot mentor
    if (lo < last) mentee_row(columns(lo), f, cover_col, last - lo, out);
    std::fill(out + std::max(0, last - lo), out + (hi - lo), -1);
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
