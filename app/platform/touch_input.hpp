// app/platform/touch_input.hpp — pointer input for Dear ImGui 1.86 that never loses a quick tap.
//
// Known limit this works around (2026-11): ImGui 1.86 has no input queue; it samples io.MouseDown once per
// frame. GLFW on Linux delivers a touchscreen as a mouse, and a quick tap arrives as press + release
// between two frames. The 1.86 GLFW backend keeps the press alive for one frame (MouseJustPressed) but
// reads the position by polling, so the tap can land where the finger was before. Here every GLFW pointer
// event is queued with its own position, and each frame consumes events up to and including ONE button
// transition: press and release always get a frame each, at the right spot.
//
// Supports
//  [x] left button / single touch; position per event; keys, scroll and focus forwarded to the backend;
//      characters (and Enter) timed for the scan detector instead of typed through ImGui
//  [x] coordinates in framebuffer pixels (the kiosk lays out in framebuffer pixels)
//  [ ] multi-touch gestures (GLFW does not deliver them)
#pragma once

#include <vector>

#include "core/kiosk/scan_detector.hpp"

#include <imgui.h>

#include <cstdint>

#include "app/platform/pointer_queue.hpp"

struct GLFWwindow;

namespace mb::platform {

class TouchInput {
public:
    // Installs GLFW callbacks on `window` (its user pointer becomes this object). Call after
    // ImGui_ImplGlfw_InitForOpenGL(window, false): keys, scroll, focus and cursor-enter go on to the ImGui
    // backend; characters do not — they are queued with their arrival time for take_keys() (scan or typing).
    void install(GLFWwindow* window);

    // After ImGui_ImplGlfw_NewFrame(): overrides the backend's polled mouse state with the next queued
    // events (see above) and sets io.DisplaySize to the framebuffer size.
    void apply(ImGuiIO& io);

    bool pending() const { return !queue_.empty(); }            // more events wait for the next frame
    // Characters and Enter from a physical keyboard or a keyboard-wedge scanner, each with its arrival time,
    // since the last call. They are not given to ImGui: the kiosk decides scan or typing (scan_detector.hpp).
    std::vector<kiosk::TimedKey> take_keys();
    std::uint64_t activity() const { return activity_; }       // moves on any input event

private:
    static TouchInput& of(GLFWwindow* window);
    static void on_button(GLFWwindow* window, int button, int action, int mods);
    static void on_cursor(GLFWwindow* window, double x, double y);
    static void on_scroll(GLFWwindow* window, double dx, double dy);
    static void on_key(GLFWwindow* window, int key, int scancode, int action, int mods);
    static void on_char(GLFWwindow* window, unsigned int c);
    static void on_focus(GLFWwindow* window, int focused);
    static void on_enter(GLFWwindow* window, int entered);

    GLFWwindow* window_ = nullptr;
    PointerQueue queue_;                                       // window coordinates
    std::uint64_t activity_ = 0;                               // input events seen
    std::vector<kiosk::TimedKey> keys_;                        // since the last take_keys()
};

} // namespace mb::platform
