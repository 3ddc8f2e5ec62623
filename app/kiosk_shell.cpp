// app/kiosk_shell.cpp — one kiosk frame: tick, draw the current screen from the view model, apply commands.
#include "app/kiosk_shell.hpp"

#include <imgui.h>

#include "app/screens/screens.hpp"
#include "app/ui/text_edit.hpp"
#include "app/ui/theme.hpp"

namespace mb::app {

namespace {

using kiosk::Screen;

void draw_screen(screens::Frame& f) {
    switch (f.view.screen) {
    case Screen::Attract: screens::draw_attract(f); break;
    case Screen::Find: screens::draw_find(f); break;
    case Screen::Register: screens::draw_register(f); break;
    case Screen::About: screens::draw_about(f); break;
    case Screen::Goals: screens::draw_goals(f); break;
    case Screen::Share: screens::draw_share(f); break;
    case Screen::Done: screens::draw_done(f); break;
    case Screen::OrganizerPin: screens::draw_organizer_pin(f); break;
    case Screen::Organizer: screens::draw_organizer(f); break;
    }
}

std::string utf8_of(ImWchar c) {
    std::string out;
    const auto u = static_cast<unsigned>(c);
    if (u < 0x80) {
        out += static_cast<char>(u);
    } else if (u < 0x800) {
        out += static_cast<char>(0xC0 | (u >> 6));
        out += static_cast<char>(0x80 | (u & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (u >> 12));
        out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (u & 0x3F));
    }
    return out;
}

} // namespace

KioskShell::KioskShell(Store& store, kiosk::KioskConfig config, kiosk::SteadyTime now)
    : kiosk_(store, std::move(config), now), started_(now) {}

bool KioskShell::animating() const {
    // The attract screen moves (shader, drift, long-press timing); so does an idle countdown.
    return ui_.screen == Screen::Attract || ImGui::GetIO().MouseDown[0];
}

void KioskShell::frame(kiosk::SteadyTime now) {
    ImGuiIO& io = ImGui::GetIO();
    kiosk_.tick(now);
    if (io.MouseDown[0] || io.MouseClicked[0] || !io.InputQueueCharacters.empty()) kiosk_.note_activity(now);
    const kiosk::KioskView& view = kiosk_.view();
    if (view.session != ui_.session || view.screen != ui_.screen) ui_.reset_for(view.screen, view.session);
    ui_.clock_s = std::chrono::duration<double>(now - started_).count();
    ui_.targets.clear();

    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize(io.DisplaySize);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground |
                                        ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                        ImGuiWindowFlags_NoNav;
    ImGui::Begin("##kiosk", nullptr, kFlags);
    script_.trim();
    ui::Ui ui{fonts_, ui_, fonts_.scale, ImGui::GetWindowDrawList(), &script_};
    const ui::Rect full{{0, 0}, io.DisplaySize};
    const bool has_top_bar = view.screen != Screen::Attract && view.screen != Screen::Done;
    screens::Frame f{view, ui, commands_, full, screens::body_rect(ui, full, has_top_bar)};
    // The attract screen lets the shader show through; every other screen sits on the calm background.
    if (view.screen != Screen::Attract) ui.draw->AddRectFilled(full.min, full.max, ui::color::kBackground);
    ImGui::BeginDisabled(view.idle_warning_s > 0);
    draw_screen(f);
    ImGui::EndDisabled();
    type_from_physical_keyboard(view);
    screens::draw_overlays(f);
    ImGui::End();

    for (const kiosk::Command& c : commands_) kiosk_.apply(c, now);
    commands_.clear();
}

void KioskShell::type_from_physical_keyboard(const kiosk::KioskView& view) {
    if (!ui_.focus || view.idle_warning_s > 0) return;
    const kiosk::FieldView* field = screens::field_value(view, *ui_.focus);
    if (!field) return;
    const ImGuiIO& io = ImGui::GetIO();
    std::string text = field->text;
    for (ImWchar c : io.InputQueueCharacters) {
        if (c >= 0x20) text = ui::apply_key(text, {ui::KeyAction::Insert, utf8_of(c)});
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace))) text = ui::apply_key(text, {ui::KeyAction::Backspace, {}});
    if (text != field->text) commands_.push_back(kiosk::SetText{*ui_.focus, text});
}

} // namespace mb::app
