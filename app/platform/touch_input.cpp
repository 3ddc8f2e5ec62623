// app/platform/touch_input.cpp — queued pointer events, one button transition per ImGui frame.
#include "app/platform/touch_input.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>

#include <cfloat>
#include <chrono>

namespace mb::platform {

namespace {
// The kiosk's clock (SteadyTime is steady_clock), in microseconds.
std::int64_t now_us() {
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
} // namespace

// --- TouchInput ---------------------------------------------------------------------------------------------

TouchInput& TouchInput::of(GLFWwindow* window) { return *static_cast<TouchInput*>(glfwGetWindowUserPointer(window)); }

void TouchInput::install(GLFWwindow* window) {
    window_ = window;
    glfwSetWindowUserPointer(window, this);
    glfwSetMouseButtonCallback(window, &TouchInput::on_button);
    glfwSetCursorPosCallback(window, &TouchInput::on_cursor);
    glfwSetScrollCallback(window, &TouchInput::on_scroll);
    glfwSetKeyCallback(window, &TouchInput::on_key);
    glfwSetCharCallback(window, &TouchInput::on_char);
    glfwSetWindowFocusCallback(window, &TouchInput::on_focus);
    glfwSetCursorEnterCallback(window, &TouchInput::on_enter);
}

void TouchInput::on_button(GLFWwindow* window, int button, int action, int) {
    if (button != GLFW_MOUSE_BUTTON_LEFT) return;
    TouchInput& self = of(window);
    double x = 0, y = 0;
    glfwGetCursorPos(window, &x, &y);
    const auto kind = action == GLFW_PRESS ? PointerQueue::Kind::Press : PointerQueue::Kind::Release;
    self.queue_.push(kind, {static_cast<float>(x), static_cast<float>(y)});
    ++self.activity_;
}

void TouchInput::on_cursor(GLFWwindow* window, double x, double y) {
    TouchInput& self = of(window);
    self.queue_.push(PointerQueue::Kind::Move, {static_cast<float>(x), static_cast<float>(y)});
    ++self.activity_;
}

void TouchInput::on_scroll(GLFWwindow* window, double dx, double dy) {
    ImGui_ImplGlfw_ScrollCallback(window, dx, dy);
    ++of(window).activity_;
}

void TouchInput::on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
    TouchInput& self = of(window);
    if (action == GLFW_PRESS && (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER)) self.keys_.push_back({U'\n', now_us()});
    ++self.activity_;
}

// Characters go to the scan detector, not to ImGui (whose per-frame queue loses the timing that tells a
// scanner from a person); the kiosk hands typed text on to the focused field itself.
void TouchInput::on_char(GLFWwindow* window, unsigned int c) {
    TouchInput& self = of(window);
    self.keys_.push_back({static_cast<char32_t>(c), now_us()});
    ++self.activity_;
}

std::vector<kiosk::TimedKey> TouchInput::take_keys() {
    std::vector<kiosk::TimedKey> out;
    out.swap(keys_);
    return out;
}

void TouchInput::on_focus(GLFWwindow* window, int focused) {
    ImGui_ImplGlfw_WindowFocusCallback(window, focused);
    ++of(window).activity_;
}

void TouchInput::on_enter(GLFWwindow* window, int entered) {
    ImGui_ImplGlfw_CursorEnterCallback(window, entered);
    ++of(window).activity_;
}

void TouchInput::apply(ImGuiIO& io) {
    ImVec2 pos;
    bool down = false;
    queue_.next_frame(pos, down);
    // Lay out in framebuffer pixels: scale window coordinates (they differ on HiDPI Wayland outputs).
    int win_w = 0, win_h = 0, fb_w = 0, fb_h = 0;
    glfwGetWindowSize(window_, &win_w, &win_h);
    glfwGetFramebufferSize(window_, &fb_w, &fb_h);
    const float sx = win_w > 0 ? static_cast<float>(fb_w) / static_cast<float>(win_w) : 1.0f;
    const float sy = win_h > 0 ? static_cast<float>(fb_h) / static_cast<float>(win_h) : 1.0f;
    io.DisplaySize = ImVec2(static_cast<float>(fb_w), static_cast<float>(fb_h));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.MousePos = pos.x == -FLT_MAX ? pos : ImVec2(pos.x * sx, pos.y * sy);
    io.MouseDown[0] = down;
    for (int i = 1; i < 5; ++i) io.MouseDown[i] = false;
}

} // namespace mb::platform
