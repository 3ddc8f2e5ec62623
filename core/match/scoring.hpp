// core/match/scoring.hpp — hard constraints, the integer score and its human reasons for one pair.
//
// Two layers that always agree (a test checks it on random pairs):
//   - explain_pair(): full Attendee records in, score and reasons ("14 years ahead") out — for the board;
//   - PairScorer over MatchProfile: the same arithmetic on precomputed, interned profiles — for the solver,
//     which scores millions of pairs.
//
// Hard constraints (a pair breaking one is never suggested):
//   roles      the mentor side can mentor (Mentor/Both), the mentee side can be mentored (Mentee/Both);
//   experience mentor.years >= mentee.years + min_years_gap;
//   org        if the mentee prefers outside (default), normalize_organization() differs (empty never equal);
//   declined   neither declined the other;
//   repeat     not paired in an earlier round, unless both asked to meet again (a mutual like after that
//              round counts as asking).
// A "both" attendee may take either side: best_orientation() tries both and keeps the better score.
//
// Seniority levels from title keywords (whole words of the folded title):
//   3 executive: chief, ceo, cmo, cfo, coo, cno, cio, cto, cmio, president, vp, svp, evp, vice president, dean
//   2 director:  director, head, chair, chairman, chairwoman, chairperson, partner
//   1 senior:    senior, sr, lead, principal, manager, supervisor, attending, consultant
//   0 otherwise.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/match/match_settings.hpp"
#include "core/model/attendee.hpp"
#include "core/store/store.hpp"

namespace mb {

// --- Relations between two people -------------------------------------------------------------------------

struct PairRelation {
    Preference mentor_says = Preference::None;   // the would-be mentor about the mentee
    Preference mentee_says = Preference::None;   // the would-be mentee about the mentor
    bool met_before = false;                     // paired in an earlier round
    bool asked_to_meet_again = false;            // both asked to meet again since (mutual like counts)
    PairRelation flipped() const { return {mentee_says, mentor_says, met_before, asked_to_meet_again}; }
};

enum class PairBlock : std::uint8_t { None, Roles, Experience, SameOrganization, Declined, MetBefore };
std::string_view pair_block_text(PairBlock b);   // "mentee declined", ... for organizers and logs

int seniority_level(std::string_view title);     // 0..3, see above
std::string_view seniority_phrase(int level);    // "in an executive role", ... ("" for 0)

// --- The explained path ------------------------------------------------------------------------------------

struct Reason {
    std::string text;                            // short phrase, from the mentee's point of view
    int points = 0;                              // its share of the score
};

struct ScoredPair {
    PairBlock block = PairBlock::None;           // None: allowed
    int score = 0;                               // sum of the reasons' points plus the base (0 if blocked)
    std::vector<Reason> reasons;                 // strongest first
};

// Mentor and mentee as given (no orientation choice). Uses fold_for_search / normalize_organization.
ScoredPair explain_pair(const Attendee& mentor, const Attendee& mentee, const PairRelation& relation,
                        const MatchSettings& settings);

// --- The fast path -----------------------------------------------------------------------------------------

// Strings interned to small ids (0 = empty/unknown) so comparisons are integer compares.
class StringInterner {
public:
    int id(const std::string& folded);           // 0 for ""
private:
    std::unordered_map<std::string, int> ids_;
};

struct MatchProfile {
    int years = 0;                               // years of experience
    bool can_mentor = false;                     // Mentor or Both
    bool can_mentee = false;                     // Mentee or Both
    bool prefer_outside = true;                  // as a mentee: wants a mentor from another organization
    std::uint32_t goals = 0;                     // GoalSet bits (as a mentee)
    std::uint32_t expertise = 0;                 // GoalSet bits (as a mentor)
    int seniority = 0;                           // level 0..3 of the title
    int field = 0;                               // interned folded field
    int org = 0;                                 // interned normalized organization
    int city = 0;                                // interned folded first part of the location
    int area = 0;                                // interned folded last comma part (0 if no comma)
};

MatchProfile make_profile(const Attendee& a, StringInterner& strings);

class PairScorer {
public:
    explicit PairScorer(const MatchSettings& settings);

    // Score with mentor m and mentee e ignoring likes/declines/history; -1 if roles, experience or
    // organization forbid the pair.
    int profile_score(const MatchProfile& m, const MatchProfile& e) const {
        if (!m.can_mentor || !e.can_mentee) return -1;
        const int gap = m.years - e.years;
        if (gap < min_gap_) return -1;
        if (e.prefer_outside && m.org != 0 && m.org == e.org) return -1;
        int s = w_.base + coverage_[popcount7(e.goals)][popcount7(e.goals & m.expertise)];
        s += experience_[gap < kMaxGap ? gap : kMaxGap] + w_.seniority_per_level * m.seniority;
        if (m.field != 0 && m.field == e.field) s += w_.same_field;
        if ((m.city != 0 && m.city == e.city) || (m.area != 0 && m.area == e.area)) s += w_.same_region;
        if (e.prefer_outside && m.org != 0 && e.org != 0) s += w_.outside_organization;
        return s;
    }

    // Adds what the two said about each other; -1 if a decline or an unrepeated earlier pairing forbids it.
    int with_relation(int profile_points, const PairRelation& r) const;

    struct Oriented {
        int score = -1;                          // -1: no orientation allowed
        bool first_is_mentor = true;             // orientation that gave the score
    };
    // Best orientation for a pair (a, b); `relation` is written as if a were the mentor.
    Oriented best_orientation(const MatchProfile& a, const MatchProfile& b, const PairRelation& relation) const;
    Oriented best_orientation(const MatchProfile& a, const MatchProfile& b) const;   // no relation at all

    const MatchSettings& settings() const { return settings_; }

private:
    static constexpr int kMaxGap = 80;
    static int popcount7(std::uint32_t bits) { return __builtin_popcount(bits & 0x7fu); }
    MatchSettings settings_;
    ScoreWeights w_;
    int min_gap_ = 3;
    int coverage_[8][8] = {};                    // [goal count][covered count] -> points
    int experience_[kMaxGap + 1] = {};           // [years ahead] -> points
};

} // namespace mb
