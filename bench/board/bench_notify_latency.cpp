// bench/board/bench_notify_latency.cpp — how long after a kiosk acknowledges a check-in the board shows it.
//
// Two processes, as at a real event: a "kiosk" child checks people in one at a time (a few hundred ms apart,
// as people arrive) and runs the matcher, which publishes the suggestions; the parent is a board that
// refreshes its LiveBoard every --poll-ms (the board app uses 100 ms), as `matchbooth board` does. For each
// check-in it records, on the machine-wide monotonic clock, when check_in() returned in the kiosk, and when
// the board's view first counted the person and (for people the kiosk's matcher paired at once, not those
// left waiting for a later arrival) first showed their pair's card. The frame that draws the view is
// not included: bench_board measures it (a few ms at 1080p).
//
//   bench_notify_latency [--db PATH|URI] [--checkins N] [--poll-ms MS]
//
// Prints p50 / p95 / max in milliseconds. Never run by CTest: it prints figures, it asserts nothing.
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/board/live_board.hpp"
#include "core/store/open_store.hpp"
#include "core/util/ids.hpp"

using namespace mb;
using Clock = std::chrono::steady_clock;   // CLOCK_MONOTONIC: one clock for both processes

namespace {

struct Ack {
    std::int64_t id = 0;                   // the attendee checked in
    std::int64_t acked_ns = 0;             // steady clock when check_in() returned
    bool paired = false;                   // the kiosk's matcher paired them at once (else they wait: no card)
};

Attendee arrival(int i) {
    Attendee a;
    a.display_name = "Arrival " + std::to_string(i);
    a.organization = "Org " + std::to_string(i % 7);
    a.share_organization = true;
    const bool mentor = i % 2 == 0;
    a.role = mentor ? Role::Mentor : Role::Mentee;
    a.years_experience = mentor ? 15 + i % 10 : 1 + i % 4;
    (mentor ? a.expertise : a.goals).add(Goal::LeadershipGrowth);
    return a;
}

std::int64_t steady_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

// The kiosk: one check-in every 100..400 ms, each followed by the matcher's refresh (as the kiosk does).
[[noreturn]] void run_kiosk(const std::string& db, int checkins, int ack_fd) {
    auto store = open_store(db);
    LiveOptions options;
    options.holder = "bench kiosk";
    LiveMatching live(*store, options);
    live.refresh(now_unix_ms());
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> gap_ms(100, 400);
    for (int i = 0; i < checkins; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(gap_ms(rng)));
        const AttendeeId id = store->add_attendee(arrival(i));
        store->check_in(id, "bench");
        Ack ack{id, steady_ns(), false};
        live.refresh(now_unix_ms());
        for (const Pairing& p : live.suggestions()) ack.paired = ack.paired || p.mentor == id || p.mentee == id;
        if (write(ack_fd, &ack, sizeof ack) != static_cast<ssize_t>(sizeof ack)) _exit(2);
    }
    std::this_thread::sleep_for(std::chrono::seconds(1));    // stay the matcher until the board has seen all
    _exit(0);
}

bool shows_card(const BoardView& v, AttendeeId id) {
    return std::any_of(v.cards.begin(), v.cards.end(),
                       [id](const BoardCard& c) { return c.mentor == id || c.mentee == id; });
}

void print_row(const char* what, std::vector<double> ms) {
    if (ms.empty()) {
        std::printf("  %-34s  (none)\n", what);
        return;
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[static_cast<std::size_t>(q * static_cast<double>(ms.size() - 1))]; };
    std::printf("  %-34s  n=%3zu  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", what, ms.size(), at(0.5), at(0.95),
                ms.back());
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"Check-in to board latency across two processes"};
    std::string db;
    int checkins = 60;
    int poll_ms = 100;
    app.add_option("--db", db, "SQLite file or PostgreSQL URI (default: a new temporary SQLite file)");
    app.add_option("--checkins", checkins, "How many people arrive")->check(CLI::Range(2, 100000));
    app.add_option("--poll-ms", poll_ms, "How often the board refreshes (the board app: 100)")->check(CLI::Range(1, 5000));
    CLI11_PARSE(app, argc, argv);
    std::filesystem::path temp;
    if (db.empty()) {
        temp = std::filesystem::temp_directory_path() / ("mb-notify-" + std::to_string(getpid()));
        std::filesystem::create_directories(temp);
        db = (temp / "event.db").string();
    }

    auto store = open_store(db);                          // the board's connection (also creates the schema)
    int fds[2];
    if (pipe(fds) != 0) return 1;
    const pid_t kiosk = fork();
    if (kiosk == 0) {
        close(fds[0]);
        run_kiosk(db, checkins, fds[1]);
    }
    close(fds[1]);
    fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);   // the board never waits for the kiosk
    LiveOptions viewer;
    viewer.holder = "bench board";
    viewer.may_match = false;                             // the kiosk is the matcher, as at an event
    LiveBoard board(*store, viewer);

    std::map<AttendeeId, Ack> acked;                      // id -> its ack, until counted
    std::map<AttendeeId, std::int64_t> card_pending;      // counted, card not shown yet
    std::vector<double> count_ms, card_ms;
    int seen_present = 0;
    const auto deadline = Clock::now() + std::chrono::milliseconds(static_cast<std::int64_t>(checkins) * 600 + 10000);
    while (static_cast<int>(count_ms.size()) < checkins && Clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(poll_ms));
        board.refresh(now_unix_ms());
        const std::int64_t now = steady_ns();
        Ack ack;
        while (read(fds[0], &ack, sizeof ack) == static_cast<ssize_t>(sizeof ack)) acked[ack.id] = ack;
        const BoardView& v = board.view();
        // People are counted in arrival order, so the first (checked_in - seen) acknowledged ones are in.
        while (seen_present < v.checked_in && !acked.empty()) {
            const auto first = acked.begin();
            count_ms.push_back(static_cast<double>(now - first->second.acked_ns) / 1e6);
            if (first->second.paired) card_pending[first->first] = first->second.acked_ns;
            acked.erase(first);
            ++seen_present;
        }
        for (auto it = card_pending.begin(); it != card_pending.end();) {
            if (shows_card(v, it->first)) {
                card_ms.push_back(static_cast<double>(now - it->second) / 1e6);
                it = card_pending.erase(it);
            } else {
                ++it;
            }
        }
    }
    int status = 0;
    waitpid(kiosk, &status, 0);
    std::printf("check-in acknowledged at the kiosk -> shown on the board (board polls every %d ms)\n", poll_ms);
    std::printf("  database: %s\n", db.rfind("postgres", 0) == 0 ? "PostgreSQL" : "SQLite file");
    print_row("counted on the board", count_ms);
    print_row("their pair's card on the board", card_ms);
    if (!temp.empty()) std::filesystem::remove_all(temp);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
