// app/screens/register.cpp — walk-in registration: name (required) and optional contact details, typed on
// the on-screen keyboard, with the reason beside any field Continue refused.
#include <array>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"

namespace mb::screens {

namespace {

using kiosk::TextField;

struct FieldSpec {
    TextField field;                        // which text
    std::string_view label;                 // shown above the box
    std::string_view placeholder;           // shown inside while empty
    ui::KeyboardMode mode;                  // keyboard layout and capitals
    std::string_view caption;               // line above the keyboard while typing here
};

constexpr std::array<FieldSpec, 4> kFields{{
    {TextField::Name, "Your name", "As on your badge", ui::KeyboardMode::Words, "Typing your name"},
    {TextField::Email, "Email", "Optional", ui::KeyboardMode::Email, "Typing your email address"},
    {TextField::Phone, "Phone", "Optional", ui::KeyboardMode::Phone, "Typing your phone number"},
    {TextField::Linkedin, "LinkedIn", "Optional, e.g. linkedin.com/in/yourname", ui::KeyboardMode::Path,
     "Typing your LinkedIn address"},
}};

const kiosk::FieldView& value_of(const kiosk::RegisterView& r, TextField field) {
    switch (field) {
    case TextField::Email: return r.email;
    case TextField::Phone: return r.phone;
    case TextField::Linkedin: return r.linkedin;
    default: return r.name;
    }
}

} // namespace

void draw_register(Frame& f) {
    ui::Ui& ui = f.ui;
    const kiosk::RegisterView& r = f.view.registration;
    draw_top_bar(f, "Register as a new guest");

    const float gap = ui.px(40);
    const float col_w = (f.body.width() - gap) * 0.5f;
    const float label_h = ui::text_box_label_height(ui);
    const float row_h = label_h + ui.px(ui::kFieldHeight) + ui.px(56);   // label, box, room for an error
    for (std::size_t i = 0; i < kFields.size(); ++i) {
        const float x = f.body.min.x + static_cast<float>(i % 2) * (col_w + gap);
        const float y = f.body.min.y + ui.px(8) + label_h + static_cast<float>(i / 2) * row_h;
        field_box(f, kFields[i].field, kFields[i].label, value_of(r, kFields[i].field),
                  ui::Rect::at({x, y}, {col_w, ui.px(ui::kFieldHeight)}), kFields[i].placeholder);
    }

    const float button_w = ui.px(340);
    const float button_h = ui.px(ui::kButtonHeight);
    const float bottom = keyboard_top(f) - ui.px(28);
    const ui::Rect cont = ui::Rect::at({f.body.max.x - button_w, bottom - button_h}, {button_w, button_h});
    const float info_w = f.body.width() - button_w - gap;
    if (!r.error.empty()) {
        ui::notice(ui, {f.body.min.x, bottom - button_h}, info_w, r.error, true);
    } else {
        ui::paragraph(ui, ui.fonts.body, {f.body.min.x, bottom - button_h + ui.px(4)}, info_w, ui::color::kTextMuted,
                      "Only your name is required. Nothing here is shared unless you choose so on the last step.");
    }
    if (ui::button(ui, "Continue", "Continue", cont, ui::ButtonStyle::Primary)) f.out.push_back(kiosk::Continue{});

    if (!ui.state.focus) focus_field(ui.state, TextField::Name);
    for (std::size_t i = 0; i < kFields.size(); ++i) {
        if (ui.state.focus != kFields[i].field) continue;
        const bool last = i + 1 == kFields.size();
        const ui::KeyPress key = field_keyboard(f, kFields[i].field, value_of(r, kFields[i].field).text,
                                                kFields[i].mode, last ? "Continue" : "Next", kFields[i].caption);
        if (key.action == ui::KeyAction::Enter) {
            if (last) {
                f.out.push_back(kiosk::Continue{});
            } else {
                focus_field(ui.state, kFields[i + 1].field);
            }
        }
        break;
    }
}

} // namespace mb::screens
