// app/platform/touch_input.cpp — queued pointer events, one button transition per ImGui frame.
#include "app/platform/touch_input.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>

#include <cfloat>

namespace mb::platform {

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
    ++of(window).activity_;
}

void TouchInput::on_char(GLFWwindow* window, unsigned int c) {
    ImGui_ImplGlfw_CharCallback(window, c);
    ++of(window).activity_;
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
