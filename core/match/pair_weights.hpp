// core/match/pair_weights.hpp — the scores of every pair in a room, in bulk: the full solve's view of the scorer.
//
// A full solve reads every pair a few times (10,000 people: 50 million pairs per pass), and the pairs are
// never stored (that alone would take hundreds of megabytes). PairWeights makes a pass cheap:
//   - profiles are laid out by role, mentors first, then "both", then mentees, in flat arrays, so pairs that
//     can never be allowed (two mentors, two mentees) are skipped without being looked at, and only the
//     orientations that exist are scored (both ways only when both people are "both");
//   - a row is scored in one tight loop with the mentor's goal-coverage row precomputed (128 entries);
//   - pairs with likes, declines or history are rare: the caller gives their exact scores, which replace the
//     profile scores.
// The arithmetic mirrors PairScorer::profile_score exactly; a test holds the two together on random profiles.
#pragma once

#include <cstdint>
#include <vector>

#include "core/match/match_settings.hpp"
#include "core/match/scoring.hpp"

namespace mb {

struct RelatedPair {
    int u = 0;                           // vertex id
    int v = 0;                           // vertex id, != u
    int weight = 0;                      // exact best-orientation score with the relation; <= 0: not allowed
};

class PairWeights {
public:
    // vertices: the vertex ids taking part; profile_of[id] their profiles (indexed by vertex id).
    PairWeights(const MatchSettings& settings, const std::vector<int>& vertices,
                const std::vector<const MatchProfile*>& profile_of, const std::vector<RelatedPair>& related);

    // People in the scorer's own order ("local" index 0..size()-1), which passes over rows follow.
    int size() const { return size_; }
    int vertex_at(int i) const { return vertex_[i]; }
    int local_of(int vertex) const { return vertex >= 0 && vertex < static_cast<int>(local_.size()) ? local_[vertex] : -1; }

    // Every unordered pair once, a row segment at a time: f(i, lo, hi, scores) with scores[j - lo] the score of
    // the pair (vertex_at(i), vertex_at(j)) for j in [lo, hi), <= 0 where not allowed; always j > i.
    template <class F> void for_each_row(F&& f) const {
        std::vector<int> row(static_cast<std::size_t>(size_)), other(static_cast<std::size_t>(size_));
        const int both_end = mentors_ + boths_;
        for (int i = 0; i < both_end; ++i) {
            const int first = i < mentors_ ? mentors_ : both_end;        // mentors: "both" and mentees
            score_as_mentor(i, first, size_, row.data());
            apply_related(i, first, size_, row.data());
            f(i, first, size_, static_cast<const int*>(row.data()));
            if (i < mentors_ || i + 1 >= both_end) continue;
            score_both_ways(i, i + 1, both_end, row.data(), other.data());
            apply_related(i, i + 1, both_end, row.data());
            f(i, i + 1, both_end, static_cast<const int*>(row.data()));
        }
    }

    // f(u, v, w) once for every unordered pair with score w > 0 (u, v vertex ids).
    template <class F> void for_each_pair(F&& f) const {
        for_each_row([&](int i, int lo, int hi, const int* row) {
            const int u = vertex_[i];
            for (int j = lo; j < hi; ++j) {
                if (row[j - lo] > 0) f(u, vertex_[j], row[j - lo]);
            }
        });
    }

    // f(v, w) for every v with score w > 0 against u.
    template <class F> void for_each_edge(int u, F&& f) const {
        const int i = local_[u];
        std::vector<int> row(static_cast<std::size_t>(size_)), other(static_cast<std::size_t>(size_));
        auto g = [&](int, int v, int w) { f(v, w); };
        const int both_end = mentors_ + boths_;
        if (i < mentors_) {
            emit_row(i, mentors_, size_, row.data(), g);
        } else if (i >= both_end) {
            score_as_mentee(i, 0, both_end, row.data());
            emit_row_scored(i, 0, both_end, row.data(), g);
        } else {
            score_as_mentee(i, 0, mentors_, row.data());
            emit_row_scored(i, 0, mentors_, row.data(), g);
            score_both_ways(i, mentors_, both_end, row.data(), other.data());
            row[i - mentors_] = -1;
            emit_row_scored(i, mentors_, both_end, row.data(), g);
            emit_row(i, both_end, size_, row.data(), g);
        }
    }

    int weight(int u, int v) const;      // one pair, the same way (for tests)

    struct Columns;                      // the row kernels' view of the profile arrays (pair_weights.cpp)

private:
    // out[j - lo] = score with i as mentor and j as mentee (or j as mentor), -1 where not allowed.
    void score_as_mentor(int i, int lo, int hi, int* out) const;
    void score_as_mentee(int i, int lo, int hi, int* out) const;
    void score_both_ways(int i, int lo, int hi, int* out, int* scratch) const;
    void apply_related(int i, int lo, int hi, int* out) const;   // exact scores of pairs with a relation
    Columns columns(int from) const;                             // profile arrays from local index `from` on

    template <class F> void emit_row(int i, int lo, int hi, int* row, F& f) const {
        score_as_mentor(i, lo, hi, row);
        emit_row_scored(i, lo, hi, row, f);
    }
    template <class F> void emit_row_scored(int i, int lo, int hi, int* row, F& f) const {
        apply_related(i, lo, hi, row);
        const int u = vertex_[i];
        for (int j = lo; j < hi; ++j) {
            if (row[j - lo] > 0) f(u, vertex_[j], row[j - lo]);
        }
    }

    int size_ = 0;                       // people taking part
    int mentors_ = 0;                    // local indices [0, mentors_) can only mentor
    int boths_ = 0;                      // [mentors_, mentors_ + boths_) can do both; the rest only mentee
    std::vector<int> vertex_;            // local index -> vertex id
    std::vector<int> local_;             // vertex id -> local index (-1 if absent)
    // profiles, by local index
    std::vector<int> years_;             // years of experience
    std::vector<std::uint8_t> goals_;    // mentee goals, 7 bits
    std::vector<std::uint8_t> expertise_;// mentor expertise, 7 bits
    std::vector<std::uint8_t> outside_;  // 1 if they prefer a mentor from another organization
    std::vector<int> seniority_points_;  // base score plus the mentor's seniority term
    std::vector<int> field_, org_, city_, area_;   // interned ids, 0 = unknown
    // pairs with a relation: for local i, related_[related_start_[i] .. related_start_[i+1]) sorted by local j
    std::vector<int> related_start_;
    std::vector<std::pair<int, int>> related_;     // (local j, exact score)
    // score tables
    int min_gap_ = 0;                    // minimum years ahead
    int same_field_ = 0, same_region_ = 0, outside_bonus_ = 0;   // points
    int coverage_[8][8] = {};            // [goal count][covered count] -> points
    std::vector<int> experience_;        // [years ahead, capped at 80] -> points
};

} // namespace mb
