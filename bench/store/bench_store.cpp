// bench/store/bench_store.cpp — store throughput and a soak run, printed as figures.
//
//   bench_store [--soak N] [--db PATH] [--pg CONNINFO | --no-pg]
//
// 1. Check-ins per second through the real SQLite store (one transaction and one fsync each, as the
//    kiosk does), and the cost of the reads a screen makes (present(), change_counter()).
//    Then SQLite vs PostgreSQL with one and three writer processes (bench_writers.cpp); PostgreSQL is a
//    throwaway local cluster unless --pg names a server.
// 2. Soak: N simulated operations (default 100,000: check-ins, undos, likes, declines, profile edits) at
//    full speed through the real core — the store, and the live matcher catching up every 50 operations and
//    starting a round every 10,000 — then integrity checks. Prints throughput and peak RSS.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <set>
#include <string>

#include "core/io/demo.hpp"
#include "core/live/live_matching.hpp"
#include "core/store/sqlite_store.hpp"
#include "core/util/ids.hpp"
#include "bench/store/bench_writers.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

long peak_rss_mb() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024;
}

void bench_check_ins(const std::filesystem::path& path) {
    std::filesystem::remove(path);
    auto store = mb::open_sqlite_store(path);
    mb::DemoOptions demo;
    demo.attendees = 10000;
    auto t0 = Clock::now();
    mb::generate_demo_event(*store, demo);
    std::printf("import 10,000 attendees (one transaction): %.0f ms\n", seconds_since(t0) * 1000);

    const int n = 2000;
    t0 = Clock::now();
    for (int i = 1; i <= n; ++i) store->check_in(i, "bench");
    const double s = seconds_since(t0);
    std::printf("check-ins, one durable commit each: %d in %.2f s = %.0f /s (%.2f ms each)\n", n, s, n / s,
                s * 1000 / n);

    t0 = Clock::now();
    const int reads = 200;
    std::size_t sink = 0;
    for (int i = 0; i < reads; ++i) sink += store->present().size();
    std::printf("present() with %d present of 10,000: %.3f ms\n", n, seconds_since(t0) * 1000 / reads);
    t0 = Clock::now();
    for (int i = 0; i < 10000; ++i) sink += store->change_counter();
    std::printf("change_counter(): %.2f us\n", seconds_since(t0) * 1e6 / 10000);
    if (sink == 0) std::printf("(unexpected: nothing read)\n");
}

void soak(const std::filesystem::path& path, int operations) {
    std::filesystem::remove(path);
    auto store = mb::open_sqlite_store(path);
    mb::DemoOptions demo;
    demo.attendees = 5000;
    mb::generate_demo_event(*store, demo);
    // The matcher runs as it does in a kiosk: on its own connection, catching up a few times a second
    // (here: every 50 operations) and starting a round every 10,000 operations.
    auto matcher_store = mb::open_sqlite_store(path);
    mb::LiveOptions live_options;
    live_options.holder = "soak";
    mb::LiveMatching live(*matcher_store, live_options);
    std::mt19937 rng(42);
    std::uniform_int_distribution<mb::AttendeeId> pick(1, demo.attendees);
    std::uniform_int_distribution<int> op(0, 99);
    std::set<mb::AttendeeId> acknowledged_present;
    std::set<std::pair<mb::AttendeeId, mb::AttendeeId>> declined;
    int check_ins = 0, undos = 0, prefs = 0, edits = 0, rounds = 0;
    double matcher_s = 0;
    const auto t0 = Clock::now();
    for (int i = 1; i <= operations; ++i) {
        const int kind = op(rng);
        const mb::AttendeeId a = pick(rng);
        if (kind < 50) {
            store->check_in(a, "soak");
            acknowledged_present.insert(a);
            ++check_ins;
        } else if (kind < 55) {
            if (store->undo_check_in(a, "soak")) acknowledged_present.erase(a);
            ++undos;
        } else if (kind < 90) {
            mb::AttendeeId b = pick(rng);
            if (b == a) b = a % demo.attendees + 1;
            const auto pref = kind < 80 ? mb::Preference::Like : mb::Preference::Decline;
            store->set_preference(a, b, pref);
            if (pref == mb::Preference::Decline) declined.insert({a, b});
            else declined.erase({a, b});
            ++prefs;
        } else {
            auto who = store->attendee(a);
            who->years_experience = (who->years_experience + 1) % 40;
            store->update_attendee(*who);
            ++edits;
        }
        if (i % 50 == 0 || i % 10000 == 0) {
            const auto m0 = Clock::now();
            live.refresh(mb::now_unix_ms());
            if (i % 10000 == 0) {
                live.start_round(50, 600, mb::now_unix_ms());
                ++rounds;
            }
            matcher_s += seconds_since(m0);
        }
    }
    const double s = seconds_since(t0);
    std::printf("soak: %d operations in %.1f s = %.0f ops/s (check-ins %d, undos %d, likes/declines %d, edits %d, "
                "rounds %d); the matcher's share %.1f s\n", operations, s, operations / s, check_ins, undos, prefs,
                edits, rounds, matcher_s);
    const auto present = store->present();
    const std::set<mb::AttendeeId> stored(present.begin(), present.end());
    std::printf("soak: presence matches every acknowledged check-in/undo: %s\n",
                stored == acknowledged_present ? "yes" : "NO");
    live.refresh(mb::now_unix_ms());
    std::set<mb::AttendeeId> seen;
    bool valid = true;
    for (const mb::Pairing& p : live.suggestions()) {
        valid = valid && stored.count(p.mentor) && stored.count(p.mentee);                  // both present
        valid = valid && seen.insert(p.mentor).second && seen.insert(p.mentee).second;      // nobody twice
        valid = valid && !declined.count({p.mentor, p.mentee}) && !declined.count({p.mentee, p.mentor});
    }
    std::printf("soak: final board of %zu pairs: everyone present, nobody twice, no declined pair: %s\n",
                live.suggestions().size(), valid ? "yes" : "NO");
    store.reset();
    auto again = mb::open_sqlite_store(path);     // runs quick_check on open; throws if damaged
    std::printf("soak: reopened, integrity ok; log has %zu events; %zu rounds; peak RSS %ld MB\n",
                again->check_in_log().size(), again->rounds().size(), peak_rss_mb());
}

} // namespace

int main(int argc, char** argv) {
    int soak_ops = 100000;
    std::filesystem::path db = std::filesystem::temp_directory_path() / "matchbooth-bench.db";
    std::string pg;                       // --pg: a server to compare against; empty = a throwaway cluster
    bool compare = true;                  // --no-pg skips the SQLite vs PostgreSQL comparison
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--soak") && i + 1 < argc) soak_ops = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--db") && i + 1 < argc) db = argv[++i];
        else if (!std::strcmp(argv[i], "--pg") && i + 1 < argc) pg = argv[++i];
        else if (!std::strcmp(argv[i], "--no-pg")) compare = false;
        else {
            std::fprintf(stderr, "usage: bench_store [--soak N] [--db PATH] [--pg CONNINFO | --no-pg]\n");
            return 2;
        }
    }
    try {
        bench_check_ins(db);
        if (compare) mb::bench::bench_writers(db, pg);
        if (soak_ops > 0) soak(db, soak_ops);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_store: %s\n", e.what());
        return 1;
    }
    std::filesystem::remove(db);
    return 0;
}
