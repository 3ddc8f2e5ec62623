// tests/kiosk/bench_checkin_flows.cpp — taps and time per check-in: ticket scan, name search, walk-in.
//
//   kiosk_flow_bench [--attendees 2000] [--people 50]
//
// Drives core/kiosk with the commands a person's taps produce (no window), against a real SQLite store with
// a demo event whose attendees carry ticket codes and their registration answers. For each flow it prints the
// inputs a person makes (taps, one scan counting as one input, each letter typed on the on-screen keyboard as
// one tap), the kiosk's own compute time per check-in, and a modelled person time: 1.2 s per tap (a careful
// first-time touch user), 2 s to present a ticket to the scanner. The model is a stated assumption, not a
// measurement of people; the tap counts and compute times are measured. Nothing is asserted.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/io/demo.hpp"
#include "core/kiosk/kiosk.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;
using namespace mb::kiosk;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kSecondsPerTap = 1.2;
constexpr double kSecondsPerScan = 2.0;

struct Flow {
    const char* name;
    int inputs = 0;                      // taps + scans per check-in (the last person's; all are alike)
    int scans = 0;
    std::vector<double> compute_ms;
};

struct Bench {
    Store& store;
    Kiosk kiosk;
    Clock::time_point now = Clock::now();
    int inputs = 0, scans = 0;

    Bench(Store& s, KioskConfig c) : store(s), kiosk(s, c, now) {}
    void send(const Command& c) {
        ++inputs;
        now += std::chrono::seconds(1);
        kiosk.apply(c, now);
        kiosk.tick(now);
    }
    void type(TextField field, const std::string& text) {   // one tap per letter on the on-screen keyboard
        std::string sofar;
        for (char ch : text) {
            sofar += ch;
            if ((static_cast<unsigned char>(ch) & 0xC0) == 0x80) continue;   // a UTF-8 tail is the same tap
            send(SetText{field, sofar});
        }
    }
};

void report(const Flow& f) {
    std::vector<double> t = f.compute_ms;
    std::sort(t.begin(), t.end());
    const double person_s = (f.inputs - f.scans) * kSecondsPerTap + f.scans * kSecondsPerScan;
    std::printf("  %-30s %3d inputs (%d scan)   kiosk compute median %6.2f ms, p90 %6.2f ms   modelled person %5.1f s\n",
                f.name, f.inputs, f.scans, t[t.size() / 2], t[t.size() * 9 / 10], person_s);
}

} // namespace

int main(int argc, char** argv) {
    int attendees = 2000, people = 50;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--attendees") attendees = std::max(100, std::atoi(argv[i + 1]));
        else if (a == "--people") people = std::max(5, std::atoi(argv[i + 1]));
    }
    test::TempDir dir;
    auto store = open_sqlite_store(dir / "flows.db");
    generate_demo_event(*store, {attendees, 7, 0});
    std::vector<Attendee> all = store->attendees();
    KioskConfig config;
    config.pin_cost = PinHashCost::minimum();
    Bench b(*store, config);
    // Registration answers on file and a ticket code per person, as a pretix or Eventbrite import leaves them.
    for (Attendee& a : all) {
        a.ticket_code = "T" + std::to_string(100000 + a.id) + "-QZ";
        store->update_attendee(a);
    }
    b.kiosk.tick(b.now);

    std::printf("Check-in flows at %d attendees, %d people each (kiosk compute measured; person time modelled at "
                "%.1f s a tap, %.1f s a scan)\n", attendees, people, kSecondsPerTap, kSecondsPerScan);
    Flow scan{"ticket scan + Confirm", 0, 0, {}}, search{"name search (3 letters)", 0, 0, {}},
        walk{"walk-in on the keyboard", 0, 0, {}};
    int next = 0;
    auto person = [&]() -> const Attendee& { return all[static_cast<std::size_t>(next++) % all.size()]; };
    for (int i = 0; i < people; ++i) {
        const Attendee& a = person();
        b.inputs = 0;
        const auto t0 = Clock::now();
        b.send(ScanCode{a.ticket_code});
        if (b.kiosk.view().screen == Screen::About) {                 // answers missing on file
            b.send(Continue{});
            b.send(Continue{});
        }
        b.send(ConfirmCheckIn{});
        scan.compute_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        scan.inputs = b.inputs;
        scan.scans = 1;
        b.send(Finish{});
    }
    for (int i = 0; i < people; ++i) {
        const Attendee& a = person();
        b.inputs = 0;
        const auto t0 = Clock::now();
        b.send(StartCheckIn{});
        b.type(TextField::Query, a.display_name.substr(0, 3));
        b.send(ChooseAttendee{a.id});
        b.send(Continue{});                                          // About: answers pre-filled
        b.send(Continue{});                                          // Goals
        b.send(ConfirmCheckIn{});                                    // Share
        search.compute_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        search.inputs = b.inputs;
        b.send(Finish{});
    }
    for (int i = 0; i < people; ++i) {
        b.inputs = 0;
        const std::string name = "Walk-in Person " + std::to_string(i);
        const auto t0 = Clock::now();
        b.send(StartCheckIn{});
        b.type(TextField::Query, name.substr(0, 3));
        b.send(StartWalkIn{});
        b.type(TextField::Email, "walkin" + std::to_string(i) + "@example.org");
        b.send(Continue{});                                          // Register
        b.send(SetRole{Role::Mentee});
        for (int y = 0; y < 4; ++y) b.send(SetYears{y + 1});        // the stepper, four taps
        b.send(Continue{});                                          // About
        b.send(ToggleGoal{Goal::NewPosition});
        b.send(Continue{});                                          // Goals
        b.send(ConfirmCheckIn{});
        walk.compute_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        walk.inputs = b.inputs;
        b.send(Finish{});
    }
    report(scan);
    report(search);
    report(walk);
    std::printf("  (walk-in: the name is pre-filled from the search; the e-mail is typed; taps on the keyboard's\n"
                "   shift and symbol keys are not counted, so the walk-in figure is a lower bound)\n");
    return 0;
}
