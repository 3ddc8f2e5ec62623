// app/platform/window.cpp — GLFW initialization, window creation (windowed or borderless fullscreen), glad.
#include "app/platform/window.hpp"

#include <glad/gl.h>
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

namespace mb::platform {

namespace {

bool display_variable_set() {
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 && *x11) || (wayland && *wayland);
}

std::string last_glfw_error() {
    const char* description = nullptr;
    glfwGetError(&description);
    return description ? description : "unknown GLFW error";
}

} // namespace

std::unique_ptr<Window> Window::open(const WindowOptions& options, WindowFailure& failure, std::string& message) {
    failure = WindowFailure::None;
    if (!display_variable_set() || !glfwInit()) {
        failure = WindowFailure::NoDisplay;
        message = display_variable_set() ? "no display found (" + last_glfw_error() + ")" : "no display found";
        return nullptr;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);     // a kiosk must not minimize when focus wanders

    GLFWwindow* window = nullptr;
    if (options.fullscreen) {
        int count = 0;
        GLFWmonitor** monitors = glfwGetMonitors(&count);
        if (count == 0) {
            glfwTerminate();
            failure = WindowFailure::NoDisplay;
            message = "no monitor found for fullscreen";
            return nullptr;
        }
        GLFWmonitor* monitor = monitors[std::clamp(options.monitor, 0, count - 1)];
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        // Matching the current mode gives "windowed fullscreen": no mode switch, no flicker.
        glfwWindowHint(GLFW_RED_BITS, mode->redBits);
        glfwWindowHint(GLFW_GREEN_BITS, mode->greenBits);
        glfwWindowHint(GLFW_BLUE_BITS, mode->blueBits);
        glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
        window = glfwCreateWindow(mode->width, mode->height, options.title, monitor, nullptr);
    } else {
        window = glfwCreateWindow(options.width, options.height, options.title, nullptr, nullptr);
    }
    if (!window) {
        message = "could not open an OpenGL 3.3 window: " + last_glfw_error();
        glfwTerminate();
        failure = WindowFailure::Other;
        return nullptr;
    }
    glfwMakeContextCurrent(window);
    if (!gladLoadGL(glfwGetProcAddress)) {
        glfwDestroyWindow(window);
        glfwTerminate();
        failure = WindowFailure::Other;
        message = "could not load OpenGL functions";
        return nullptr;
    }
    glfwSwapInterval(1);
    if (options.fullscreen) glfwSetInputMode(window, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
    return std::unique_ptr<Window>(new Window(window));
}

Window::~Window() {
    glfwDestroyWindow(window_);
    glfwTerminate();
}

std::unique_ptr<Window> Window::open_or_explain(const WindowOptions& options, const char* subcommand,
                                                 int& exit_code) {
    WindowFailure failure = WindowFailure::None;
    std::string message;
    auto window = open(options, failure, message);
    if (window) return window;
    if (failure == WindowFailure::NoDisplay) {
        std::cerr << "matchbooth: no display found; to run without a screen use "
                     "xvfb-run -a -s '-screen 0 1920x1080x24' matchbooth "
                  << subcommand << " ...\n";
        exit_code = kExitNoDisplay;
    } else {
        std::cerr << "matchbooth: " << message << "\n";
        exit_code = 1;
    }
    return nullptr;
}

} // namespace mb::platform
