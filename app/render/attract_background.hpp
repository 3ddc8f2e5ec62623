// app/render/attract_background.hpp — the attract screen's moving background (shaders/attract.frag).
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

private:
    Program program_;
    unsigned vao_ = 0;                             // empty VAO: core profile needs one bound to draw
    int time_location_ = -1;
    int resolution_location_ = -1;
};

} // namespace mb::render
