// tests/app/ui_harness.hpp — the kiosk UI run headless: real ImGui frames, real fonts, no GL, no window.
//
// Taps go through ImGui exactly as on the device: a frame with the finger down at the widget's centre, a
// frame with it lifted, and a frame for the command's effect to show. Widgets are found by their stable
// hit-target id (app/ui/ui_state.hpp), so tests do not depend on pixel positions.
#pragma once

#include <imgui.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "app/kiosk_shell.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/theme.hpp"

namespace mb::test {

class UiHarness {
public:
    explicit UiHarness(Store& store, ImVec2 size = {1920, 1080}, kiosk::KioskConfig config = default_config())
        : context_(ImGui::CreateContext()), size_(size) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = size;
        const float scale = std::min(size.y / 1080.0f, size.x / 1440.0f);
        fonts_ = ui::load_fonts(*io.Fonts, scale);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);      // built; no texture upload without GL
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(1)));
        ui::apply_theme(ImGui::GetStyle(), scale);
        shell_.emplace(store, std::move(config), now_);
        shell_->set_fonts(fonts_);
        frame();
    }
    ~UiHarness() {
        shell_.reset();
        ImGui::DestroyContext(context_);
    }
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    static kiosk::KioskConfig default_config() {
        kiosk::KioskConfig c;
        c.pin_cost = kiosk::PinHashCost::minimum();
        c.change_poll = std::chrono::milliseconds(0);
        return c;
    }

    // One frame of `dt` seconds with the finger at `pos_` (down or not).
    void frame(double dt = 1.0 / 60.0) {
        now_ += std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(dt));
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = size_;
        io.DeltaTime = static_cast<float>(dt);
        io.MousePos = pos_;
        io.MouseDown[0] = down_;
        ImGui::NewFrame();
        shell_->frame(now_);
        ImGui::Render();
    }

    const ui::HitTarget* find(std::string_view id) const {
        for (const ui::HitTarget& t : shell_->ui_state().targets)
            if (t.id == id) return &t;
        return nullptr;
    }

    // Press and release at the centre of the widget `id` (which must be on screen now).
    void tap(std::string_view id) {
        const ui::HitTarget* t = find(id);
        INFO("tapping \"" << id << "\" on screen " << static_cast<int>(view().screen));
        REQUIRE(t != nullptr);
        tap_at({(t->min.x + t->max.x) * 0.5f, (t->min.y + t->max.y) * 0.5f});
    }

    void tap_at(ImVec2 pos) {
        pos_ = pos;
        frame();                 // the finger arrives (hover)
        down_ = true;
        frame();
        down_ = false;
        frame();                 // release: the widget reports the tap, the command is applied
        frame();                 // the new view is drawn
    }

    // Holds a finger at `pos` for `seconds` (frames of 0.1 s), then lifts it.
    void hold_at(ImVec2 pos, double seconds) {
        pos_ = pos;
        down_ = true;
        for (double t = 0; t < seconds; t += 0.1) frame(0.1);
        down_ = false;
        frame();
        frame();
    }

    // Taps keys by id suffix: type_keys({"z", "o", "space"}) taps key:z, key:o, key:space.
    void type_keys(std::initializer_list<std::string_view> keys) {
        for (std::string_view k : keys) tap("key:" + std::string(k));
    }

    // Puts the finger somewhere for the next frame(s), as a platform layer would.
    void set_pointer(ImVec2 pos, bool down) {
        pos_ = pos;
        down_ = down;
    }

    // Lets `seconds` pass without touching (frames of 1 s, so the idle clock ticks as on the device).
    void wait(double seconds) {
        for (double t = 0; t < seconds; t += 1.0) frame(1.0);
    }

    const kiosk::KioskView& view() { return shell_->kiosk().view(); }
    app::KioskShell& shell() { return *shell_; }
    kiosk::SteadyTime now() const { return now_; }

private:
    ImGuiContext* context_;
    ImVec2 size_;                                          // display size, px
    ui::Fonts fonts_;
    kiosk::SteadyTime now_{std::chrono::hours(1)};
    std::optional<app::KioskShell> shell_;
    ImVec2 pos_{-1, -1};                                   // finger position
    bool down_ = false;                                    // finger down
};

} // namespace mb::test
