// app/board/board_window.cpp — see board_window.hpp.
#include "app/board/board_window.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>

#include <algorithm>
#include <iostream>
#include <string>

#include "app/board/board_stage.hpp"
#include "app/platform/screenshot.hpp"
#include "core/util/ids.hpp"

namespace mb::board {

namespace {

constexpr double kFrameIntervalS = 1.0 / 30.0;    // animations next to a kiosk: half rate, half the CPU

// Makes a window's GL context current for a scope, then puts the caller's back.
class GlContextScope {
public:
    explicit GlContextScope(GLFWwindow* window) : previous_(glfwGetCurrentContext()) {
        glfwMakeContextCurrent(window);
    }
    ~GlContextScope() { glfwMakeContextCurrent(previous_); }
    GlContextScope(const GlContextScope&) = delete;
    GlContextScope& operator=(const GlContextScope&) = delete;

private:
    GLFWwindow* previous_;
};

// Fullscreen on the asked monitor if it exists and is not the kiosk's; a plain window next to a windowed
// kiosk; nothing (with the reason in `why`) when only the kiosk's fullscreen monitor is left.
GLFWwindow* create_window(const BoardWindowOptions& o, bool kiosk_fullscreen, int kiosk_monitor, std::string& why) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    const int kiosk_index = count > 0 ? std::clamp(kiosk_monitor, 0, count - 1) : 0;
    const bool own_monitor = o.monitor < count && o.monitor != kiosk_index;
    if (!own_monitor && kiosk_fullscreen) {
        why = "monitor " + std::to_string(o.monitor) +
              (o.monitor < count ? " is the kiosk's own" : " does not exist") + " (" + std::to_string(count) +
              " found)";
        return nullptr;
    }
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    glfwWindowHint(GLFW_FOCUSED, GLFW_FALSE);        // the kiosk keeps the keyboard focus
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_FALSE);
    GLFWwindow* window = nullptr;
    if (own_monitor) {
        GLFWmonitor* monitor = monitors[o.monitor];
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        glfwWindowHint(GLFW_RED_BITS, mode->redBits);
        glfwWindowHint(GLFW_GREEN_BITS, mode->greenBits);
        glfwWindowHint(GLFW_BLUE_BITS, mode->blueBits);
        glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
        window = glfwCreateWindow(mode->width, mode->height, "Matchbooth board", monitor, nullptr);
        if (window) glfwSetInputMode(window, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
    } else {
        window = glfwCreateWindow(1920, 1080, "Matchbooth board", nullptr, nullptr);
    }
    if (!window) {
        const char* description = nullptr;
        glfwGetError(&description);
        why = std::string("could not open an OpenGL 3.3 window: ") +
              (description ? description : "unknown GLFW error");
    }
    return window;
}

} // namespace

std::unique_ptr<BoardWindow> BoardWindow::open(const BoardWindowOptions& options, Store& store,
                                               const LiveMatching& kiosk_matching, bool kiosk_fullscreen,
                                               int kiosk_monitor) {
    if (options.monitor < 0) return nullptr;
    std::string why;
    GLFWwindow* window = create_window(options, kiosk_fullscreen, kiosk_monitor, why);
    if (!window) {
        std::cerr << "matchbooth: the board window did not open: " << why << "; the kiosk runs without it\n";
        return nullptr;
    }
    auto board = std::make_unique<BoardWindow>(Key{}, window, options);
    try {
        GlContextScope gl(window);
        glfwSwapInterval(0);                           // see the header: never throttle the kiosk's loop
        board->stage_ = std::make_unique<BoardStage>(store, kFrameIntervalS, &kiosk_matching);
    } catch (const std::exception& e) {
        std::cerr << "matchbooth: the board window did not open: " << e.what() << "; the kiosk runs without it\n";
        return nullptr;
    }
    return board;
}

BoardWindow::BoardWindow(Key, GLFWwindow* window, BoardWindowOptions options)
    : window_(window), options_(std::move(options)), start_(std::chrono::steady_clock::now()) {}

BoardWindow::~BoardWindow() { close(); }

double BoardWindow::now_s() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void BoardWindow::close() {
    if (!window_) return;
    {
        GlContextScope gl(window_);
        stage_.reset();                                // GL objects go with their context
    }
    glfwDestroyWindow(window_);
    window_ = nullptr;
}

double BoardWindow::seconds_until_due() const {
    if (!window_ || !stage_) return 1e9;
    if (!options_.screenshot_png.empty() && !screenshot_written_) return 0;
    return std::min(stage_->scene().seconds_until_due(now_s(), now_unix_ms()), kStorePollS);
}

void BoardWindow::pump() {
    if (!window_ || !stage_) return;
    if (glfwWindowShouldClose(window_)) {
        close();
        return;
    }
    try {
        const double t = now_s();
        const std::int64_t ms = now_unix_ms();
        stage_->tick(t, ms);                           // no GL: only switch contexts when there is a frame to draw
        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(window_, &fb_w, &fb_h);
        if (fb_w <= 0 || fb_h <= 0) return;
        const bool shot_pending = !options_.screenshot_png.empty() && !screenshot_written_;
        if (!shot_pending && !stage_->scene().due(t, ms, fb_w, fb_h)) return;
        GlContextScope gl(window_);
        stage_->scene().draw(fb_w, fb_h, t, ms);
        ++frames_drawn_;
        if (shot_pending && frames_drawn_ >= std::max(1, options_.screenshot_after_frames)) {
            const std::string error = platform::write_framebuffer_png(options_.screenshot_png, fb_w, fb_h);
            if (!error.empty()) std::cerr << "matchbooth: board window: " << error << "\n";
            screenshot_written_ = true;
        }
        glfwSwapBuffers(window_);
    } catch (const std::exception& e) {
        std::cerr << "matchbooth: the board window stopped: " << e.what() << "; the kiosk goes on\n";
        close();
    }
}

} // namespace mb::board
