// bench/match/bench_match.cpp — prints how fast and how exact our matching is, next to LEMON and scipy.
//
//   bench_match [--sizes 100,1000,2000,10000] [--lemon-max 2000] [--no-scipy] [--checkins 50]
//
// Each measurement runs in a fresh child process (this program re-executed with --case ...), so its peak
// RSS (VmHWM) is its own. Times exclude building the instance; for LEMON they cover MaxWeightedMatching::run
// (which includes its fractional warm start); for scipy, linear_sum_assignment on a dense matrix. Nothing is
// asserted: figures are printed, including misses.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "bench_child.hpp"
#include "bench_instance.hpp"
#include "core/match/fractional_start.hpp"
#include "core/match/matcher.hpp"
#include "core/match/top_k.hpp"

#ifdef MATCHBOOTH_HAVE_LEMON
#include "bench_lemon.hpp"
#endif

using namespace mb;
using namespace mb::bench;

namespace {

constexpr std::uint64_t kSeed = 20240611;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

// --- Child cases -----------------------------------------------------------------------------------------

int case_csr(int n, bool bipartite) {
    const Instance inst = make_instance(n, bipartite, kSeed);
    const CsrGraph g = build_graph(inst, MatchSettings{});
    const auto t0 = Clock::now();
    const double c0 = cpu_ms();
    const MatchingResult r = max_weight_matching(g);
    const double ms = ms_since(t0);
    const double cpu = cpu_ms() - c0;
    std::ostringstream os;
    os << "ms=" << ms << " cpu_ms=" << cpu << " total=" << r.total << " edges=" << g.edge_count() << " rounds=" << r.pricing_rounds
       << " candidates=" << r.candidate_edges << " odd_cycles=" << r.odd_cycles;
    report(os.str());
    return 0;
}

int case_profiles(int n, bool bipartite) {
    const Instance inst = make_instance(n, bipartite, kSeed);
    Matcher m;
    for (const Opinion& o : inst.opinions) m.set_preference(o.from, o.to, o.preference, 1);
    const auto t0 = Clock::now();
    const double c0 = cpu_ms();
    m.add_attendees(inst.people);
    const double ms = ms_since(t0);
    const double cpu = cpu_ms() - c0;
    std::ostringstream os;
    os << "ms=" << ms << " cpu_ms=" << cpu << " total=" << m.optimum_total() << " board=" << m.board_total();
    report(os.str());
    return 0;
}

// Where the time of a CSR solve goes (internal headers: for tuning, not part of the table).
int case_phases(int n, bool bipartite, int k) {
    const Instance inst = make_instance(n, bipartite, kSeed);
    const CsrGraph g = build_graph(inst, MatchSettings{});
    auto t0 = Clock::now();
    TopKPerKey<int> best(g.n, k > 0 ? k : MatchingOptions{}.candidates_per_vertex);
    CsrOracle{g}.for_each_pair([&](int u, int v, std::int64_t w2) {
        if (w2 > best.floor(u)) best.offer(u, w2, v);
        if (w2 > best.floor(v)) best.offer(v, w2, u);
    });
    CandidatePairs pairs;
    for (int u = 0; u < g.n; ++u) {
        best.for_each(u, [&](std::int64_t w2, int v) { pairs.push_back({{std::min(u, v), std::max(u, v)}, w2}); });
    }
    normalize_pairs(pairs);
    const double ms_candidates = ms_since(t0);
    BlossomEngine engine(g.n);
    const FractionalStats fs = fractional_solve(engine, CsrOracle{g}, pairs);
    std::printf("candidates %.1f ms (%zu pairs) | first cover solve %.1f ms | cover pricing %.1f ms: passes %.1f, "
                "%d restarts %.1f, %d repair rounds %.1f (%lld edges added), rechecks %.1f (%lld rows) | general %.1f ms "
                "(%d odd cycles, %d rounds, %lld searches) | total %lld\n",
                ms_candidates, pairs.size(), fs.ms_first_solve, fs.ms_cover_pricing, fs.cover.ms_passes, fs.cover.restarts,
                fs.cover.ms_restarts, fs.cover.rounds, fs.cover.ms_repairs, static_cast<long long>(fs.cover.edges_added),
                fs.cover.ms_rechecks, static_cast<long long>(fs.cover.people_rechecked),
                fs.ms_general, fs.odd_cycles, fs.pricing_rounds, static_cast<long long>(engine.stats().searches),
                static_cast<long long>(engine.matched_weight2() / 2));
    return 0;
}

int case_lemon(int n, bool bipartite) {
#ifdef MATCHBOOTH_HAVE_LEMON
    const Instance inst = make_instance(n, bipartite, kSeed);
    const CsrGraph g = build_graph(inst, MatchSettings{});
    std::int64_t total = 0;
    const double ms = lemon_max_weight_matching(n, g.offsets.data(), g.targets.data(), g.weights.data(), &total);
    std::ostringstream os;
    os << "ms=" << ms << " total=" << total;
    report(os.str());
    return 0;
#else
    (void)n;
    (void)bipartite;
    std::printf("RESULT skipped=lemon_not_built\n");
    return 0;
#endif
}

int case_scipy(int n) {
    const Instance inst = make_instance(n, true, kSeed);
    int rows = 0, cols = 0;
    const std::vector<std::int64_t> matrix = build_matrix(inst, MatchSettings{}, rows, cols);
    const std::string dir = std::string(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp");
    const std::string data = dir + "/bench_match_" + std::to_string(n) + ".bin";
    const std::string script = dir + "/bench_match_lsa.py";
    {
        std::ofstream out(data, std::ios::binary);
        out.write(reinterpret_cast<const char*>(matrix.data()), static_cast<std::streamsize>(matrix.size() * 8));
        std::ofstream py(script);
        py << "import sys, time, resource\nimport numpy as np\nfrom scipy.optimize import linear_sum_assignment\n"
              "r, c = int(sys.argv[2]), int(sys.argv[3])\n"
              "m = np.fromfile(sys.argv[1], dtype=np.int64).reshape(r, c)\n"
              "t = time.perf_counter()\nrows, cols = linear_sum_assignment(m, maximize=True)\n"
              "dt = (time.perf_counter() - t) * 1000\n"
              "print('RESULT ms=%.3f total=%d rss_kb=%d' % (dt, int(m[rows, cols].sum()), "
              "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n";
    }
    const std::string cmd = "/usr/bin/python3 " + script + " " + data + " " + std::to_string(rows) + " " +
                            std::to_string(cols) + " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return 1;
    char buf[512];
    while (std::fgets(buf, sizeof buf, p)) std::fputs(buf, stdout);
    const int rc = pclose(p);
    std::remove(data.c_str());
    std::remove(script.c_str());
    return rc == 0 ? 0 : 1;
}

// Re-solves on a full board: reoptimize() (the sticky exact re-solve that keeps the most current pairs) and
// record_round() (the round's pairs become history, the next board is solved).
int case_resolve(int n) {
    const Instance inst = make_instance(n, false, kSeed);
    Matcher m;
    for (const Opinion& o : inst.opinions) m.set_preference(o.from, o.to, o.preference, 1);
    m.add_attendees(inst.people);
    auto t0 = Clock::now();
    double c0 = cpu_ms();
    m.reoptimize();
    const double reopt_ms = ms_since(t0), reopt_cpu = cpu_ms() - c0;
    std::vector<Pairing> round;
    for (const Suggestion& s : m.suggestions().pairs) {
        Pairing p;
        p.mentor = s.mentor;
        p.mentee = s.mentee;
        round.push_back(p);
    }
    t0 = Clock::now();
    c0 = cpu_ms();
    m.record_round(round, 2);
    const double round_ms = ms_since(t0), round_cpu = cpu_ms() - c0;
    std::ostringstream os;
    os << "ms=" << reopt_ms << " cpu_ms=" << reopt_cpu << " round_ms=" << round_ms << " round_cpu_ms=" << round_cpu
       << " total=" << m.optimum_total() << " board=" << m.board_total();
    report(os.str());
    return 0;
}

// One check-in at a time on top of `n` present people, `count` times; then the exact optimum is compared
// with a fresh full solve of everyone.
int case_checkin(int n, int count) {
    const Instance inst = make_instance(n + count, false, kSeed);
    Matcher m;
    for (const Opinion& o : inst.opinions) m.set_preference(o.from, o.to, o.preference, 1);
    m.add_attendees({inst.people.begin(), inst.people.begin() + n});
    std::vector<double> times;
    for (int i = 0; i < count; ++i) {
        const auto t0 = Clock::now();
        m.add_attendee(inst.people[static_cast<std::size_t>(n + i)]);
        times.push_back(ms_since(t0));
    }
    Matcher fresh;
    for (const Opinion& o : inst.opinions) fresh.set_preference(o.from, o.to, o.preference, 1);
    fresh.add_attendees(inst.people);
    std::sort(times.begin(), times.end());
    std::ostringstream os;
    os << "median_ms=" << times[times.size() / 2] << " p90_ms=" << times[times.size() * 9 / 10]
       << " max_ms=" << times.back() << " resolves=" << m.stats().resolves
       << " total=" << m.optimum_total() << " full_total=" << fresh.optimum_total()
       << " board=" << m.board_total();
    report(os.str());
    return 0;
}

// --- Parent: runs the cases in child processes and prints the table -------------------------------------------

void line(const char* label, const std::map<std::string, std::string>& kv) {
    if (kv.count("skipped")) {
        std::printf("  %-34s skipped (%s)\n", label, kv.at("skipped").c_str());
        return;
    }
    if (!kv.count("ms")) {
        std::printf("  %-34s FAILED (no result)\n", label);
        return;
    }
    std::printf("  %-34s %10.1f ms (cpu %s ms)   total %-10s peak RSS %6.0f MB\n", label, num(kv, "ms"),
                kv.count("cpu_ms") ? kv.at("cpu_ms").c_str() : "-", kv.count("total") ? kv.at("total").c_str() : "?",
                num(kv, "rss_kb") / 1024.0);
}

void compare(const char* what, const std::map<std::string, std::string>& ours,
             const std::map<std::string, std::string>& theirs) {
    if (!ours.count("ms") || !theirs.count("ms")) return;
    std::printf("  %-34s %10.1fx   totals equal: %s\n", what, num(theirs, "ms") / num(ours, "ms"),
                ours.at("total") == theirs.at("total") ? "yes" : "NO");
}

void run_size(int n, bool bipartite, int lemon_max, bool scipy) {
    const std::string tag = std::to_string(n) + (bipartite ? " bipartite" : " mixed");
    std::printf("\n== %d present, %s ==\n", n,
                bipartite ? "bipartite variant (no 'both')" : "40% mentors, 45% mentees, 15% both");
    const auto csr = run_child("csr " + tag);
    if (csr.count("edges")) {
        const double pairs = static_cast<double>(n) * (n - 1) / 2;
        std::printf("  allowed pairs (edges): %s (%.1f %% of all pairs); pricing rounds %s, candidate edges %s,\n"
                    "  odd cycles in the fractional warm start %s\n",
                    csr.at("edges").c_str(), 100.0 * num(csr, "edges") / pairs, csr.at("rounds").c_str(),
                    csr.at("candidates").c_str(), csr.at("odd_cycles").c_str());
    }
    line("ours, explicit CSR graph", csr);
    const auto prof = run_child("profiles " + tag);
    line("ours, Matcher (weights on demand)", prof);
    if (n <= lemon_max) {
        const auto lem = run_child("lemon " + tag);
        line("LEMON MaxWeightedMatching", lem);
        compare("LEMON time / ours (CSR)", csr, lem);
        compare("LEMON time / ours (Matcher)", prof, lem);
    } else {
        std::printf("  %-34s skipped: above --lemon-max %d (its time grows roughly with n * m * log n,\n"
                    "  %-34s seconds already at 2,000, and it needs the full %s-edge graph in memory)\n",
                    "LEMON MaxWeightedMatching", lemon_max, "", csr.count("edges") ? csr.at("edges").c_str() : "?");
    }
    if (bipartite && scipy) {
        const auto sp = run_child("scipy " + std::to_string(n));
        line("scipy linear_sum_assignment", sp);
        compare("scipy time / ours (CSR)", csr, sp);
    }
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() >= 2 && args[0] == "--case") {
        const int n = args.size() > 2 ? std::atoi(args[2].c_str()) : 0;
        const bool bip = args.size() > 3 && args[3] == "bipartite";
        if (args[1] == "csr") return case_csr(n, bip);
        if (args[1] == "profiles") return case_profiles(n, bip);
        if (args[1] == "lemon") return case_lemon(n, bip);
        if (args[1] == "phases") return case_phases(n, bip, args.size() > 4 ? std::atoi(args[4].c_str()) : 0);
        if (args[1] == "scipy") return case_scipy(n);
        if (args[1] == "checkin") return case_checkin(n, args.size() > 3 ? std::atoi(args[3].c_str()) : 50);
        if (args[1] == "resolve") return case_resolve(n);
        return 2;
    }
    std::vector<int> sizes{100, 1000, 2000, 10000};
    int lemon_max = 2000;
    int checkins = 50;
    bool scipy = true;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--sizes" && i + 1 < args.size()) {
            sizes.clear();
            std::istringstream is(args[++i]);
            std::string part;
            while (std::getline(is, part, ',')) sizes.push_back(std::atoi(part.c_str()));
        } else if (args[i] == "--lemon-max" && i + 1 < args.size()) {
            lemon_max = std::atoi(args[++i].c_str());
        } else if (args[i] == "--checkins" && i + 1 < args.size()) {
            checkins = std::atoi(args[++i].c_str());
        } else if (args[i] == "--no-scipy") {
            scipy = false;
        } else {
            std::fprintf(stderr, "usage: bench_match [--sizes 100,1000] [--lemon-max N] [--checkins N] [--no-scipy]\n");
            return 2;
        }
    }
    std::printf("Matchbooth matching benchmark (targets: 2,000 <= 200 ms, 10,000 <= 2 s, check-in at 1,000 <= 10 ms)\n");
    for (int n : sizes) {
        run_size(n, false, lemon_max, scipy);
        run_size(n, true, lemon_max, scipy);
    }
    std::printf("\n== re-solves on a full board (Matcher::reoptimize, then Matcher::record_round) ==\n");
    for (int n : sizes) {
        const auto rs = run_child("resolve " + std::to_string(n));
        if (!rs.count("ms")) continue;
        std::printf("  %6d present: reoptimize %8.1f ms (cpu %s), record_round %8.1f ms (cpu %s); peak RSS %.0f MB\n", n,
                    num(rs, "ms"), rs.at("cpu_ms").c_str(), num(rs, "round_ms"), rs.at("round_cpu_ms").c_str(),
                    num(rs, "rss_kb") / 1024.0);
    }
    std::printf("\n== one check-in at a time on top of 1,000 present (%d check-ins) ==\n", checkins);
    const auto ci = run_child("checkin 1000 " + std::to_string(checkins));
    if (ci.count("median_ms")) {
        std::printf("  median %.2f ms, p90 %.2f ms, max %.2f ms; board re-solves %s; peak RSS %.0f MB\n",
                    num(ci, "median_ms"), num(ci, "p90_ms"), num(ci, "max_ms"), ci.at("resolves").c_str(),
                    num(ci, "rss_kb") / 1024.0);
        std::printf("  incremental optimum %s vs fresh full solve %s: %s\n", ci.at("total").c_str(),
                    ci.at("full_total").c_str(), ci.at("total") == ci.at("full_total") ? "equal" : "DIFFERENT");
    }
    return 0;
}
