// bench/store/bench_store.cpp — store throughput and a soak run, printed as figures.
//
//   bench_store [--soak N] [--db PATH]
//
// 1. Check-ins per second through the real SQLite store (one transaction and one fsync each, as the
//    kiosk does), and the cost of the reads a screen makes (present(), change_counter()).
// 2. Soak: N simulated operations (default 100,000: check-ins, undos, likes, declines, profile edits and
//    a round every 10,000) at full speed, then integrity checks. Prints throughput and peak RSS.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <set>
#include <string>

#include "core/io/demo.hpp"
#include "core/store/sqlite_store.hpp"

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
    std::mt19937 rng(42);
    std::uniform_int_distribution<mb::AttendeeId> pick(1, demo.attendees);
    std::uniform_int_distribution<int> op(0, 99);
    std::set<mb::AttendeeId> acknowledged_present;
    int check_ins = 0, undos = 0, prefs = 0, edits = 0, rounds = 0;
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
            store->set_preference(a, b, kind < 80 ? mb::Preference::Like : mb::Preference::Decline);
            ++prefs;
        } else {
            auto who = store->attendee(a);
            who->years_experience = (who->years_experience + 1) % 40;
            store->update_attendee(*who);
            ++edits;
        }
        if (i % 10000 == 0) {
            // A round over present people taken in id order, two by two (the matcher's own benchmark
            // measures pairing quality; here the point is the write load of freezing a round).
            const auto present = store->present();
            std::vector<mb::Pairing> pairs;
            for (std::size_t k = 0; k + 1 < present.size(); k += 2)
                pairs.push_back({present[k], present[k + 1], static_cast<int>(pairs.size() + 1), 0, "soak"});
            store->start_round(pairs, 600);
            ++rounds;
        }
    }
    const double s = seconds_since(t0);
    std::printf("soak: %d operations in %.1f s = %.0f ops/s (check-ins %d, undos %d, likes/declines %d, edits %d, "
                "rounds %d)\n", operations, s, operations / s, check_ins, undos, prefs, edits, rounds);
    const auto present = store->present();
    const std::set<mb::AttendeeId> stored(present.begin(), present.end());
    const bool same = stored == acknowledged_present;
    std::printf("soak: presence matches every acknowledged check-in/undo: %s\n", same ? "yes" : "NO");
    store.reset();
    auto again = mb::open_sqlite_store(path);     // runs quick_check on open; throws if damaged
    std::printf("soak: reopened, integrity ok; log has %zu events; peak RSS %ld MB\n", again->check_in_log().size(),
                peak_rss_mb());
}

} // namespace

int main(int argc, char** argv) {
    int soak_ops = 100000;
    std::filesystem::path db = std::filesystem::temp_directory_path() / "matchbooth-bench.db";
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--soak") && i + 1 < argc) soak_ops = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--db") && i + 1 < argc) db = argv[++i];
        else {
            std::fprintf(stderr, "usage: bench_store [--soak N] [--db PATH]\n");
            return 2;
        }
    }
    try {
        bench_check_ins(db);
        if (soak_ops > 0) soak(db, soak_ops);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_store: %s\n", e.what());
        return 1;
    }
    std::filesystem::remove(db);
    return 0;
}
