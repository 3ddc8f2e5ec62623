// tests/kiosk/bench_kiosk_matching.cpp — prints what live matching costs the kiosk (not a test: no asserts on
// time). A demo event on a real SQLite file with half the people present; the kiosk becomes the matcher, then:
// an idle poll (nothing changed), a check-in from tap to Done (store write + matcher + partner card), and a
// decline (store write + re-pair + partner card).
//
//   kiosk_match_bench [attendees=2000]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/io/demo.hpp"
#include "core/kiosk/kiosk.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using namespace mb::kiosk;

double ms_since(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

struct Stats {
    std::vector<double> ms;                      // one sample per run
    double median() { std::sort(ms.begin(), ms.end()); return ms[ms.size() / 2]; }
    double max() const { return *std::max_element(ms.begin(), ms.end()); }
};

} // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::atoi(argv[1]) : 2000;
    mb::test::TempDir dir;
    auto store = mb::open_sqlite_store(dir / "bench.db");
    mb::DemoOptions demo;
    demo.attendees = n;
    demo.checked_in_percent = 50;
    mb::generate_demo_event(*store, demo);

    KioskConfig config;
    config.change_poll = std::chrono::milliseconds(0);   // every tick polls: the cost of one poll
    Clock::time_point now = Clock::now();
    auto t = Clock::now();
    Kiosk kiosk(*store, config, now);
    const double start_ms = ms_since(t);

    Stats idle;
    for (int i = 0; i < 200; ++i) {
        now += std::chrono::milliseconds(10);
        t = Clock::now();
        kiosk.tick(now);
        idle.ms.push_back(ms_since(t));
    }

    // People not yet present check in through the whole flow; the clock runs from "Check me in" to Done.
    const std::vector<mb::AttendeeId> present = store->present();
    std::vector<mb::AttendeeId> absent;
    for (const mb::Attendee& a : store->attendees())
        if (!std::binary_search(present.begin(), present.end(), a.id)) absent.push_back(a.id);
    Stats check_in, decline;
    int matched = 0;
    for (std::size_t i = 0; i < absent.size() && i < 30; ++i) {
        kiosk.apply(StartCheckIn{}, now);
        kiosk.apply(SetText{TextField::Query, store->attendee(absent[i])->display_name}, now);
        kiosk.apply(ChooseAttendee{absent[i]}, now);
        kiosk.apply(Continue{}, now);
        kiosk.apply(Continue{}, now);
        t = Clock::now();
        kiosk.apply(ConfirmCheckIn{}, now);
        (void)kiosk.view();
        check_in.ms.push_back(ms_since(t));
        if (const auto& partner = kiosk.view().done.partner) {
            ++matched;
            t = Clock::now();
            kiosk.apply(DeclinePartner{partner->id}, now);
            (void)kiosk.view();
            decline.ms.push_back(ms_since(t));
        }
        kiosk.apply(Finish{}, now);
    }
    std::printf("attendees %d, %zu present at start: kiosk start (lease + full solve) %.1f ms\n", n, present.size(),
                start_ms);
    std::printf("idle poll, nothing changed: median %.3f ms, max %.3f ms (%zu polls)\n", idle.median(), idle.max(),
                idle.ms.size());
    std::printf("check-in, 'Check me in' to Done with the match: median %.1f ms, max %.1f ms (%zu check-ins, %d "
                "with a partner)\n",
                check_in.median(), check_in.max(), check_in.ms.size(), matched);
    if (!decline.ms.empty())
        std::printf("decline and re-pair: median %.1f ms, max %.1f ms (%zu declines)\n", decline.median(),
                    decline.max(), decline.ms.size());
    return 0;
}
