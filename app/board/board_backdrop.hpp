// app/board/board_backdrop.hpp — what lies under ImGui's draw data: the backdrop and the card bodies.
//
// Why not ImGui: on a GPU-less board (Mesa llvmpipe) a frame costs the pixels it fills. ImGui fills every
// area with textured, blended triangles; a full-screen gradient and eight card bodies drawn that way took
// ~18 of ~25 ms of CPU per 1080p frame (one llvmpipe thread). Measured alternatives (bench/board, MBX-style
// switches, 1 thread): an unscissored full-screen clear ~0.4 ms; any other full-screen fill ~4 ms, whether a
// shader, a quad or scissored clears (Mesa 22 turns those into quads); a card body ~0.4 ms as flat fills,
// ~1 ms as an anti-aliased SDF shader with blending. Hence:
//  - the backdrop is one flat colour and one clear;
//  - a card body is flat fills (scissored clears) for its inside and its 2 px edges, and the card shader
//    (shaders/board_card.frag) only on its four rounded, anti-aliased corner squares. A fading card is
//    filled with its colour already mixed over the backdrop (pages never show two cards on one spot at
//    once; a card sliding over others is drawn by ImGui instead, see board_draw.hpp).
#pragma once

#include <vector>

#include "app/board/board_draw.hpp"
#include "app/render/shader.hpp"

namespace mb::board {

class BoardBackdrop {
public:
    BoardBackdrop();                      // needs the board's GL 3.3 context current; throws on shader errors
    ~BoardBackdrop();
    BoardBackdrop(const BoardBackdrop&) = delete;
    BoardBackdrop& operator=(const BoardBackdrop&) = delete;

    // Fills the whole framebuffer with the backdrop colour.
    void draw_background(int fb_width, int fb_height);
    // Draws the bodies, clipped to `clip` (px, top-left origin) as ImGui clips the cards' text.
    void draw_bodies(const std::vector<CardBody>& bodies, const Rect& clip, const BoardLayout& layout, int fb_width,
                     int fb_height);

private:
    render::Program corner_;              // board_quad.vert + board_card.frag
    unsigned vao_ = 0;                    // empty VAO: the core profile needs one bound to draw
    int bounds_ = -1, viewport_ = -1, rect_ = -1, radius_ = -1, border_ = -1;   // uniform locations
    int fill_ = -1, edge_ = -1, alpha_ = -1;
};

} // namespace mb::board
