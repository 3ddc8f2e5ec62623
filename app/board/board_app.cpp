// app/board/board_app.cpp — run_board(): the board's own window, its frame loop, screenshots.
//
// Frame loop phases (each iteration):
//   1. wait   — sleep in glfwWaitEventsTimeout until the scene is due (an animation step, a page turn, the
//               round clock's next second), but at most kStorePollS: the store's change counter is looked at
//               10 times a second, so a check-in made elsewhere shows within ~0.1 s plus one frame
//   2. tick   — BoardStage::tick: LiveBoard::refresh reads the store only if its change counter moved
//   3. decide — draw only when the scene is due (or a screenshot still wants frames)
//   4. render — BoardScene::draw; the screenshot if it is due; swap
// At rest (no news, one page, no clock) the process wakes 10x a second for one PRAGMA and sleeps again.
#include "app/board/board_app.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>

#include <algorithm>
#include <chrono>
#include <iostream>

#include "app/board/board_stage.hpp"
#include "app/platform/screenshot.hpp"
#include "app/platform/window.hpp"
#include "core/util/ids.hpp"

namespace mb {

namespace {

using Clock = std::chrono::steady_clock;

constexpr double kFrameIntervalS = 1.0 / 60.0;    // while something animates

void print_no_display() {
    std::cerr << "matchbooth: no display found; to run without a screen use "
                 "xvfb-run -a -s '-screen 0 1920x1080x24' build/default/matchbooth board ...\n";
}

int run_loop(const BoardAppOptions& options, GLFWwindow* window, board::BoardStage& stage) {
    const Clock::time_point start = Clock::now();
    const auto seconds_since_start = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    const bool screenshot = !options.screenshot_png.empty();
    int frames_drawn = 0;
    while (!glfwWindowShouldClose(window)) {
        // 1. wait
        const bool frames_wanted = screenshot && frames_drawn < std::max(1, options.after_frames);
        const double until_shot = screenshot ? std::max(0.0, options.after_seconds - seconds_since_start()) : 1e9;
        const double wait = std::min({stage.scene().seconds_until_due(seconds_since_start(), now_unix_ms()),
                                      board::kStorePollS, until_shot});
        if (frames_wanted || wait <= 0.0005) glfwPollEvents();
        else glfwWaitEventsTimeout(wait);
        if (glfwGetKey(window, GLFW_KEY_ESCAPE) == GLFW_PRESS) break;

        // 2. tick, 3. decide
        const double now_s = seconds_since_start();
        const std::int64_t now_ms = now_unix_ms();
        stage.tick(now_s, now_ms);
        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(window, &fb_w, &fb_h);
        if (fb_w <= 0 || fb_h <= 0) continue;         // minimized
        const bool shot_due = screenshot && !frames_wanted && now_s >= options.after_seconds;
        if (!frames_wanted && !shot_due && !stage.scene().due(now_s, now_ms, fb_w, fb_h)) continue;

        // 4. render
        stage.scene().draw(fb_w, fb_h, now_s, now_ms);
        ++frames_drawn;
        if (shot_due) {
            const std::string error = platform::write_framebuffer_png(options.screenshot_png, fb_w, fb_h);
            if (!error.empty()) {
                std::cerr << "matchbooth: " << error << "\n";
                return 1;
            }
            return 0;
        }
        glfwSwapBuffers(window);
    }
    return 0;
}

} // namespace

int run_board(const BoardAppOptions& options, Store& store) {
    platform::WindowFailure failure = platform::WindowFailure::None;
    std::string message;
    const auto window = platform::Window::open(
        {options.fullscreen, options.monitor, options.width, options.height, "Matchbooth board"}, failure, message);
    if (!window) {
        if (failure == platform::WindowFailure::NoDisplay) {
            print_no_display();
            return kBoardExitNoDisplay;
        }
        std::cerr << "matchbooth: " << message << "\n";
        return 1;
    }
    try {
        board::BoardStage stage(store, kFrameIntervalS);
        return run_loop(options, window->handle(), stage);
    } catch (const std::exception& e) {
        std::cerr << "matchbooth: " << e.what() << "\n";
        return 1;
    }
}

} // namespace mb
