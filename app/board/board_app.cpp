// app/board/board_app.cpp — run_board(): the board's own window, its frame loop, screenshots.
//
// Frame loop phases (each iteration):
//   1. wait   — sleep in glfwWaitEventsTimeout until the scene is due (an animation step, a page turn, the
//               round clock's next second), but at most kStorePollS: the store's change counter is looked at
//               10 times a second, so a check-in made elsewhere shows within ~0.1 s plus one frame
//   2. tick   — BoardStage::tick: LiveBoard::refresh reads the store only if its change counter moved
//   3. decide — draw only when the scene is due, the window asked for its contents again (GLFW's refresh
//               callback: exposed or damaged), or a screenshot still wants frames
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

// GLFW's refresh callback: the window's contents were lost or it was just shown, so draw again even though
// the scene is not due. The flag lives in run_loop and is reached through the window's user pointer.
void request_redraw(GLFWwindow* window) { *static_cast<bool*>(glfwGetWindowUserPointer(window)) = true; }

int run_loop(const BoardAppOptions& options, GLFWwindow* window, board::BoardStage& stage) {
    const Clock::time_point start = Clock::now();
    const auto seconds_since_start = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    const platform::ScreenshotRequest shot{options.screenshot_png, options.after_frames, options.after_seconds};
    int frames_drawn = 0;
    bool redraw = true;
    glfwSetWindowUserPointer(window, &redraw);
    glfwSetWindowRefreshCallback(window, request_redraw);
    struct Unhook {                                    // `redraw` dies with this function: no callback after
        GLFWwindow* w;
        ~Unhook() {
            glfwSetWindowRefreshCallback(w, nullptr);
            glfwSetWindowUserPointer(w, nullptr);
        }
    } unhook{window};
    while (!glfwWindowShouldClose(window)) {
        // 1. wait
        const bool frames_wanted = shot.wants_frames(frames_drawn);
        const double until_shot = shot.seconds_until_due(seconds_since_start());
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
        const bool shot_due = shot.due(frames_drawn, now_s);
        if (!frames_wanted && !shot_due && !redraw && !stage.scene().due(now_s, now_ms, fb_w, fb_h)) continue;
        redraw = false;

        // 4. render
        stage.scene().draw(fb_w, fb_h, now_s, now_ms);
        ++frames_drawn;
        if (shot_due) return platform::take_screenshot(shot, fb_w, fb_h);
        glfwSwapBuffers(window);
    }
    return 0;
}

} // namespace

int run_board(const BoardAppOptions& options, Store& store) {
    int exit_code = 0;
    const auto window = platform::Window::open_or_explain(
        {options.fullscreen, options.monitor, options.width, options.height, "Matchbooth board"}, "board", exit_code);
    if (!window) return exit_code;
    try {
        board::BoardStage stage(store, kFrameIntervalS);
        return run_loop(options, window->handle(), stage);
    } catch (const std::exception& e) {
        std::cerr << "matchbooth: " << e.what() << "\n";
        return 1;
    }
}

} // namespace mb
