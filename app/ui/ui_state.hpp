// app/ui/ui_state.hpp — visual state the kiosk's screens keep between frames (never domain state).
//
// What a person typed lives in core (mb::kiosk::Kiosk) so the idle wipe can clear it; what the screen looks
// like — which field has the keyboard, which keyboard layer, the PIN pad's digits, the animation clock — lives
// here, owned by the shell (app/kiosk_shell.hpp) and passed by reference. reset_for() runs whenever the screen
// or the kiosk's session changes, so a wiped form never leaves a half-typed PIN or a stale keyboard behind.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/kiosk/commands.hpp"
#include "core/kiosk/views.hpp"

namespace mb::ui {

// One interactive rectangle of the last frame, by stable id ("key:a", "find-result:0", "Continue").
// Headless tests tap these; the touch-size test checks each is at least 64 px at 1080p.
struct HitTarget {
    std::string id;                 // stable, locale-free identifier
    ImVec2 min;                     // top-left, screen pixels
    ImVec2 max;                     // bottom-right, screen pixels
};

enum class KeyboardLayer : std::uint8_t { Letters, Symbols, Accents };

struct KeyboardState {
    KeyboardLayer layer = KeyboardLayer::Letters;
    std::optional<bool> shift;      // set by the shift key for one letter; unset = automatic capitals
};

// Which half of the organizer's left column is showing (the attendee list is always on the right).
enum class OrganizerPanel : std::uint8_t { Matching, Settings };

struct UiState {
    std::uint64_t session = 0;                       // kiosk session this state belongs to
    kiosk::Screen screen = kiosk::Screen::Attract;   // screen drawn in the previous frame
    std::optional<kiosk::TextField> focus;           // field the keyboard types into; none = keyboard hidden
    KeyboardState keyboard;
    std::string pin_digits;                          // PIN pad buffer (digits only)
    std::string pin_first;                           // choosing a PIN: the first entry, while repeating it
    double clock_s = 0;                              // seconds since start, for animation only
    bool corner_fired = false;                       // this long-press already opened the organizer
    OrganizerPanel organizer_panel = OrganizerPanel::Matching;   // rounds first: what an event night needs
    std::vector<HitTarget> targets;                  // rebuilt every frame
    bool camera_on = false;                          // a webcam reads ticket QR codes: the attract screen says so

    // Forget per-screen state; set the focus a screen starts with.
    void reset_for(kiosk::Screen next, std::uint64_t next_session);
};

} // namespace mb::ui
