// tests/kiosk/bench_find_index.cpp — prints how fast "find me" is at event sizes (not a test: no asserts on
// time). Builds the folded index over demo attendees and times the per-keystroke search the kiosk runs.
//
//   kiosk_find_bench [attendees=10000]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/io/demo.hpp"
#include "core/kiosk/find_index.hpp"
#include "core/kiosk/kiosk.hpp"

int main(int argc, char** argv) {
    using Clock = std::chrono::steady_clock;
    const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
    const std::vector<mb::Attendee> people = mb::make_demo_attendees(n, 1);

    const auto t0 = Clock::now();
    const mb::kiosk::FindIndex index(people);
    const double build_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();

    // What people type: growing prefixes of real names (3..8 letters), accents left out or not.
    std::vector<std::string> queries;
    for (std::size_t i = 0; i < people.size() && queries.size() < 2000; i += 7) {
        const std::string& name = people[i].display_name;
        for (std::size_t len = 3; len <= 8 && len <= name.size(); ++len) queries.push_back(name.substr(0, len));
    }
    std::vector<double> us;
    std::size_t hits = 0;
    for (const std::string& q : queries) {
        const auto s = Clock::now();
        hits += index.search(q, mb::kiosk::Kiosk::kMaxFindResults).hits.size();
        us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - s).count());
    }
    std::sort(us.begin(), us.end());
    std::printf("attendees %d: index built in %.1f ms; %zu queries: median %.0f us, p99 %.0f us, max %.0f us "
                "(%zu hits)\n",
                n, build_ms, us.size(), us[us.size() / 2], us[us.size() * 99 / 100], us.back(), hits);
    return 0;
}
