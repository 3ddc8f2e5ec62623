// app/screens/organizer_pin.cpp — the organizer PIN pad (or, on a fresh database, choosing the PIN twice).
// The digits are visual state (UiState::pin_digits) until OK sends them; core checks, counts failures and
// locks the pad (PinView::locked_for_s).
#include <array>
#include <cmath>
#include <string>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"
#include "core/kiosk/pin.hpp"

namespace mb::screens {

namespace {

constexpr std::array<std::string_view, 12> kPad{"1", "2", "3", "4", "5", "6", "7", "8", "9", "backspace", "0", "ok"};

void submit(Frame& f) {
    ui::UiState& s = f.ui.state;
    if (!f.view.pin.choosing) {
        f.out.push_back(kiosk::SubmitPin{s.pin_digits});
    } else if (s.pin_first.empty()) {
        s.pin_first = s.pin_digits;                // now type it again
    } else {
        f.out.push_back(kiosk::ChoosePin{s.pin_first, s.pin_digits});
        s.pin_first.clear();
    }
    s.pin_digits.clear();
}

} // namespace

void draw_organizer_pin(Frame& f) {
    ui::Ui& ui = f.ui;
    const kiosk::PinView& p = f.view.pin;
    draw_top_bar(f, "Organizer");
    const float cx = f.full.center().x;

    const std::string_view prompt = !p.choosing             ? "Enter the organizer PIN"
                                    : ui.state.pin_first.empty() ? "Choose an organizer PIN (4 to 8 digits)"
                                                                 : "Type the same PIN again";
    float y = f.body.min.y + ui.px(20);
    const ImVec2 ps = ui::text_size(ui, ui.fonts.label, prompt);
    ui::text(ui, ui.fonts.label, {std::floor(cx - ps.x * 0.5f), y}, ui::color::kText, prompt);
    y += ui.px(70);

    // One dot per digit typed (at least four places), never the digits themselves.
    const int places = std::max<int>(4, static_cast<int>(ui.state.pin_digits.size()));
    const float step = ui.px(48);
    for (int i = 0; i < places; ++i) {
        const ImVec2 c{cx + (static_cast<float>(i) - static_cast<float>(places - 1) * 0.5f) * step, y + ui.px(16)};
        if (i < static_cast<int>(ui.state.pin_digits.size())) {
            ui.draw->AddCircleFilled(c, ui.px(13), ui::color::kText, 24);
        } else {
            ui.draw->AddCircle(c, ui.px(13), ui::color::kBorder, 24, ui.px(3));
        }
    }
    y += ui.px(64);

    const ImVec2 key = ui.px(200, 100);
    const float gap = ui.px(16);
    const float left = cx - (3 * key.x + 2 * gap) * 0.5f;
    ImGui::BeginDisabled(p.locked_for_s > 0);
    for (std::size_t i = 0; i < kPad.size(); ++i) {
        const ui::Rect r = ui::Rect::at({left + static_cast<float>(i % 3) * (key.x + gap),
                                         y + static_cast<float>(i / 3) * (key.y + gap)},
                                        key);
        const std::string_view k = kPad[i];
        const std::string id = "pin:" + std::string(k);
        if (k == "backspace") {
            if (ui::button(ui, id, "Delete", r, ui::ButtonStyle::KeySpecial) && !ui.state.pin_digits.empty())
                ui.state.pin_digits.pop_back();
        } else if (k == "ok") {
            if (ui::button(ui, id, "OK", r, ui::ButtonStyle::Primary)) submit(f);
        } else if (ui::button(ui, id, k, r, ui::ButtonStyle::Key) &&
                   ui.state.pin_digits.size() < static_cast<std::size_t>(kiosk::kMaxPinDigits)) {
            ui.state.pin_digits += k;
        }
    }
    ImGui::EndDisabled();
    y += 4 * (key.y + gap) + ui.px(8);

    const std::string status = p.locked_for_s > 0
                                   ? "Too many wrong PINs. Try again in " + std::to_string(p.locked_for_s) + " s."
                                   : p.error;
    if (!status.empty()) {
        const ImVec2 es = ui::text_size(ui, ui.fonts.body, status);
        ui::text(ui, ui.fonts.body, {std::floor(cx - es.x * 0.5f), y}, ui::color::kDanger, status);
    }
}

} // namespace mb::screens
