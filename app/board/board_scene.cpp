// app/board/board_scene.cpp — see board_scene.hpp.
#include "app/board/board_scene.hpp"

#include <glad/gl.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "app/board/board_backdrop.hpp"
#include "app/board/board_draw.hpp"
#include "app/board/board_glow.hpp"
#include "app/board/board_text.hpp"

namespace mb::board {

namespace {

// Makes `mine` the current ImGui context for a scope, then puts back whatever was current (maybe nothing).
class ContextScope {
public:
    explicit ContextScope(ImGuiContext* mine) : previous_(ImGui::GetCurrentContext()) {
        ImGui::SetCurrentContext(mine);
    }
    ~ContextScope() { ImGui::SetCurrentContext(previous_); }
    ContextScope(const ContextScope&) = delete;
    ContextScope& operator=(const ContextScope&) = delete;

private:
    ImGuiContext* previous_;
};

} // namespace

BoardScene::BoardScene(double frame_interval_s, MotionTiming timing)
    : frame_interval_s_(frame_interval_s), motion_(timing) {
    IMGUI_CHECKVERSION();
    ImGuiContext* previous = ImGui::GetCurrentContext();
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;             // nothing to remember: the board has no windows
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    const bool ok = ImGui_ImplOpenGL3_Init("#version 330 core");
    ImGui::SetCurrentContext(previous);
    if (!ok) {
        ImGui::DestroyContext(context_);
        throw std::runtime_error("the board could not set up ImGui's OpenGL renderer");
    }
    backdrop_ = std::make_unique<BoardBackdrop>();
    glow_ = std::make_unique<BoardGlow>();
}

BoardScene::~BoardScene() {
    glow_.reset();
    backdrop_.reset();
    {
        ContextScope scope(context_);
        ImGui_ImplOpenGL3_Shutdown();
    }
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGui::DestroyContext(context_);
    if (previous != context_) ImGui::SetCurrentContext(previous);
}

void BoardScene::set_view(const BoardView& view, double now_s) {
    view_ = in_drawing_order(view, glyphs_);     // names in other scripts: new glyphs baked before drawing
    motion_.set_cards(view_.cards, per_page_, now_s);
    dirty_ = true;
}

void BoardScene::set_status(const std::string& status) {
    if (status == status_) return;
    status_ = status;
    dirty_ = true;
}

int BoardScene::clock_second(std::int64_t now_ms) const {
    return view_.round ? view_.round->remaining_s(now_ms) : -2;
}

bool BoardScene::due(double now_s, std::int64_t now_ms, int fb_width, int fb_height) const {
    if (dirty_ || fb_width != drawn_width_ || fb_height != drawn_height_) return true;
    if (clock_second(now_ms) != drawn_clock_) return true;
    if (motion_.animating()) return now_s - last_frame_s_ >= frame_interval_s_ * 0.9;
    return motion_.seconds_until_change(now_s) <= 0;
}

double BoardScene::seconds_until_due(double now_s, std::int64_t now_ms) const {
    if (dirty_) return 0;
    double wait = motion_.animating() ? std::max(0.0, last_frame_s_ + frame_interval_s_ - now_s)
                                      : motion_.seconds_until_change(now_s);
    if (view_.round && view_.round->duration_s > 0) {
        // The clock shows whole seconds rounded up: it changes when the time left crosses a whole second.
        const std::int64_t end_ms =
            view_.round->started_ms + static_cast<std::int64_t>(view_.round->duration_s) * 1000;
        const std::int64_t left_ms = end_ms - now_ms;
        if (left_ms > 0) wait = std::min(wait, static_cast<double>((left_ms - 1) % 1000 + 1) / 1000.0);
    }
    return wait;
}

void BoardScene::draw(int fb_width, int fb_height, double now_s, std::int64_t now_ms) {
    ContextScope scope(context_);
    const BoardLayout layout = layout_board(fb_width, fb_height);
    // Before NewFrame: the atlas changes between frames only (a new scale, or names that need new glyphs).
    if (std::abs(fonts_.scale - layout.scale) > 0.001f || fonts_.glyphs_revision != glyphs_.revision()) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        fonts_ = load_board_fonts(*ImGui::GetIO().Fonts, layout.scale, &glyphs_);
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(fb_width), static_cast<float>(fb_height));
    io.DeltaTime = static_cast<float>(std::clamp(now_s - last_frame_s_, 1e-3, 1.0));
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    const std::vector<CardSprite> sprites = motion_.frame(layout, now_s);
    const FrameInfo info{now_ms, motion_.page(), motion_.pages(), status_};
    const DrawnBoard drawn = draw_board(*ImGui::GetBackgroundDrawList(), view_, layout, sprites, fonts_, info);
    ImGui::Render();

    // Back to front: backdrop (no clear needed), card bodies, ImGui's text and shapes, the arrival glows.
    backdrop_->draw_background(fb_width, fb_height);
    backdrop_->draw_bodies(drawn.bodies, drawn.clip, layout, fb_width, fb_height);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glow_->draw(drawn.glows, layout, fb_width, fb_height);

    cards_drawn_ = sprites.size();
    per_page_ = layout.per_page();
    dirty_ = false;
    drawn_width_ = fb_width;
    drawn_height_ = fb_height;
    drawn_clock_ = clock_second(now_ms);
    last_frame_s_ = now_s;
}

} // namespace mb::board
