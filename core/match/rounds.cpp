// core/match/rounds.cpp — seating pairs at tables and replaying round history.
#include "core/match/rounds.hpp"

#include <stdexcept>

namespace mb {

RoundPlan plan_round(const SuggestionSet& board, int tables) {
    RoundPlan plan;
    plan.waiting = board.waiting;
    int next_table = 1;
    for (const Suggestion& s : board.pairs) {               // already highest score first
        SeatedPair p{s.mentor, s.mentee, 0, s.score, s.reasons, s.lock};
        if (tables <= 0 || next_table <= tables) {
            p.table = next_table++;
        } else {
            ++plan.unseated;
        }
        plan.pairs.push_back(std::move(p));
    }
    plan.tables_used = next_table - 1;
    return plan;
}

std::vector<Pairing> to_pairings(const RoundPlan& plan) {
    std::vector<Pairing> out;
    out.reserve(plan.pairs.size());
    for (const SeatedPair& p : plan.pairs) {
        std::string reasons;
        for (const std::string& r : p.reasons) {
            if (!reasons.empty()) reasons += '\n';
            reasons += r;
        }
        out.push_back(Pairing{p.mentor, p.mentee, p.table, p.score, reasons});
    }
    return out;
}

void load_history(Matcher& matcher, const std::vector<Round>& rounds,
                  const std::vector<std::vector<Pairing>>& pairings_per_round) {
    if (rounds.size() != pairings_per_round.size())
        throw std::invalid_argument("load_history: one list of pairings per round is needed");
    for (std::size_t i = 0; i < rounds.size(); ++i) {
        for (const Pairing& p : pairings_per_round[i]) matcher.add_history(p.mentor, p.mentee, rounds[i].started_ms);
    }
}

} // namespace mb
