// app/kiosk_shell.cpp — one kiosk frame: tick, draw the current screen from the view model, apply commands.
#include "app/kiosk_shell.hpp"

#include <imgui.h>

#include "app/screens/screens.hpp"
#include "app/ui/text_edit.hpp"
#include "app/ui/theme.hpp"
#include "core/text/utf8.hpp"

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
    if (io.MouseDown[0] || io.MouseClicked[0]) kiosk_.note_activity(now);   // keys: take_physical_keys
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
    take_physical_keys(view, now);
    screens::draw_overlays(f);
    ImGui::End();

    for (const kiosk::Command& c : commands_) kiosk_.apply(c, now);
    commands_.clear();
}

void KioskShell::feed_keys(const std::vector<kiosk::TimedKey>& keys) {
    for (const kiosk::TimedKey& k : keys) scans_.key(k.c, k.at_us);
}

void KioskShell::feed_camera(const std::vector<std::string>& codes, kiosk::SteadyTime now) {
    for (const std::string& code : codes) kiosk_.apply(kiosk::ScanCode{code, kiosk::ScanCode::Camera}, now);
}

// Decided bursts: a scan is a command on any screen (never typed into a field); typing goes to the focused
// field, as the on-screen keyboard would (an organizer's USB keyboard). Backspace comes through ImGui.
void KioskShell::take_physical_keys(const kiosk::KioskView& view, kiosk::SteadyTime now) {
    const auto now_us = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count();
    for (kiosk::KeyInput& in : scans_.poll(now_us)) {
        kiosk_.note_activity(now);
        if (in.kind == kiosk::KeyInput::Scan) {
            commands_.push_back(kiosk::ScanCode{std::move(in.text)});
            continue;
        }
        if (!ui_.focus || view.idle_warning_s > 0) continue;
        const kiosk::FieldView* field = screens::field_value(view, *ui_.focus);
        if (!field) continue;
        std::string text = field->text;
        for (std::size_t pos = 0; pos < in.text.size();) {
            const std::size_t start = pos;
            const char32_t c = utf8::next(in.text, pos);
            if (c >= 0x20) text = ui::apply_key(text, {ui::KeyAction::Insert, in.text.substr(start, pos - start)});
        }
        if (text != field->text) commands_.push_back(kiosk::SetText{*ui_.focus, text});
    }
    if (!ui_.focus || view.idle_warning_s > 0) return;
    const kiosk::FieldView* field = screens::field_value(view, *ui_.focus);
    if (field && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace)))
        commands_.push_back(kiosk::SetText{*ui_.focus, ui::apply_key(field->text, {ui::KeyAction::Backspace, {}})});
}

} // namespace mb::app
