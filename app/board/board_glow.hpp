// app/board/board_glow.hpp — the GL pass that lights new pairs' cards (shaders/board_glow.*).
//
// Runs after ImGui's draw data, additively, on a few quads per arriving card (four strips along its edges,
// four corner squares, one quad around its link line): only the cards in their entrance cost anything, and
// only near their edge and link, so a board at rest pays nothing and eight simultaneous entrances stay
// affordable on llvmpipe (figures: bench/board, case "arrivals").
#pragma once

#include <vector>

#include "app/board/board_draw.hpp"
#include "app/board/board_layout.hpp"
#include "app/render/shader.hpp"

namespace mb::board {

class BoardGlow {
public:
    BoardGlow();                          // needs the board's GL 3.3 context current; throws on shader errors
    ~BoardGlow();
    BoardGlow(const BoardGlow&) = delete;
    BoardGlow& operator=(const BoardGlow&) = delete;

    // Draws every glow into the current framebuffer (fb_width x fb_height px); leaves blending as it found it.
    void draw(const std::vector<GlowQuad>& glows, const BoardLayout& layout, int fb_width, int fb_height);

private:
    render::Program program_;             // board_quad.vert + board_glow.frag
    unsigned vao_ = 0;                    // empty VAO: the core profile needs one bound to draw
    int part_ = -1, bounds_ = -1, viewport_ = -1, edge_ = -1, card_ = -1, radius_ = -1;   // uniform locations
    int halo_reach_ = -1, halo_gain_ = -1, link_ = -1, progress_ = -1, scale_ = -1, alpha_ = -1, color_ = -1;
};

} // namespace mb::board
