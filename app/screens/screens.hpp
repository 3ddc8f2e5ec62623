// app/screens/screens.hpp — one draw function per kiosk screen, each over the view model core produced.
//
// Contract (the frame loop in app/kiosk_shell.cpp relies on it):
//  - A draw function reads Frame::view, draws with app/ui widgets, and appends commands to Frame::out.
//  - It never calls the store, never mutates the view, and keeps visual state only in Frame::ui.state.
//  - Commands are applied by the shell after the whole frame is drawn.
#pragma once

#include <string_view>
#include <vector>

#include "app/ui/keyboard.hpp"
#include "app/ui/widgets.hpp"
#include "core/kiosk/commands.hpp"
#include "core/kiosk/views.hpp"

namespace mb::screens {

struct Frame {
    const kiosk::KioskView& view;          // this frame's view model
    ui::Ui& ui;                            // widgets' context (fonts, scale, visual state, draw list)
    std::vector<kiosk::Command>& out;      // commands produced by taps, applied after the frame
    ui::Rect full;                         // the whole screen
    ui::Rect body;                         // below the top bar, inside the side margins
};

// --- Screens (one file each) ----------------------------------------------------------------------------------
void draw_attract(Frame& f);
void draw_find(Frame& f);
void draw_register(Frame& f);
void draw_about(Frame& f);
void draw_goals(Frame& f);
void draw_share(Frame& f);
void draw_done(Frame& f);
void draw_organizer_pin(Frame& f);
void draw_organizer(Frame& f);

// --- Chrome shared by screens (chrome.cpp) --------------------------------------------------------------------
inline constexpr float kTopBarHeight = 120.0f;     // design px
inline constexpr float kSideMargin = 64.0f;        // design px
inline constexpr float kMaxContentWidth = 1640.0f; // design px: lines longer than this are hard to read

// The content rectangle for a screen of `full` size: below the top bar, margins applied, width capped.
ui::Rect body_rect(const ui::Ui& ui, const ui::Rect& full, bool with_top_bar);

// Back (left), title and step (centre), Start over (right), as the view allows.
void draw_top_bar(Frame& f, std::string_view title, std::string_view back_label = "\u2190 Back");

// The screen's primary action, bottom right of the body. Returns tapped.
bool primary_action(Frame& f, std::string_view id, std::string_view label);

// The keyboard along the bottom of the screen, typing into `field` (whose current value is `current`).
// Emits SetText for edits; returns the key so the screen can act on Enter.
ui::KeyPress field_keyboard(Frame& f, kiosk::TextField field, std::string_view current, ui::KeyboardMode mode,
                            std::string_view enter_label, std::string_view caption = {});
float keyboard_top(const Frame& f);                // y where the keyboard starts

// A text box bound to a field: tapping it moves the keyboard focus there.
void field_box(Frame& f, kiosk::TextField field, std::string_view label, const kiosk::FieldView& value,
               const ui::Rect& box, std::string_view placeholder = {});

// Moves the keyboard to `field` (or hides it), choosing the layer that field starts with.
void focus_field(ui::UiState& state, std::optional<kiosk::TextField> field);

// The view's value of a text field (for physical-keyboard typing in the shell); nullptr if not on screen.
const kiosk::FieldView* field_value(const kiosk::KioskView& view, kiosk::TextField field);

// Overlays drawn after the screen: the problem banner and the "still there?" idle notice.
void draw_overlays(Frame& f);

} // namespace mb::screens
