// bench/match/bench_groups.cpp — group seating: our solver next to LEMON's network simplex, and check-ins.
//
//   bench_groups [--sizes 200,2000,10000] [--capacity 3] [--lemon-max 10000] [--checkins 20]
//
// Rooms at 1 : 3 (25 % mentors, 75 % mentees; every mentor takes `capacity`), weights from the real scorer
// over every allowed (mentor, mentee) pair, and a variant where 10 % of the room is "both" (20 % mentors,
// 70 % mentees). Each case runs in its own process (bench_child.hpp), so its peak RSS is its own; times
// exclude building the instance. LEMON solves the uncoupled min-cost flow: for fixed roles that is the exact
// optimum (totals must agree), with "both" people it is only the weakest bound (our bound must be at or
// below it). Then one check-in at a time on top of 1,000 present, two ways: "checkin" re-seats the whole room
// from scratch with solve_groups (the baseline an incremental update must beat), and "room" is the product's
// path, GroupRoom (group_room.hpp): the newcomer is scored against everyone present and seated by one
// augmenting search per role on the live b-matching (b_matching_live.hpp), then the board is read back.
// Nothing is asserted.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "bench_child.hpp"
#include "bench_instance.hpp"
#include "core/match/group_room.hpp"
#include "core/match/group_solver.hpp"
#include "core/match/scoring.hpp"

#ifdef MATCHBOOTH_HAVE_LEMON_FLOW
#include "lemon_flow.hpp"
#endif

using namespace mb;
using namespace mb::bench;

namespace {

constexpr std::uint64_t kSeed = 20261207;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

Instance room(int n, bool both, int capacity) {
    return both ? make_group_instance(n, 0.20, 0.10, capacity, kSeed) : make_group_instance(n, 0.25, 0.0, capacity, kSeed);
}

std::vector<int> capacities(const Instance& inst) {
    std::vector<int> c;
    for (const Attendee& a : inst.people) c.push_back(a.mentor_capacity);
    return c;
}

// Mentees (including "both" people seated as neither) who had a possible mentor but no seat.
int waiting(const Instance& inst, const std::vector<GroupEdge>& edges, const GroupSolution& s) {
    std::vector<char> could(inst.people.size(), 0);
    for (const GroupEdge& e : edges) could[static_cast<std::size_t>(e.mentee)] = 1;
    int count = 0;
    for (std::size_t v = 0; v < inst.people.size(); ++v) {
        if (could[v] && s.mentor_of[v] == -1 && s.load[v] == 0) ++count;
    }
    return count;
}

// --- Child cases -----------------------------------------------------------------------------------------

int case_ours(int n, bool both, int capacity) {
    const Instance inst = room(n, both, capacity);
    const std::vector<GroupEdge> edges = build_group_edges(inst, MatchSettings{});
    const std::vector<int> cap = capacities(inst);
    const auto t0 = Clock::now();
    const double c0 = cpu_ms();
    const GroupSolution s = solve_groups(n, cap, edges);
    const double ms = ms_since(t0);
    const double cpu = cpu_ms() - c0;
    const std::string check = check_groups(n, cap, edges, s);
    std::ostringstream os;
    os << "ms=" << ms << " cpu_ms=" << cpu << " total=" << s.total << " bound=" << s.upper_bound
       << " gap_pct=" << 100.0 * s.gap() << " iterations=" << s.iterations << " edges=" << edges.size()
       << " groups=" << groups_of(s).size() << " waiting=" << waiting(inst, edges, s)
       << " method=" << (s.method == GroupMethod::kLagrangian ? "lagrangian" : "exact")
       << " valid=" << (check.empty() ? "yes" : "NO");
    report(os.str());
    return 0;
}

int case_lemon(int n, bool both, int capacity) {
#ifdef MATCHBOOTH_HAVE_LEMON_FLOW
    const Instance inst = room(n, both, capacity);
    const std::vector<GroupEdge> edges = build_group_edges(inst, MatchSettings{});
    const std::vector<int> cap = capacities(inst);
    std::vector<int> mentor, mentee;
    std::vector<std::int64_t> w;
    for (const GroupEdge& e : edges) {
        mentor.push_back(e.mentor);
        mentee.push_back(e.mentee);
        w.push_back(e.w);
    }
    const double c0 = cpu_ms();
    double ms = 0;
    const std::int64_t total = mb::testing::lemon_b_matching(n, cap.data(), static_cast<int>(edges.size()), mentor.data(),
                                                            mentee.data(), w.data(), &ms);
    std::ostringstream os;
    os << "ms=" << ms << " cpu_ms=" << cpu_ms() - c0 << " total=" << total;
    report(os.str());
#else
    (void)n, (void)both, (void)capacity;
    report("skipped=LEMON_not_built");
#endif
    return 0;
}

// One check-in at a time: the newcomer's pairs join the room (scored beforehand: the scorer costs microseconds
// per pair and is measured by bench_match), then the room is seated from scratch.
int case_checkin(int n, int capacity, int checkins) {
    const Instance inst = room(n + checkins, true, capacity);
    const std::vector<GroupEdge> all = build_group_edges(inst, MatchSettings{});
    const std::vector<int> cap = capacities(inst);
    std::vector<std::vector<GroupEdge>> arriving(static_cast<std::size_t>(n + checkins));   // by later endpoint
    for (const GroupEdge& e : all) arriving[static_cast<std::size_t>(std::max(e.mentor, e.mentee))].push_back(e);
    std::vector<GroupEdge> edges;
    for (int v = 0; v < n; ++v) edges.insert(edges.end(), arriving[static_cast<std::size_t>(v)].begin(), arriving[static_cast<std::size_t>(v)].end());
    std::vector<double> times, cpu;
    GroupSolution s;
    for (int present = n; present < n + checkins; ++present) {
        const auto t0 = Clock::now();
        const double c0 = cpu_ms();
        const auto& fresh = arriving[static_cast<std::size_t>(present)];
        edges.insert(edges.end(), fresh.begin(), fresh.end());
        s = solve_groups(present + 1, std::span<const int>(cap.data(), static_cast<std::size_t>(present + 1)), edges);
        times.push_back(ms_since(t0));
        cpu.push_back(cpu_ms() - c0);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    std::ostringstream os;
    os << "median_ms=" << times[times.size() / 2] << " cpu_median_ms=" << cpu[cpu.size() / 2]
       << " p90_ms=" << times[times.size() * 9 / 10]
       << " max_ms=" << times.back() << " gap_pct=" << 100.0 * s.gap() << " edges=" << edges.size();
    report(os.str());
    return 0;
}

// The product's path: GroupRoom (the live board) with `n` present, then one check-in at a time, each followed by
// suggestions() (the board the screens read). Roles of "both" people stay as seated; reoptimize() is timed once.
int case_room(int n, int capacity, int checkins) {
    const Instance inst = room(n + checkins, true, capacity);
    GroupRoom live(MatchSettings{}, capacity);
    for (const Opinion& o : inst.opinions) live.set_preference(o.from, o.to, o.preference, 1);
    live.add_attendees(std::vector<Attendee>(inst.people.begin(), inst.people.begin() + n));
    const auto r0 = Clock::now();
    live.reoptimize();
    const double reopt_ms = ms_since(r0);
    std::vector<double> times, cpu;
    for (int i = n; i < n + checkins; ++i) {
        const auto t0 = Clock::now();
        const double c0 = cpu_ms();
        live.add_attendee(inst.people[static_cast<std::size_t>(i)]);
        const SuggestionSet board = live.suggestions();
        times.push_back(ms_since(t0));
        cpu.push_back(cpu_ms() - c0);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    const SuggestionSet s = live.suggestions();
    std::ostringstream os;
    os << "median_ms=" << times[times.size() / 2] << " cpu_median_ms=" << cpu[cpu.size() / 2]
       << " p90_ms=" << times[times.size() * 9 / 10]
       << " max_ms=" << times.back() << " reoptimize_ms=" << reopt_ms << " pairs=" << s.pairs.size()
       << " waiting=" << s.waiting.size() << " total=" << s.total << " bound=" << s.optimum_bound;
    report(os.str());
    return 0;
}

// --- Parent ------------------------------------------------------------------------------------------------

void row(const char* label, const std::map<std::string, std::string>& kv) {
    if (kv.count("skipped")) {
        std::printf("  %-30s skipped (%s)\n", label, kv.at("skipped").c_str());
        return;
    }
    if (!kv.count("ms")) {
        std::printf("  %-30s FAILED (no result)\n", label);
        return;
    }
    std::printf("  %-30s %9.1f ms (cpu %7.1f)  total %-9s peak RSS %5.0f MB\n", label, num(kv, "ms"),
                num(kv, "cpu_ms"), kv.at("total").c_str(), num(kv, "rss_kb") / 1024.0);
}

void run_size(int n, bool both, int capacity, int lemon_max) {
    const std::string args = std::to_string(n) + (both ? " both " : " fixed ") + std::to_string(capacity);
    std::printf("\n== %d present, %s, capacity %d ==\n", n,
                both ? "20% mentors, 10% both, 70% mentees" : "1 : 3 (25% mentors, 75% mentees)", capacity);
    const auto ours = run_child("ours " + args);
    row("ours (solve_groups)", ours);
    if (ours.count("edges")) {
        std::printf("  %-30s %s edges, %s groups, %s waiting with a possible mentor; bound %s, gap %.4f %%,\n"
                    "  %-30s method %s, %s subgradient steps, seating valid: %s\n",
                    "", ours.at("edges").c_str(), ours.at("groups").c_str(), ours.at("waiting").c_str(),
                    ours.at("bound").c_str(), num(ours, "gap_pct"), "", ours.at("method").c_str(),
                    ours.at("iterations").c_str(), ours.at("valid").c_str());
    }
    if (n > lemon_max) {
        std::printf("  %-30s skipped: above --lemon-max %d\n", "LEMON NetworkSimplex", lemon_max);
        return;
    }
    const auto lemon = run_child("lemon " + args);
    row(both ? "LEMON NetworkSimplex (bound)" : "LEMON NetworkSimplex", lemon);
    if (!ours.count("ms") || !lemon.count("ms")) return;
    if (both) {
        std::printf("  %-30s uncoupled flow bound %s >= our bound %s: %s\n", "", lemon.at("total").c_str(),
                    ours.at("bound").c_str(), num(lemon, "total") >= num(ours, "bound") ? "yes" : "NO");
    } else {
        std::printf("  %-30s %.1fx   totals equal: %s\n", "LEMON time / ours", num(lemon, "ms") / num(ours, "ms"),
                    ours.at("total") == lemon.at("total") ? "yes" : "NO");
    }
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() >= 5 && args[0] == "--case") {
        const int n = std::atoi(args[2].c_str());
        const bool both = args[3] == "both";
        const int capacity = std::atoi(args[4].c_str());
        if (args[1] == "ours") return case_ours(n, both, capacity);
        if (args[1] == "lemon") return case_lemon(n, both, capacity);
        if (args[1] == "room") return case_room(n, capacity, args.size() > 5 ? std::atoi(args[5].c_str()) : 20);
        if (args[1] == "checkin") return case_checkin(n, capacity, args.size() > 5 ? std::atoi(args[5].c_str()) : 20);
        return 2;
    }
    std::vector<int> sizes{200, 2000, 10000};
    int capacity = 3, lemon_max = 10000, checkins = 20;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--sizes" && i + 1 < args.size()) {
            sizes.clear();
            std::istringstream is(args[++i]);
            std::string part;
            while (std::getline(is, part, ',')) sizes.push_back(std::atoi(part.c_str()));
        } else if (args[i] == "--capacity" && i + 1 < args.size()) {
            capacity = std::clamp(std::atoi(args[++i].c_str()), 1, kMaxGroupCapacity);
        } else if (args[i] == "--lemon-max" && i + 1 < args.size()) {
            lemon_max = std::atoi(args[++i].c_str());
        } else if (args[i] == "--checkins" && i + 1 < args.size()) {
            checkins = std::max(1, std::atoi(args[++i].c_str()));
        } else {
            std::fprintf(stderr, "usage: bench_groups [--sizes 200,2000,10000] [--capacity 3] [--lemon-max N] [--checkins N]\n");
            return 2;
        }
    }
    std::printf("Matchbooth group seating benchmark (check-in at 1,000 present: goal <= 10 ms)\n");
    for (int n : sizes) {
        run_size(n, false, capacity, lemon_max);
        run_size(n, true, capacity, lemon_max);
    }
    std::printf("\n== one check-in at a time on top of 1,000 present (%d check-ins, 10%% both) ==\n", checkins);
    const auto ci = run_child("checkin 1000 both " + std::to_string(capacity) + " " + std::to_string(checkins));
    if (ci.count("median_ms")) {
        std::printf("  median %.2f ms (cpu %.2f), p90 %.2f ms, max %.2f ms (score newcomer + seat from scratch);"
                    " gap %.4f %%; peak RSS %.0f MB\n", num(ci, "median_ms"), num(ci, "cpu_median_ms"),
                    num(ci, "p90_ms"), num(ci, "max_ms"),
                    num(ci, "gap_pct"), num(ci, "rss_kb") / 1024.0);
    }
    const auto live = run_child("room 1000 both " + std::to_string(capacity) + " " + std::to_string(checkins));
    if (live.count("median_ms")) {
        std::printf("  GroupRoom (the live board): median %.2f ms (cpu %.2f), p90 %.2f ms, max %.2f ms per check-in"
                    " + board;\n  reoptimize (roles free) %.1f ms; %s pairs, %s waiting, total %s, bound %s;"
                    " peak RSS %.0f MB\n",
                    num(live, "median_ms"), num(live, "cpu_median_ms"), num(live, "p90_ms"), num(live, "max_ms"),
                    num(live, "reoptimize_ms"),
                    live.at("pairs").c_str(), live.at("waiting").c_str(), live.at("total").c_str(),
                    live.at("bound").c_str(), num(live, "rss_kb") / 1024.0);
    }
    return 0;
}
