// app/ui/widgets.hpp — the kiosk's one widget vocabulary: buttons, chips, toggles, stepper, text boxes.
//
// Touch sizing and the theme are decided here, once. Every size is given in 1080p design pixels and scaled by
// Ui::s, so a 64 px target at 1080p is 128 px at 4K. Widgets draw with ImDrawList and detect taps with
// ImGui::InvisibleButton (a tap = press and release on the same widget), and record their rectangle in
// UiState::targets. They return what was tapped; they never change domain state (screens turn taps into
// commands).
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>

#include "app/ui/fonts.hpp"
#include "app/ui/script_text.hpp"
#include "app/ui/ui_state.hpp"
#include "core/kiosk/views.hpp"

namespace mb::ui {

inline constexpr float kMinTouch = 64.0f;        // design px: smallest target anywhere
inline constexpr float kButtonHeight = 96.0f;    // design px: primary/secondary buttons
inline constexpr float kFieldHeight = 88.0f;     // design px: text boxes
inline constexpr float kMaxTapSlide = 24.0f;     // design px: a press that moved further is a drag, not a tap

// Per-frame drawing context handed to widgets and screens.
struct Ui {
    const Fonts& fonts;                          // sizes rasterized for `s`
    UiState& state;                              // visual state, hit targets
    float s = 1.0f;                              // scale: screen px per 1080p design px
    ImDrawList* draw = nullptr;                  // the kiosk window's draw list
    ScriptText* script = nullptr;                // drawing order and missing-glyph notes; null = as stored
    float px(float design) const { return design * s; }
    ImVec2 px(float x, float y) const { return {x * s, y * s}; }
};

struct Rect {
    ImVec2 min;                                  // top-left, screen px
    ImVec2 max;                                  // bottom-right, screen px
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
    ImVec2 center() const { return {(min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f}; }
    static Rect at(ImVec2 pos, ImVec2 size) { return {pos, {pos.x + size.x, pos.y + size.y}}; }
};

enum class ButtonStyle { Primary, Secondary, Quiet, Danger, Key, KeySpecial, KeyMark };

// --- Interaction ---------------------------------------------------------------------------------------------
// An invisible hit area at r. Returns true on a completed tap. `pressed` (optional) tells whether a finger
// is on it right now, for the pressed look.
bool hit_area(Ui& ui, std::string_view id, const Rect& r, bool* pressed = nullptr);

// --- Text ----------------------------------------------------------------------------------------------------
// Text is measured and drawn in visual order (right-to-left names reordered, Arabic shaped: ui.script).
ImVec2 text_size(const Ui& ui, const ImFont* font, std::string_view text, float wrap_width = 0.0f);
void text(Ui& ui, const ImFont* font, ImVec2 pos, ImU32 col, std::string_view text, float wrap_width = 0.0f);
void text_centered(Ui& ui, const ImFont* font, const Rect& r, ImU32 col, std::string_view text);
// Wrapped text inside [pos.x, pos.x + width]; returns the height used.
float paragraph(Ui& ui, const ImFont* font, ImVec2 pos, float width, ImU32 col, std::string_view text);

// --- Widgets -------------------------------------------------------------------------------------------------
// `font` overrides the style's label font (e.g. larger + / − signs).
bool button(Ui& ui, std::string_view id, std::string_view label, const Rect& r, ButtonStyle style,
            const ImFont* font = nullptr);

// A pill that is on or off (goal chips). Width follows the label; returns tapped.
float chip_width(const Ui& ui, std::string_view label);
bool chip(Ui& ui, std::string_view id, std::string_view label, ImVec2 pos, bool selected);

// A full-width row: label, detail underneath, and a switch on the right with its state in words
// (`on_word` / `off_word`), so colour is never the only signal. Tapping anywhere on the row toggles.
bool toggle_row(Ui& ui, std::string_view id, std::string_view label, std::string_view detail, const Rect& r,
                bool on, std::string_view on_word = "Yes", std::string_view off_word = "No");

// A large choice card (role): title and one line of explanation; selected = filled.
bool choice_card(Ui& ui, std::string_view id, std::string_view title, std::string_view detail, const Rect& r,
                 bool selected);

// [ − ]  value  [ + ]  Returns the new value when a button was tapped.
// `zero_text` replaces "0 <unit>" when the value 0 means something else ("one per pair").
std::optional<int> stepper(Ui& ui, std::string_view id, ImVec2 pos, int value, int min, int max, int step,
                           std::string_view unit, std::string_view zero_text = {});
float stepper_width(const Ui& ui);

// Label above, box, error under. The box shows the end of long text; a caret when focused.
// Returns true when the box was tapped (the screen then moves the keyboard focus here).
bool text_box(Ui& ui, std::string_view id, std::string_view label, const kiosk::FieldView& field, const Rect& box,
              bool focused, std::string_view placeholder = {});
float text_box_label_height(const Ui& ui);       // space above the box for its label

// A tinted panel with one sentence (problems, notices).
float notice(Ui& ui, ImVec2 pos, float width, std::string_view text, bool is_error);
float notice_height(const Ui& ui, float width, std::string_view text);   // what notice() will use

// A state shown where a button was (e.g. "You said yes"): a soft pill with a check mark; not tappable.
void tag(Ui& ui, const Rect& r, std::string_view label);

// --- QR codes ------------------------------------------------------------------------------------------------
// Draws `qr` (quiet zone included) at the top of `area`, centred across it, at whole pixels per module,
// module by module: crisp at any scale, no texture, and cameras need whole pixels. Returns the rectangle
// drawn (empty if it cannot fit).
Rect qr_code(Ui& ui, const QrMatrix& qr, const Rect& area);

} // namespace mb::ui
