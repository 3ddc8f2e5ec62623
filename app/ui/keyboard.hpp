// app/ui/keyboard.hpp — the on-screen keyboard, drawn by the app (no system keyboard on a kiosk).
//
// Layers: letters (with shift and automatic capitals for names), digits and email/path symbols, and accented
// letters plus accent keys that apply to the letter before (how any accent, and Vietnamese tones, are typed).
// Keys are at least 64 px at 1080p. Each key's hit target id is "key:<character>" (lower case) or a name:
// key:shift, key:backspace, key:space, key:enter, key:layer-letters, key:layer-symbols, key:layer-accents,
// key:.com, key:mark-<name> — stable for headless tests.
#pragma once

#include <string_view>

#include "app/ui/text_edit.hpp"
#include "app/ui/widgets.hpp"

namespace mb::ui {

float keyboard_height(const Ui& ui);                 // screen px, same for every layer

// Draws the keyboard in `area` (full width; keys centered, at most 1600 design px wide) and returns the key
// tapped this frame. Layer and shift changes are handled inside (they are visual state in ui.state.keyboard).
// `current` is the focused field's text (for automatic capitals); `enter_label` names the action key;
// `caption` is a muted line above the keys (e.g. "Typing your email"), replaced by a hint on the accent layer.
KeyPress keyboard(Ui& ui, const Rect& area, KeyboardMode mode, std::string_view current,
                  std::string_view enter_label, std::string_view caption = {});

} // namespace mb::ui
