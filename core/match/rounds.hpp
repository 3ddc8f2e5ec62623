// core/match/rounds.hpp — turning the board into a round: table numbers, and history for later rounds.
//
// plan_round() seats groups in board order (strongest first) at tables 1..tables: one table per mentor, so
// the pairs of a group (GroupRoom: one mentor, several mentees) share it; with 1 : 1 pairs that is one table
// per pair. A mentor found in `previous_tables` keeps that table (mentors stay, mentees rotate), the others
// take the lowest free numbers. More groups than tables: the extra ones still meet but get table 0 ("no
// table": e.g. standing area), counted per pair in `unseated`, listed after the seated pairs, and become
// history like everyone else. tables <= 0 means "as many tables as groups".
//
// Later rounds: pass the round's pairings to Matcher::record_round() (or, when loading a saved event,
// load_history()); earlier partners are then excluded unless both asked to meet again.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/match/matcher.hpp"
#include "core/store/store.hpp"

namespace mb {

struct SeatedPair {
    AttendeeId mentor = 0;
    AttendeeId mentee = 0;
    int table = 0;                               // 1-based; 0 = no table (more pairs than tables)
    int score = 0;                               // integer score
    std::vector<std::string> reasons;            // strongest first
    LockKind lock = LockKind::None;
};

struct RoundPlan {
    std::vector<SeatedPair> pairs;               // seated ones first, by table
    std::vector<AttendeeId> waiting;             // nobody to meet this round
    int tables_used = 0;                         // highest table number handed out
    int unseated = 0;                            // pairs with table 0
};

RoundPlan plan_round(const SuggestionSet& board, int tables, const std::map<AttendeeId, int>& previous_tables = {});

// Store rows for Store::start_round(): reasons joined with '\n'.
std::vector<Pairing> to_pairings(const RoundPlan& plan);

// Replays saved rounds (each Round with its pairings) into a Matcher as history.
void load_history(Matcher& matcher, const std::vector<Round>& rounds,
                  const std::vector<std::vector<Pairing>>& pairings_per_round);

// Who waited in a round, from the store's records alone: present when it started (the check-in log up to
// round.started_ms, an undo ending a presence) and in none of its pairings. By id. GroupRoom::set_waited()
// takes it, so a room rebuilt from the store still seats these people first.
std::vector<AttendeeId> waited_in_round(const Round& round, const std::vector<Pairing>& pairings,
                                        const std::vector<CheckInEvent>& log);

} // namespace mb
