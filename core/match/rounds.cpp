// core/match/rounds.cpp — seating pairs at tables and replaying round history.
#include "core/match/rounds.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace mb {

RoundPlan plan_round(const SuggestionSet& board, int tables, const std::map<AttendeeId, int>& previous_tables) {
    RoundPlan plan;
    plan.waiting = board.waiting;
    // Groups in board order (strongest first); a mentor who sat at a table last round keeps it if it exists.
    std::vector<AttendeeId> mentors;
    std::map<AttendeeId, int> table_of;
    for (const Suggestion& s : board.pairs) {
        if (table_of.emplace(s.mentor, 0).second) mentors.push_back(s.mentor);
    }
    std::set<int> taken;
    for (AttendeeId m : mentors) {
        const auto it = previous_tables.find(m);
        if (it == previous_tables.end() || it->second <= 0 || (tables > 0 && it->second > tables)) continue;
        if (taken.insert(it->second).second) table_of[m] = it->second;
    }
    int next_table = 1;
    for (AttendeeId m : mentors) {
        if (table_of[m] > 0) continue;
        while (taken.count(next_table)) ++next_table;
        if (tables <= 0 || next_table <= tables) {
            table_of[m] = next_table;
            taken.insert(next_table);
        }
    }
    for (const Suggestion& s : board.pairs) {
        SeatedPair p{s.mentor, s.mentee, table_of[s.mentor], s.score, s.reasons, s.lock};
        if (p.table == 0) ++plan.unseated;
        plan.pairs.push_back(std::move(p));
    }
    std::stable_sort(plan.pairs.begin(), plan.pairs.end(), [](const SeatedPair& a, const SeatedPair& b) {
        return (a.table == 0) != (b.table == 0) ? a.table != 0 : (a.table != 0 && a.table < b.table);
    });
    plan.tables_used = taken.empty() ? 0 : *taken.rbegin();
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

std::vector<AttendeeId> waited_in_round(const Round& round, const std::vector<Pairing>& pairings,
                                        const std::vector<CheckInEvent>& log) {
    std::map<AttendeeId, bool> present;                      // by id, so the answer comes out sorted
    for (const CheckInEvent& e : log) {                      // in seq order: the last event before the start wins
        if (e.at_ms <= round.started_ms) present[e.attendee] = e.kind == CheckInKind::In;
    }
    std::set<AttendeeId> seated;
    for (const Pairing& p : pairings) {
        seated.insert(p.mentor);
        seated.insert(p.mentee);
    }
    std::vector<AttendeeId> waited;
    for (const auto& [id, here] : present) {
        if (here && !seated.count(id)) waited.push_back(id);
    }
    return waited;
}

} // namespace mb
