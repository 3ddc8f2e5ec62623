// app/platform/window.hpp — the kiosk's GLFW window and OpenGL 3.3 core context, owned RAII-style.
//
// Supports
//  [x] windowed (development) at a requested size
//  [x] borderless fullscreen on a chosen monitor at its current video mode, cursor hidden, no auto-iconify
//  [x] "no display" detected before GLFW tries (no DISPLAY / WAYLAND_DISPLAY) and when glfwInit fails
//  [ ] hot-plugging monitors while running (the window stays where it was opened)
#pragma once

#include <memory>
#include <string>

struct GLFWwindow;

namespace mb::platform {

struct WindowOptions {
    bool fullscreen = false;          // borderless fullscreen on `monitor`
    int monitor = 0;                  // 0-based; clamped to the monitors present
    int width = 1920;                 // windowed size, screen coordinates
    int height = 1080;
    const char* title = "Matchbooth";
};

enum class WindowFailure { None, NoDisplay, Other };

inline constexpr int kExitNoDisplay = 3;   // the exit code of kiosk and board when there is no display

class Window {
public:
    // Initializes GLFW and opens the window with a current GL context and loaded GL functions (glad).
    // On failure returns nullptr, sets `failure` and `message` (one sentence).
    static std::unique_ptr<Window> open(const WindowOptions& options, WindowFailure& failure, std::string& message);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    GLFWwindow* handle() const { return window_; }

    // open() for a subcommand: on failure prints one line (for "no display", how to run under Xvfb) and sets
    // exit_code to kExitNoDisplay or 1.
    static std::unique_ptr<Window> open_or_explain(const WindowOptions& options, const char* subcommand,
                                                   int& exit_code);

private:
    explicit Window(GLFWwindow* window) : window_(window) {}
    GLFWwindow* window_ = nullptr;    // owned; destroyed before glfwTerminate
};

} // namespace mb::platform
