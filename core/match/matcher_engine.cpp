// core/match/matcher_engine.cpp — the Matcher's exact shadow solution: scoring slots, incremental engine
// updates (arrival, departure, changed edge), full rebuilds, and the sticky exact re-solve of the board.
#include <algorithm>
#include <limits>
#include <queue>

#include "core/match/matcher.hpp"
#include "core/match/fractional_start.hpp"
#include "core/match/pair_weights.hpp"
#include "core/match/pricing.hpp"
#include "core/match/top_k.hpp"

namespace mb {

namespace {

// The full graph over the engine's slots, with weights produced on demand (never stored: at 10,000 people the
// allowed pairs alone would take hundreds of megabytes): bulk scores (PairWeights), doubled, and for the sticky
// re-solve scaled by S with +1 for a pair that is on the board now.
struct ScoredRoom {
    const PairWeights& weights;
    std::int64_t scale = 1;                        // S (sticky) or 1
    const std::vector<int>* board = nullptr;       // board partner per slot (sticky), or null
    std::int64_t w2(int u, int v, int w) const {
        return 2 * (w * scale + (board != nullptr && (*board)[u] == v ? 1 : 0));
    }
    template <class F> void for_each_edge(int u, F&& f) const {
        weights.for_each_edge(u, [&](int v, int w) { f(v, w2(u, v, w)); });
    }
    // Row segments in the scorer's order (PairWeights::for_each_row). A segment's weights are
    // score * scale, plus 1 at local index `bonus` (sticky), where score > 0; twice that is w2.
    int row_count() const { return weights.size(); }
    int vertex_at(int i) const { return weights.vertex_at(i); }
    template <class F> void for_each_row(F&& f) const {
        weights.for_each_row([&](int i, int lo, int hi, const int* row) {
            const int bonus = board != nullptr ? weights.local_of((*board)[weights.vertex_at(i)]) : -1;
            f(RowSegment{i, lo, hi, row, scale, bonus});
        });
    }
};

// Every pair a previous engine holds (its last full solve's final candidate set, plus what incremental updates
// added), scored afresh for `room`: for a room that changed little it is a far better start than each person's
// heaviest edges (a re-solve then needs no restart of the cover).
CandidatePairs held_pairs(const BlossomEngine& previous, const std::vector<int>& slots, const ScoredRoom& room) {
    CandidatePairs pairs;
    for (int u : slots) {
        if (u >= previous.vertex_count()) continue;
        for (const EngineArc& a : previous.arcs(u)) {
            if (a.to < u) continue;
            const int w = room.weights.weight(u, a.to);
            if (w > 0) pairs.push_back({{u, a.to}, room.w2(u, a.to, w)});
        }
    }
    return pairs;
}

// Full exact solve into a fresh engine: from `start` if given, else each slot's k heaviest edges, then the
// fractional warm start and pricing against every allowed pair (fractional_start.hpp).
void full_solve(BlossomEngine& engine, const ScoredRoom& room, int k, const CandidatePairs* start = nullptr) {
    if (start != nullptr && !start->empty()) {
        fractional_solve(engine, room, *start);
        return;
    }
    TopKPerKey<int> best(engine.vertex_count(), k);
    // Over rows, with each person's k-th best weight mirrored in row order: most pairs cost one comparison.
    std::vector<std::int64_t> floor(static_cast<std::size_t>(room.row_count()), std::numeric_limits<std::int64_t>::min());
    room.for_each_row([&](const RowSegment& seg) {
        const int u = room.vertex_at(seg.i);
        for (int j = seg.lo; j < seg.hi; ++j) {
            const int s = seg.score[j - seg.lo];
            const std::int64_t w = s * seg.scale + (j == seg.bonus ? 1 : 0);
            if (s <= 0 || (w <= floor[seg.i] && w <= floor[j])) continue;
            const int v = room.vertex_at(j);
            if (w > floor[seg.i]) {
                best.offer(u, w, v);
                floor[seg.i] = best.floor(u);
            }
            if (w > floor[j]) {
                best.offer(v, w, u);
                floor[j] = best.floor(v);
            }
        }
    });
    const std::vector<char> salted = reselect_flat_lists(best, engine.vertex_count(), [&](int u, auto&& offer) {
        room.for_each_edge(u, [&](int v, std::int64_t w2) { offer(w2 / 2, v); });   // scores are small: no overflow
    });
    CandidatePairs edges;
    for (int u = 0; u < engine.vertex_count(); ++u) {
        best.for_each(u, [&](std::int64_t w, int v) {
            edges.push_back({{std::min(u, v), std::max(u, v)}, 2 * (salted[u] ? w >> kSaltBits : w)});
        });
    }
    normalize_pairs(edges);
    fractional_solve(engine, room, edges);
}

} // namespace

// --- Scoring slots ----------------------------------------------------------------------------------------

PairRelation Matcher::slot_relation(int mentor_slot, int mentee_slot) const {
    return relation(slots_[mentor_slot].id, slots_[mentee_slot].id);
}

int Matcher::weight(int u, int v) const {
    const Slot& a = slots_[u];
    const Slot& b = slots_[v];
    if (a.has_relations && b.has_relations) {
        const auto key = std::minmax(a.id, b.id);
        if (relations_.count({key.first, key.second}))
            return scorer_.best_orientation(a.profile, b.profile, relation(a.id, b.id)).score;
    }
    return scorer_.best_orientation(a.profile, b.profile).score;
}

bool Matcher::first_is_mentor(int u, int v) const {
    return scorer_.best_orientation(slots_[u].profile, slots_[v].profile, slot_relation(u, v)).first_is_mentor;
}

// --- Incremental shadow updates --------------------------------------------------------------------------

// Bulk scores pay off as soon as more than a handful of rows are priced (building them is O(present)).
void Matcher::price(std::vector<int> lowered) {
    if (lowered.empty()) return;
    const PairWeights weights = room_weights();
    const PricingStats ps = price_until_feasible(engine_, ScoredRoom{weights}, std::move(lowered));
    stats_.pricing_rounds += ps.rounds;
    stats_.repriced_vertices += ps.vertices_checked;
}

// A check-in: the newcomer's dual is set just high enough for all its edges (so the duals stay feasible and
// keep bounding the optimum) and its most promising edges (by reduced weight) become candidates. The one
// search from it that restores optimality, and the pricing of the duals that fall, run in settle_shadow().
void Matcher::engine_activate(int s) {
    if (slots_[s].in_engine) return;
    slots_[s].in_engine = true;
    engine_pos_[s] = static_cast<int>(engine_slots_.size());
    engine_slots_.push_back(s);
    std::vector<std::pair<std::int64_t, int>> row;                      // (reduced weight, neighbour)
    std::vector<std::int64_t> w2_of(slots_.size(), 0);
    std::int64_t need = 0;
    for (int x : engine_slots_) {
        if (x == s) continue;
        const std::int64_t w2 = 2 * static_cast<std::int64_t>(weight(s, x));
        if (w2 <= 0) continue;
        w2_of[x] = w2;
        const std::int64_t reduced = w2 - engine_.dual(x);
        need = std::max(need, reduced);
        row.emplace_back(-reduced, x);
    }
    const auto k = static_cast<std::size_t>(std::max(1, settings_.candidates_per_vertex));
    if (row.size() > k) {
        std::nth_element(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(k), row.end());
        row.resize(k);
    }
    for (const auto& [neg, x] : row) engine_.add_edge(s, x, w2_of[x]);
    engine_.set_dual(s, need);
    engine_.free_vertex(s);
    ++stats_.incremental_updates;                         // searches deferred: see settle_shadow()
}

void Matcher::engine_deactivate(int s) {
    if (!slots_[s].in_engine) return;
    engine_.free_vertex(s);
    engine_.remove_all_edges(s);
    engine_.set_dual(s, 0);
    const int last = engine_slots_.back();
    engine_slots_[engine_pos_[s]] = last;
    engine_pos_[last] = engine_pos_[s];
    engine_slots_.pop_back();
    engine_pos_[s] = -1;
    slots_[s].in_engine = false;
    ++stats_.incremental_updates;                         // searches deferred: see settle_shadow()
}

// The weight of {u, v} changed (a like, a decline, history): free u, fix the edge, lift u's dual, re-search.
void Matcher::engine_edge_changed(int u, int v) {
    if (!slots_[u].in_engine || !slots_[v].in_engine) return;
    const std::int64_t w2 = 2 * static_cast<std::int64_t>(weight(u, v));
    engine_.free_vertex(u);
    if (engine_.has_edge(u, v)) {
        if (w2 > 0) {
            engine_.set_edge_weight(u, v, w2);
        } else {
            engine_.remove_edge(u, v);
        }
    } else if (w2 > 0) {
        engine_.add_edge(u, v, w2);
    }
    make_feasible(engine_, u);
    ++stats_.incremental_updates;                         // searches deferred: see settle_shadow()
}

// --- Full solves -------------------------------------------------------------------------------------------

// Bulk scores over the engine's slots; pairs with a relation get their exact score from weight().
PairWeights Matcher::room_weights() const {
    std::vector<const MatchProfile*> profile_of(slots_.size(), nullptr);
    for (int s : engine_slots_) profile_of[s] = &slots_[s].profile;
    std::vector<RelatedPair> related;
    for (const auto& [key, record] : relations_) {
        const int u = slot(key.first);
        const int v = slot(key.second);
        if (u < 0 || v < 0 || !slots_[u].in_engine || !slots_[v].in_engine) continue;
        related.push_back({u, v, weight(u, v)});
    }
    return PairWeights(settings_, engine_slots_, profile_of, related);
}

void Matcher::rebuild_engine() {
    const PairWeights weights = room_weights();
    const ScoredRoom room{weights};
    const CandidatePairs start = held_pairs(engine_, engine_slots_, room);
    engine_ = BlossomEngine(static_cast<int>(slots_.size()));
    full_solve(engine_, room, std::max(1, settings_.candidates_per_vertex), &start);
    ++stats_.engine_rebuilds;
}

// An exact optimum over the engine's slots. Sticky: weights are scaled by S (more than the number of pairs)
// and current board pairs get +1, so among all optimal matchings the one keeping most board pairs wins while
// the original objective stays exactly optimal.
std::vector<int> Matcher::solve_exact(bool sticky) const {
    BlossomEngine fresh(static_cast<int>(slots_.size()));
    const std::int64_t scale = sticky ? static_cast<std::int64_t>(engine_slots_.size()) / 2 + 2 : 1;
    const PairWeights weights = room_weights();
    const ScoredRoom room{weights, scale, sticky ? &board_mate_ : nullptr};
    const CandidatePairs start = held_pairs(engine_, engine_slots_, room);
    full_solve(fresh, room, std::max(1, settings_.candidates_per_vertex), &start);
    std::vector<int> mate(slots_.size(), -1);
    for (int s : engine_slots_) mate[s] = fresh.mate(s);
    return mate;
}

// Runs the deferred searches and pricing: afterwards the shadow matching is exactly optimal again.
void Matcher::settle_shadow() {
    if (!engine_.has_pending()) return;
    engine_.solve_pending();
    price(engine_.take_lowered());
    ++stats_.shadow_settles;
}

std::int64_t Matcher::optimum_total() {
    settle_shadow();
    return engine_.matched_weight2() / 2 + locked_total_;
}

// The shadow's duals are feasible for every allowed pair even while searches are pending, so their objective
// bounds the optimum from above (LP weak duality).
std::int64_t Matcher::optimum_bound() const { return engine_.dual_objective2() / 2 + locked_total_; }

} // namespace mb
