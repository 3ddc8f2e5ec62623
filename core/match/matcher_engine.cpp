// core/match/matcher_engine.cpp — the Matcher's exact shadow solution: scoring slots, incremental engine
// updates (arrival, departure, changed edge), full rebuilds, and the sticky exact re-solve of the board.
#include <algorithm>
#include <queue>

#include "core/match/matcher.hpp"
#include "core/match/fractional_start.hpp"
#include "core/match/pricing.hpp"

namespace mb {

namespace {

// The full graph over a set of slots, with weights produced on demand (never stored: at 10,000 people the
// allowed pairs alone would take gigabytes).
template <class WeightFn> struct OnDemandGraph {
    const std::vector<int>& slots;                 // vertices taking part
    WeightFn w2;                                   // (u, v) -> twice the weight, <= 0 if not an edge
    template <class F> void for_each_edge(int u, F&& f) const {
        for (int v : slots) {
            if (v == u) continue;
            const std::int64_t w = w2(u, v);
            if (w > 0) f(v, w);
        }
    }
};

// Full exact solve into a fresh engine: each slot's k heaviest edges as candidates (every pair scored once),
// then the fractional warm start and pricing against every allowed pair (fractional_start.hpp).
template <class WeightFn>
void full_solve(BlossomEngine& engine, const std::vector<int>& slots, const WeightFn& w2, int k) {
    using Entry = std::pair<std::int64_t, int>;                          // (w2, neighbour)
    const auto n = static_cast<std::size_t>(engine.vertex_count());
    std::vector<std::vector<Entry>> heaps(n);                           // min-heaps of size <= k
    std::vector<std::int64_t> best(n, 0);
    auto offer = [&](int u, int v, std::int64_t w) {
        best[u] = std::max(best[u], w);
        std::vector<Entry>& h = heaps[u];
        if (static_cast<int>(h.size()) < k) {
            h.emplace_back(w, v);
            std::push_heap(h.begin(), h.end(), std::greater<>());
        } else if (w > h.front().first) {
            std::pop_heap(h.begin(), h.end(), std::greater<>());
            h.back() = {w, v};
            std::push_heap(h.begin(), h.end(), std::greater<>());
        }
    };
    for (std::size_t i = 0; i < slots.size(); ++i) {
        for (std::size_t j = i + 1; j < slots.size(); ++j) {
            const std::int64_t w = w2(slots[i], slots[j]);
            if (w <= 0) continue;
            offer(slots[i], slots[j], w);
            offer(slots[j], slots[i], w);
        }
    }
    std::vector<std::pair<std::pair<int, int>, std::int64_t>> edges;
    for (int u : slots) {
        for (const Entry& e : heaps[u]) edges.push_back({{std::min(u, e.second), std::max(u, e.second)}, e.first});
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
                edges.end());
    fractional_solve(engine, OnDemandGraph<WeightFn>{slots, w2}, edges, best);
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

void Matcher::price(std::vector<int> lowered) {
    auto w2 = [this](int u, int v) { return 2 * static_cast<std::int64_t>(weight(u, v)); };
    const PricingStats ps = price_until_feasible(engine_, OnDemandGraph<decltype(w2)>{engine_slots_, w2}, std::move(lowered));
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

void Matcher::rebuild_engine() {
    engine_ = BlossomEngine(static_cast<int>(slots_.size()));
    auto w2 = [this](int u, int v) { return 2 * static_cast<std::int64_t>(weight(u, v)); };
    full_solve(engine_, engine_slots_, w2, std::max(1, settings_.candidates_per_vertex));
    ++stats_.engine_rebuilds;
}

// An exact optimum over the engine's slots. Sticky: weights are scaled by S (more than the number of pairs)
// and current board pairs get +1, so among all optimal matchings the one keeping most board pairs wins while
// the original objective stays exactly optimal.
std::vector<int> Matcher::solve_exact(bool sticky) const {
    BlossomEngine fresh(static_cast<int>(slots_.size()));
    const std::int64_t scale = sticky ? static_cast<std::int64_t>(engine_slots_.size()) / 2 + 2 : 1;
    auto w2 = [this, scale, sticky](int u, int v) {
        const int w = weight(u, v);
        if (w <= 0) return std::int64_t{0};
        return 2 * (w * scale + (sticky && board_mate_[u] == v ? 1 : 0));
    };
    full_solve(fresh, engine_slots_, w2, std::max(1, settings_.candidates_per_vertex));
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
