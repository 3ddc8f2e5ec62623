// app/cli/match_commands.cpp — solve, pair and round: the matching engine's command-line faces.
//
//   solve  reads a weighted graph on stdin, prints a maximum-weight matching (to check and time the solver
//          against other solvers on the same input); with --groups, an optimal seating of mentor groups;
//   pair   prints the current suggestions: the same pairs the board shows;
//   round  starts a round: freezes the suggestions into table assignments with a clock.
#include <algorithm>
#include <cstdint>
#include <iostream>
#include <unordered_map>

#include "app/cli/common.hpp"
#include "core/live/live_matching.hpp"
#include "core/match/graph_io.hpp"
#include "core/match/pair_format.hpp"
#include "core/match/rounds.hpp"
#include "core/util/ids.hpp"

namespace mb::cli {

namespace {

struct MatchArgs {
    std::string db;
    bool json = false;                    // pair --json
    int tables = -1;                      // pair/round --tables; -1 = the event setting
    int minutes = -1;                     // round --minutes; -1 = the event setting
};

// The event's setting as an integer, or fallback when unset or not a number.
int int_setting(Store& store, const char* key, int fallback) {
    const auto value = store.setting(key);
    if (!value) return fallback;
    try {
        return std::stoi(*value);
    } catch (const std::exception&) {
        return fallback;
    }
}

NameBook names_of(Store& store) {
    NameBook names;
    for (const Attendee& a : store.attendees()) names[a.id] = a.display_name;
    return names;
}

// The stored suggestions as the matcher's type, so rounds.hpp can seat them.
SuggestionSet as_suggestion_set(const std::vector<Pairing>& pairs, const std::vector<AttendeeId>& present) {
    SuggestionSet set;
    std::unordered_map<AttendeeId, bool> paired;
    for (const Pairing& p : pairs) {
        Suggestion s{p.mentor, p.mentee, p.score, {}, p.locked ? LockKind::Organizer : LockKind::None};
        for (std::size_t start = 0; start <= p.reasons.size();) {
            const auto end = std::min(p.reasons.find('\n', start), p.reasons.size());
            if (end > start) s.reasons.push_back(p.reasons.substr(start, end - start));
            start = end + 1;
        }
        set.pairs.push_back(std::move(s));
        set.total += p.score;
        paired[p.mentor] = paired[p.mentee] = true;
    }
    for (AttendeeId id : present) {
        if (!paired.count(id)) set.waiting.push_back(id);
    }
    return set;
}

int run_pair(const MatchArgs& a) {
    auto store = open_store(a.db);
    // If a kiosk is running the matcher, this reads its board; otherwise this process matches, publishes the
    // board to the store and hands the lease back on exit.
    LiveMatching live(*store, {});
    live.refresh(now_unix_ms());
    const int tables = a.tables >= 0 ? a.tables : int_setting(*store, "tables", 0);
    const RoundPlan plan = plan_round(as_suggestion_set(live.suggestions(), store->present()), tables);
    const NameBook names = names_of(*store);
    std::cout << (a.json ? format_pairs_json(plan, names) : format_pairs_text(plan, names));
    if (a.json) std::cout << "\n";
    return 0;
}

int run_round(const MatchArgs& a) {
    auto store = open_store(a.db);
    LiveMatching live(*store, {});
    const std::int64_t now = now_unix_ms();
    live.refresh(now);
    const int tables = a.tables >= 0 ? a.tables : int_setting(*store, "tables", 0);
    const int minutes = a.minutes >= 0 ? a.minutes : int_setting(*store, "round_minutes", 15);
    const Round round = live.start_round(tables, minutes * 60, now);
    auto seated = store->round_pairings(round.id);
    std::stable_sort(seated.begin(), seated.end(), [](const Pairing& x, const Pairing& y) {
        return (x.table == 0 ? INT32_MAX : x.table) < (y.table == 0 ? INT32_MAX : y.table);   // no table last
    });
    std::cout << "round " << round.number << " started: " << seated.size() << " pairs, " << minutes << " minutes\n";
    const NameBook names = names_of(*store);
    for (const Pairing& p : seated) {
        std::cout << (p.table > 0 ? "  table " + std::to_string(p.table) : std::string("  no table")) << ": "
                  << names.at(p.mentor) << " (mentor) + " << names.at(p.mentee) << " (mentee)\n";
    }
    return 0;
}

} // namespace

void add_match_commands(CLI::App& root, int& exit_code) {
    auto args = std::make_shared<MatchArgs>();

    CLI::App* solve = root.add_subcommand(
        "solve", "Maximum-weight matching of a graph read on stdin: 'n m' then m lines 'u v w' (w > 0).\n"
                 "Prints 'weight W pairs K' then K lines 'u v'. For checking and timing the solver.\n"
                 "With --groups: 'groups n m', n lines of mentor capacity 0..4, m lines 'u v w' (u may mentor v);\n"
                 "prints 'weight W groups K' then K lines 'mentor mentee...', the bound and gap on stderr.");
    auto groups = std::make_shared<bool>(false);
    solve->add_flag("--groups", *groups, "Group mentoring: each mentor takes up to their capacity of mentees");
    solve->callback([groups, &exit_code] {
        exit_code = guarded([&] {
            return *groups ? run_solve_groups(std::cin, std::cout, std::cerr) : run_solve(std::cin, std::cout, std::cerr);
        });
    });

    CLI::App* pair = root.add_subcommand("pair", "Print the current suggested pairs with scores and reasons");
    add_db_option(*pair, args->db);
    pair->add_flag("--json", args->json, "JSON instead of text");
    pair->add_option("--tables", args->tables, "Tables to number (default: the event setting, 0 = one per pair)")
        ->check(CLI::Range(0, 10000));
    pair->callback([args, &exit_code] { exit_code = guarded([&] { return run_pair(*args); }); });

    CLI::App* round = root.add_subcommand("round", "Start a round: seat the suggested pairs at numbered tables");
    add_db_option(*round, args->db);
    round->add_option("--tables", args->tables, "Tables (default: the event setting, 0 = one per pair)")
        ->check(CLI::Range(0, 10000));
    round->add_option("--minutes", args->minutes, "Round length (default: the event setting, else 15)")
        ->check(CLI::Range(0, 600));
    round->callback([args, &exit_code] { exit_code = guarded([&] { return run_round(*args); }); });
}

} // namespace mb::cli
