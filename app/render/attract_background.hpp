// app/render/attract_background.hpp — the attract screen's moving background (shaders/attract.frag).
//
// The shader runs at 1/kDownscale of the screen's resolution into a float texture, which upscale.frag then
// stretches over the screen: soft light has no detail to lose, and on a GPU-less kiosk (Mesa llvmpipe) this
// cuts the background's cost by about 9x.
#pragma once

#include "app/render/shader.hpp"

namespace mb::render {

class AttractBackground {
public:
    AttractBackground();                           // needs a current GL 3.3 context; throws on shader errors
    ~AttractBackground();
    AttractBackground(const AttractBackground&) = delete;
    AttractBackground& operator=(const AttractBackground&) = delete;

    // Fills the viewport (width x height framebuffer pixels) at animation time `seconds`.
    void draw(double seconds, int width, int height);

    static constexpr int kDownscale = 3;           // render target = screen / 3 in each direction

private:
    void resize_target(int width, int height);      // (re)creates the texture + framebuffer

    Program program_;                               // attract.frag
    Program upscale_;                               // upscale.frag
    unsigned vao_ = 0;                              // empty VAO: core profile needs one bound to draw
    unsigned texture_ = 0;                          // low-resolution colour target (RGBA16F)
    unsigned framebuffer_ = 0;                      // renders into texture_
    int target_w_ = 0;                              // texture size, pixels
    int target_h_ = 0;
    int time_location_ = -1;
    int resolution_location_ = -1;
    int image_location_ = -1;
};

} // namespace mb::render
