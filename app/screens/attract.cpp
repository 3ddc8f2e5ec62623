// app/screens/attract.cpp — the resting screen: event name, "tap to check in", live count. The moving
// background is the GL shader (app/render/attract_background.cpp); this draws the words over it.
//
// Anti burn-in: the whole composition drifts slowly (tens of pixels over minutes) so no edge stays put.
// Hidden organizer entry: a long press (kLongPressS) in the top-left corner opens the PIN pad.
#include <cmath>
#include <string>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"

namespace mb::screens {

namespace {
constexpr float kCornerSize = 140.0f;      // design px, the hidden organizer corner
constexpr float kLongPressS = 3.0f;        // seconds held: long enough that nobody does it by accident

bool inside(const ui::Rect& r, ImVec2 p) { return p.x >= r.min.x && p.y >= r.min.y && p.x < r.max.x && p.y < r.max.y; }

// White text with a soft dark shadow, legible over any part of the moving background.
void bright_text(ui::Ui& ui, const ImFont* font, ImVec2 pos, std::string_view s) {
    ui::text(ui, font, {pos.x + ui.px(3), pos.y + ui.px(3)}, IM_COL32(0, 0, 0, 90), s);
    ui::text(ui, font, pos, ui::color::kAttractText, s);
}

void centered_bright(ui::Ui& ui, const ImFont* font, float cx, float y, std::string_view s) {
    const ImVec2 size = ui::text_size(ui, font, s);
    bright_text(ui, font, {std::floor(cx - size.x * 0.5f), std::floor(y)}, s);
}

std::string count_line(std::int64_t n) {
    if (n == 0) return "Be the first to check in";
    if (n == 1) return "1 person checked in so far";
    return std::to_string(n) + " people checked in so far";
}
} // namespace

void draw_attract(Frame& f) {
    ui::Ui& ui = f.ui;
    const ImGuiIO& io = ImGui::GetIO();

    const ui::Rect corner = ui::Rect::at(f.full.min, ui.px(kCornerSize, kCornerSize));
    const bool press_in_corner = inside(corner, io.MouseClickedPos[0]);
    if (io.MouseDown[0] && press_in_corner && io.MouseDownDuration[0] >= kLongPressS && !ui.state.corner_fired) {
        ui.state.corner_fired = true;
        f.out.push_back(kiosk::OpenOrganizer{});
    }
    if (ui::hit_area(ui, "Tap to check in", f.full) && !press_in_corner) f.out.push_back(kiosk::StartCheckIn{});

    const double t = ui.state.clock_s;
    const ImVec2 drift{ui.px(static_cast<float>(std::sin(t / 67.0) * 40.0)),
                       ui.px(static_cast<float>(std::sin(t / 89.0) * 28.0))};
    const float cx = f.full.center().x + drift.x;
    const float h = f.full.height();

    const std::string& name = f.view.event_name;
    const ImFont* title_font =
        ui::text_size(ui, ui.fonts.display, name).x < f.full.width() * 0.86f ? ui.fonts.display : ui.fonts.heading;
    centered_bright(ui, ui.fonts.label, cx, f.full.min.y + h * 0.24f + drift.y, "Welcome to");
    centered_bright(ui, title_font, cx, f.full.min.y + h * 0.30f + drift.y, name);

    // The call to action: a white pill whose glow breathes slowly (a 4 s cycle, gentle enough to ignore).
    const std::string_view cta = "Tap anywhere to check in";
    const ImVec2 cta_size = ui::text_size(ui, ui.fonts.heading, cta);
    const ImVec2 pill_size{cta_size.x + ui.px(140), cta_size.y + ui.px(64)};
    const ImVec2 pill_min{cx - pill_size.x * 0.5f, f.full.min.y + h * 0.56f + drift.y};
    const ImVec2 pill_max{pill_min.x + pill_size.x, pill_min.y + pill_size.y};
    const float breath = 0.5f + 0.5f * static_cast<float>(std::sin(t * 1.57));
    const float glow = ui.px(10.0f + 8.0f * breath);
    ui.draw->AddRectFilled({pill_min.x - glow, pill_min.y - glow}, {pill_max.x + glow, pill_max.y + glow},
                           IM_COL32(255, 255, 255, static_cast<int>(40 + 30 * breath)), pill_size.y * 0.5f + glow);
    ui.draw->AddRectFilled(pill_min, pill_max, ui::color::kSurface, pill_size.y * 0.5f);
    ui::text(ui, ui.fonts.heading, {std::floor(cx - cta_size.x * 0.5f), std::floor(pill_min.y + ui.px(32))},
             ui::color::kPrimary, cta);

    if (ui.state.camera_on)   // the webcam (app/platform/v4l2_camera.hpp) reads tickets on this screen
        centered_bright(ui, ui.fonts.body, cx, pill_max.y + glow + ui.px(36),
                        "Have your ticket on your phone? Hold its QR code up to the camera.");
    centered_bright(ui, ui.fonts.body, cx, f.full.min.y + h * 0.80f + drift.y, count_line(f.view.present_count));
    centered_bright(ui, ui.fonts.small, cx, f.full.min.y + h * 0.85f + drift.y,
                    "Mentors and mentees are paired on the big screen as people arrive.");
}

} // namespace mb::screens
