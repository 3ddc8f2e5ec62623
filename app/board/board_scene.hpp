// app/board/board_scene.hpp — the board's pixels: its own ImGui context (fonts, draw list, OpenGL3 backend),
// the motion state (pages, entrances) and the glow pass. It draws whatever BoardView it is handed, for the
// moment it is told, into the current GL framebuffer. It knows nothing of the store (board_stage.hpp does),
// so the benchmark and the screenshot gallery feed it views directly.
//
// Several boards in one process: ImGui 1.86 keeps each backend's data in its context, so every scene owns an
// ImGui context, switches to it for a frame and restores the caller's (the kiosk's) afterwards. The caller
// makes the scene's GL context current around construction, draw() and destruction.
//
// Frame contract: set_view() when the model changed; due() says whether the picture would differ from the
// last frame (new view, animation step, page turn, the round clock's second, a resize); seconds_until_due()
// says how long the caller may sleep; draw() renders (call ImGui nowhere else for this context).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "app/board/board_fonts.hpp"
#include "app/board/board_motion.hpp"
#include "app/ui/name_glyphs.hpp"
#include "core/board/board_view.hpp"

struct ImGuiContext;

namespace mb::board {

class BoardBackdrop;
class BoardGlow;

class BoardScene {
public:
    // frame_interval_s: time between frames while something animates (1/60 s alone, 1/30 s next to a kiosk).
    explicit BoardScene(double frame_interval_s, MotionTiming timing = {});
    ~BoardScene();
    BoardScene(const BoardScene&) = delete;
    BoardScene& operator=(const BoardScene&) = delete;

    void set_view(const BoardView& view, double now_s);
    void set_status(const std::string& status);          // "" or one line shown in the footer (store busy ...)

    bool due(double now_s, std::int64_t now_ms, int fb_width, int fb_height) const;
    double seconds_until_due(double now_s, std::int64_t now_ms) const;   // 0 = now; +inf = only on news

    // Renders the frame at now_s (steady seconds) / now_ms (wall clock, for the round clock).
    void draw(int fb_width, int fb_height, double now_s, std::int64_t now_ms);

    const BoardMotion& motion() const { return motion_; }
    const BoardView& view() const { return view_; }
    std::size_t cards_drawn() const { return cards_drawn_; }   // sprites in the last frame (bench, tests)

private:
    int clock_second(std::int64_t now_ms) const;        // what the round clock shows; -2 = no clock

    double frame_interval_s_;
    ImGuiContext* context_ = nullptr;     // owned; destroyed in ~BoardScene
    BoardFonts fonts_;                    // baked for fonts_.scale (0 = not yet)
    ui::NameGlyphs glyphs_;               // glyphs beyond Inter that the views so far needed
    BoardMotion motion_;
    std::unique_ptr<BoardBackdrop> backdrop_;   // backdrop + card bodies, under ImGui
    std::unique_ptr<BoardGlow> glow_;           // arrival effects, over ImGui
    BoardView view_;
    std::string status_;
    bool dirty_ = true;                   // view or status changed since the last frame
    int drawn_width_ = 0;                 // framebuffer size of the last frame
    int drawn_height_ = 0;
    int drawn_clock_ = -2;                // clock_second() of the last frame
    double last_frame_s_ = -1e9;
    int per_page_ = layout_board(1920, 1080).per_page();   // cards per page at the last frame's size
    std::size_t cards_drawn_ = 0;
};

} // namespace mb::board
