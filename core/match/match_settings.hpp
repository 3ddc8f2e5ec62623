// core/match/match_settings.hpp — every knob of the matching engine, with the defaults an event starts from.
//
// A score is an integer sum of terms (weights below). Why these defaults:
//   - goal coverage is the main term: a mentor who has lived the milestone the mentee faces (the seed
//     article's "clinical to administrative" move) is the point of the evening;
//   - experience rises linearly and stops at a plateau (15 years): 14 years ahead is clearly better than 4,
//     but 30 years ahead is not better than 16;
//   - the mentor's seniority, a shared field and a shared region add a little each;
//   - a mutual "yes" outweighs everything else (people who both asked to meet should meet), a one-sided yes
//     only nudges;
//   - every allowed pair gets a base score, so pairing someone always beats leaving them waiting.
#pragma once

namespace mb {

struct ScoreWeights {
    int base = 10;                       // any allowed pair, points
    int goal_coverage = 400;             // all of the mentee's goals covered; prorated by the share covered
    int experience_max = 150;            // experience term at or beyond the plateau, points
    int experience_plateau_years = 15;   // years ahead where the experience term stops rising (>= 1)
    int seniority_per_level = 40;        // per seniority level of the mentor's title (levels 0..3)
    int same_field = 80;                 // equal field after folding (case, accents, punctuation)
    int same_region = 30;                // same city, or same state/country (last comma part of location)
    int outside_organization = 20;       // different known organizations and the mentee prefers outside
    int mutual_like = 1000;              // both said yes to each other
    int one_sided_like = 60;             // exactly one of them said yes
};

struct MatchSettings {
    int min_years_gap = 3;               // a mentor has at least this many more years than the mentee (>= 0)
    ScoreWeights weights;                // see above
    int reshuffle_gain_percent = 5;      // stability: re-solve only if it gains more than this % of the optimum
    int candidates_per_vertex = 16;      // pricing: heaviest edges per person to start the sparse solve from
};

} // namespace mb
