// bench/board/bench_board.cpp — what the live board costs, printed as figures (never run by CTest).
//
//   xvfb-run -a -s '-screen 0 1920x1080x24' build-*/bench/board/bench_board [--frames N] [--sizes 100,1000]
//
// 1. Rendering, 1920x1080, through the real scene (own ImGui context, OpenGL3 backend, glow shader) on
//    whatever GL the display offers (Mesa llvmpipe under Xvfb: the CPU does the GPU's work). For each board
//    size, three cases on a virtual 60 Hz clock, each frame finished with glFinish():
//      steady   — a page at rest redrawn (what a clock tick or a forced frame costs)
//      turns    — pages turning back to back (the page slides out, the next one in)
//      arrivals — the shown page's 8 pairs replaced every 2.5 s: departures fade, newcomers glow (worst case)
//    Figures: frame time p50 / p99 (wall), CPU time per frame (this process, all threads: llvmpipe's too).
// 2. The model: LiveBoard refresh with nothing new, and the re-read + rebuild after a check-in, on a SQLite
//    store holding the board's pairs as stored suggestions (as a board that is not the matcher reads them).
#include <glad/gl.h>
#include <GLFW/glfw3.h>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <sstream>
#include <vector>

#include "app/board/board_scene.hpp"
#include "app/platform/window.hpp"
#include "core/board/live_board.hpp"
#include "core/io/demo.hpp"
#include "core/store/sqlite_store.hpp"
#include "core/util/ids.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

// A board of `pairs` cards with realistic names, organizations and reasons (the demo generator's people).
mb::BoardView synthetic_view(int pairs, int first_id) {
    static const char* const kReasons[] = {"has made the clinical-to-administrative move you are weighing",
                                           "18 years ahead", "can help you grow as a leader", "both in cardiology",
                                           "has switched employers and can weigh it with you"};
    const std::vector<mb::Attendee> people = mb::make_demo_attendees(2 * pairs + pairs / 10, 11);
    mb::BoardView v;
    v.event_name = "Physician Leadership Mentoring Mixer";
    for (int i = 0; i < pairs; ++i) {
        const mb::Attendee& m = people[static_cast<std::size_t>(2 * i)];
        const mb::Attendee& e = people[static_cast<std::size_t>(2 * i + 1)];
        mb::BoardCard c;
        c.mentor = first_id + 2 * i;
        c.mentee = first_id + 2 * i + 1;
        c.mentor_name = mb::short_display_name(m);
        c.mentee_name = mb::short_display_name(e);
        c.mentor_org = m.organization;
        c.mentee_org = i % 3 ? e.organization : "";
        c.reason = kReasons[i % 5];
        v.cards.push_back(c);
    }
    for (std::size_t i = static_cast<std::size_t>(2 * pairs); i < people.size(); ++i)
        v.waiting_names.push_back(mb::short_display_name(people[i]));
    v.paired = 2 * pairs;
    v.waiting = static_cast<int>(v.waiting_names.size());
    v.checked_in = v.paired + v.waiting;
    return v;
}

struct Figures {
    std::vector<double> wall_ms;          // per frame
    double cpu_ms_per_frame = 0;
};

// Draws `frames` frames on a virtual 60 Hz clock; before each, `step(frame, t)` may change the scene. A few
// frames first, not measured: the first one bakes the fonts and lets llvmpipe compile its shader variants.
template <class Step> Figures run_frames(mb::board::BoardScene& scene, GLFWwindow* window, int frames, Step step) {
    for (int i = 0; i < 10; ++i) scene.draw(1920, 1080, 990.0 + i / 60.0, mb::now_unix_ms());
    Figures f;
    const double cpu0 = cpu_seconds();
    for (int i = 0; i < frames; ++i) {
        const double t = 1000.0 + i / 60.0;
        step(i, t);
        const Clock::time_point t0 = Clock::now();
        scene.draw(1920, 1080, t, mb::now_unix_ms());
        glFinish();
        f.wall_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        glfwSwapBuffers(window);
    }
    f.cpu_ms_per_frame = (cpu_seconds() - cpu0) * 1000 / frames;
    return f;
}

void print_row(int pairs, const char* name, const Figures& f, std::size_t sprites) {
    const double p50 = percentile(f.wall_ms, 0.5);
    std::printf("%6d  %-9s %6zu  %7.2f  %7.2f  %9.2f  %8.0f  %7zu\n", pairs, name, f.wall_ms.size(), p50,
                percentile(f.wall_ms, 0.99), f.cpu_ms_per_frame, 1000.0 / p50, sprites);
}

void bench_render(GLFWwindow* window, int pairs, int frames) {
    const mb::BoardView view = synthetic_view(pairs, 1);
    {
        mb::board::BoardScene scene(1.0 / 60);
        scene.set_view(view, 0);
        const Figures f = run_frames(scene, window, frames, [](int, double) {});
        print_row(pairs, "steady", f, scene.cards_drawn());
    }
    {
        mb::board::MotionTiming fast;
        fast.page_dwell_s = 0.8;                                 // turn as soon as the last turn ends
        mb::board::BoardScene scene(1.0 / 60, fast);
        scene.set_view(view, 0);
        std::size_t most = 0;
        const Figures f =
            run_frames(scene, window, frames, [&](int, double) { most = std::max(most, scene.cards_drawn()); });
        print_row(pairs, "turns", f, most);
    }
    {
        // Page 1's eight pairs are replaced every 2.5 s (150 frames): 8 ghosts, then 8 entrances with glows.
        mb::board::BoardScene scene(1.0 / 60);
        scene.set_view(view, 0);
        mb::BoardView other = view;
        const mb::BoardView fresh = synthetic_view(8, 1'000'000);
        std::copy(fresh.cards.begin(), fresh.cards.end(), other.cards.begin());
        std::size_t most = 0;
        const Figures f = run_frames(scene, window, frames, [&](int i, double t) {
            if (i % 150 == 0) scene.set_view((i / 150) % 2 ? view : other, t);
            most = std::max(most, scene.cards_drawn());
        });
        print_row(pairs, "arrivals", f, most);
    }
}

// The model side: what a board process spends per poll, and per change, reading `pairs` stored pairs.
void bench_model(int pairs) {
    mb::test::TempDir dir;
    auto store = mb::open_sqlite_store(dir / "bench.db");
    mb::generate_demo_event(*store, {2 * pairs + pairs / 10 + 1, 3, 0, "Bench Mixer"});
    std::vector<mb::Pairing> suggestions;
    const std::vector<mb::Attendee> people = store->attendees();
    store->transaction([&] {
        for (std::size_t i = 0; i + 1 < people.size(); ++i) store->check_in(people[i].id, "bench");
    });
    for (int i = 0; i < pairs; ++i) {
        const auto k = static_cast<std::size_t>(2 * i);
        suggestions.push_back({people[k].id, people[k + 1].id, 0, 100 - i % 50, "18 years ahead\nboth in cardiology",
                               false});
    }
    store->acquire_matcher_lease("bench", 3'600'000);           // the "kiosk": board below only reads
    store->store_suggestions(suggestions, "bench");

    auto board_store = mb::open_sqlite_store(dir / "bench.db");
    mb::LiveOptions viewer;
    viewer.holder = "board";
    viewer.may_match = false;
    mb::LiveBoard board(*board_store, viewer);
    Clock::time_point t0 = Clock::now();
    board.refresh(mb::now_unix_ms());
    const double first_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();

    const int polls = 2000;
    t0 = Clock::now();
    for (int i = 0; i < polls; ++i) board.refresh(mb::now_unix_ms());
    const double poll_us = std::chrono::duration<double, std::micro>(Clock::now() - t0).count() / polls;

    std::vector<double> change_ms;
    for (int i = 0; i < 20; ++i) {
        const mb::AttendeeId who = people.back().id;
        if (i % 2) store->undo_check_in(who, "bench");
        else store->check_in(who, "bench");
        t0 = Clock::now();
        board.refresh(mb::now_unix_ms());
        change_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::printf("model, %d pairs (%zu people): first build %.1f ms; poll with nothing new %.1f us; "
                "re-read + rebuild after a check-in p50 %.1f ms, p99 %.1f ms (%zu cards)\n",
                pairs, people.size(), first_ms, poll_us, percentile(change_ms, 0.5), percentile(change_ms, 0.99),
                board.view().cards.size());
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"Board benchmark: frame times at 1920x1080 and the model's refresh cost"};
    int frames = 600;
    std::vector<int> sizes{100, 1000};
    app.add_option("--frames", frames, "frames per case")->check(CLI::Range(10, 100000));
    app.add_option("--sizes", sizes, "board sizes (pairs)")->delimiter(',');
    CLI11_PARSE(app, argc, argv);

    mb::platform::WindowFailure failure = mb::platform::WindowFailure::None;
    std::string message;
    const auto window = mb::platform::Window::open({false, 0, 1920, 1080, "bench_board"}, failure, message);
    if (!window) {
        std::fprintf(stderr, "bench_board: %s; run it under xvfb-run -a -s '-screen 0 1920x1080x24'\n",
                     message.c_str());
        return 1;
    }
    glfwSwapInterval(0);                                        // measure drawing, not the display's refresh
    std::printf("GL: %s | %s\n", reinterpret_cast<const char*>(glGetString(GL_RENDERER)),
                reinterpret_cast<const char*>(glGetString(GL_VERSION)));
    std::printf(" pairs  case      frames   p50 ms   p99 ms  cpu/frame  fps(p50)  sprites\n");
    try {
        for (int pairs : sizes) bench_render(window->handle(), pairs, frames);
        for (int pairs : sizes) bench_model(pairs);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_board: %s\n", e.what());
        return 1;
    }
    return 0;
}
