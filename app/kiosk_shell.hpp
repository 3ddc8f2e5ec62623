// app/kiosk_shell.hpp — the kiosk's app root without a window: core's Kiosk, the visual state, the screens.
//
// Frame-loop contract (the GL loop in kiosk_app.cpp and the headless tests in tests/app both follow it):
//   1. The caller sets ImGui's input for this frame and calls ImGui::NewFrame().
//   2. frame(now): ticks the kiosk (idle wipe, store news), notes touches as activity, draws the current
//      screen from the kiosk's view model, then applies the commands the taps produced. No store call
//      happens inside a draw function; all of them happen in Kiosk::tick/apply.
//   3. The caller calls ImGui::Render() and draws (or, headless, ignores) the draw data.
// Owns no GL and no GLFW, so it links into headless tests.
#pragma once

#include <chrono>
#include <vector>

#include "app/ui/fonts.hpp"
#include "app/ui/script_text.hpp"
#include "app/ui/ui_state.hpp"
#include "core/kiosk/kiosk.hpp"
#include "core/kiosk/scan_detector.hpp"

namespace mb::app {

class KioskShell {
public:
    KioskShell(Store& store, kiosk::KioskConfig config, kiosk::SteadyTime now);

    void set_fonts(const ui::Fonts& fonts) { fonts_ = fonts; }   // after (re)building the atlas
    void frame(kiosk::SteadyTime now);
    // Physical keys since the last frame (platform::TouchInput::take_keys): scans become ScanCode commands,
    // typing goes to the focused field.
    void feed_keys(const std::vector<kiosk::TimedKey>& keys);
    bool holding_keys() const { return scans_.holding(); }   // a burst may still be a scan: wake up soon
    // Codes the webcam read (camera::CameraScanner::take), applied now as camera scans: the kiosk hears them
    // on Attract and Find only (core/kiosk/kiosk_scan.cpp says why).
    void feed_camera(const std::vector<std::string>& codes, kiosk::SteadyTime now);

    bool animating() const;                       // attract screen or a countdown: keep drawing frames
    bool exit_requested() const { return kiosk_.exit_requested(); }
    std::uint64_t revision() const { return kiosk_.revision(); }

    // Drawing order and the glyphs the event's names need (the caller rebuilds the atlas when they grow).
    ui::ScriptText& script() { return script_; }

    kiosk::Kiosk& kiosk() { return kiosk_; }
    ui::UiState& ui_state() { return ui_; }
    const ui::UiState& ui_state() const { return ui_; }

private:
    void take_physical_keys(const kiosk::KioskView& view, kiosk::SteadyTime now);

    kiosk::Kiosk kiosk_;
    ui::UiState ui_;
    ui::Fonts fonts_;
    ui::ScriptText script_;
    kiosk::SteadyTime started_;                   // origin of ui_.clock_s
    std::vector<kiosk::Command> commands_;        // produced while drawing, applied after
    kiosk::ScanDetector scans_;                   // physical keys: scanner or person
};

} // namespace mb::app
