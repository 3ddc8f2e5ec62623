// app/board/board_window.hpp — the board as a second window of the kiosk process (`kiosk --board-monitor K`).
//
// One thread, two windows: the kiosk's frame loop calls pump() once per iteration (after the kiosk's tick) and
// folds seconds_until_due() into its wait, so the board is drawn between kiosk frames and the kiosk's input
// handling is never behind a board frame for long. The board window has its own GL context (not shared) and
// its own ImGui context (BoardScene); pump() leaves the kiosk's GL context and ImGui context current.
//
// Supports
//  [x] borderless fullscreen on monitor K when K exists and is not the kiosk's monitor
//  [x] a 1920x1080 window when the kiosk is windowed (development; Xvfb has one monitor)
//  [x] same-process check-ins on the next loop iteration (the kiosk and the board share one Store and the
//      kiosk's LiveMatching; other processes' check-ins arrive as the kiosk polls, every change_poll)
//  [ ] board on the kiosk's own monitor while the kiosk is fullscreen: refused (it would cover the kiosk)
//  [ ] vsync: the board window swaps without waiting (interval 0) so a second monitor's refresh never
//      throttles the kiosk's loop; its animations run at 30 fps, a fade may tear on the projector
#pragma once

#include <chrono>
#include <memory>

#include "app/board/board_window_options.hpp"
#include "core/live/live_matching.hpp"
#include "core/store/store.hpp"

struct GLFWwindow;

namespace mb::board {

class BoardStage;

class BoardWindow {
public:
    // GLFW must already be initialized (the kiosk's window is open). `kiosk_matching`: the kiosk's
    // LiveMatching (one per process), whose pairs the board shows; it must outlive the window. Returns nullptr,
    // after one line on stderr saying why, when the board cannot open; the kiosk then runs without it.
    static std::unique_ptr<BoardWindow> open(const BoardWindowOptions& options, Store& store,
                                             const LiveMatching& kiosk_matching, bool kiosk_fullscreen,
                                             int kiosk_monitor);
    struct Key {                          // only open() can make one: construct through open()
        explicit Key() = default;
    };
    BoardWindow(Key, GLFWwindow* window, BoardWindowOptions options);
    ~BoardWindow();
    BoardWindow(const BoardWindow&) = delete;
    BoardWindow& operator=(const BoardWindow&) = delete;

    // Polls the store (cheap) and draws the board if due. Restores the caller's GL and ImGui contexts.
    void pump();
    // How long the kiosk may sleep before the board wants pump() again (at most kStorePollS).
    double seconds_until_due() const;

private:
    double now_s() const;
    void close();                         // the window's close button: the kiosk goes on without the board

    GLFWwindow* window_ = nullptr;        // owned; destroyed in close() (GLFW itself belongs to the kiosk)
    BoardWindowOptions options_;
    std::unique_ptr<BoardStage> stage_;   // created with window_'s context current
    std::chrono::steady_clock::time_point start_;
    int frames_drawn_ = 0;
    bool screenshot_written_ = false;
};

} // namespace mb::board
