// app/board/board_backdrop.cpp — see board_backdrop.hpp.
#include "app/board/board_backdrop.hpp"

#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/board/board_theme.hpp"
#include "shaders/embedded_shaders.hpp"

namespace mb::board {

namespace {

struct Rgb {
    float r = 0, g = 0, b = 0;            // 0..1, multiples of 1/255 once quantized
    bool operator==(const Rgb&) const = default;
};

Rgb rgb(ImU32 c) {
    const ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    return {v.x, v.y, v.z};
}

Rgb mix(const Rgb& a, const Rgb& b, float t) {
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}

float to_8bit(float v) { return std::round(std::clamp(v, 0.0f, 1.0f) * 255.0f) / 255.0f; }
Rgb quantized(const Rgb& c) { return {to_8bit(c.r), to_8bit(c.g), to_8bit(c.b)}; }


// Whole-pixel rectangle, top-left origin: [x0, x1) x [y0, y1).
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

PixelRect pixels(const Rect& r) {
    const auto round = [](float v) { return static_cast<int>(std::lround(v)); };
    return {round(r.x), round(r.y), round(r.right()), round(r.bottom())};
}

// Clears `r` ∩ `clip` to `c` (the scissor test must be on). fb_height flips y for GL.
void clear_rect(PixelRect r, const PixelRect& clip, const Rgb& c, int fb_height) {
    r = {std::max(r.x0, clip.x0), std::max(r.y0, clip.y0), std::min(r.x1, clip.x1), std::min(r.y1, clip.y1)};
    if (r.x1 <= r.x0 || r.y1 <= r.y0) return;
    glScissor(r.x0, fb_height - r.y1, r.x1 - r.x0, r.y1 - r.y0);
    glClearColor(c.r, c.g, c.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
}

} // namespace

BoardBackdrop::BoardBackdrop() : corner_("board_card", shaders::k_board_quad_vert, shaders::k_board_card_frag) {
    glGenVertexArrays(1, &vao_);
    bounds_ = corner_.uniform("u_bounds");
    viewport_ = corner_.uniform("u_viewport");
    rect_ = corner_.uniform("u_card");
    radius_ = corner_.uniform("u_radius");
    border_ = corner_.uniform("u_border");
    fill_ = corner_.uniform("u_fill");
    edge_ = corner_.uniform("u_edge");
    alpha_ = corner_.uniform("u_alpha");
}

BoardBackdrop::~BoardBackdrop() { glDeleteVertexArrays(1, &vao_); }

void BoardBackdrop::draw_background(int fb_width, int fb_height) {
    const Rgb c = rgb(color::kBackground);
    glDisable(GL_SCISSOR_TEST);
    glViewport(0, 0, fb_width, fb_height);
    glClearColor(c.r, c.g, c.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
}

void BoardBackdrop::draw_bodies(const std::vector<CardBody>& bodies, const Rect& clip_rect, const BoardLayout& layout,
                                int fb_width, int fb_height) {
    if (bodies.empty()) return;
    const auto height = static_cast<float>(fb_height);
    const int radius = static_cast<int>(std::lround(kCardRadius * layout.scale));
    const int border = std::max(1, static_cast<int>(std::lround(kCardBorder * layout.scale)));
    const PixelRect clip = pixels(clip_rect);
    const Rgb fill = rgb(color::kCard);
    const Rgb edge = rgb(color::kCardBorder);

    // 1. Clears: the inside (a cross that leaves the corner squares out) and the four straight edges.
    glEnable(GL_SCISSOR_TEST);
    for (const CardBody& b : bodies) {
        const PixelRect r = pixels(b.rect);
        const Rgb behind = rgb(color::kBackground);
        const Rgb inside = quantized(mix(behind, fill, b.alpha));
        const Rgb line = quantized(mix(behind, edge, b.alpha));
        clear_rect({r.x0, r.y0 + radius, r.x1, r.y1 - radius}, clip, inside, fb_height);
        clear_rect({r.x0 + radius, r.y0, r.x1 - radius, r.y1}, clip, inside, fb_height);
        clear_rect({r.x0 + radius, r.y0, r.x1 - radius, r.y0 + border}, clip, line, fb_height);
        clear_rect({r.x0 + radius, r.y1 - border, r.x1 - radius, r.y1}, clip, line, fb_height);
        clear_rect({r.x0, r.y0 + radius, r.x0 + border, r.y1 - radius}, clip, line, fb_height);
        clear_rect({r.x1 - border, r.y0 + radius, r.x1, r.y1 - radius}, clip, line, fb_height);
    }

    // 2. The corners: the card shader on radius x radius squares, blended over the backdrop.
    glScissor(clip.x0, fb_height - clip.y1, std::max(0, clip.x1 - clip.x0), std::max(0, clip.y1 - clip.y0));
    glViewport(0, 0, fb_width, fb_height);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glUseProgram(corner_.id());
    glBindVertexArray(vao_);
    glUniform2f(viewport_, static_cast<float>(fb_width), height);
    glUniform1f(radius_, static_cast<float>(radius));
    glUniform1f(border_, static_cast<float>(border));
    glUniform3f(fill_, fill.r, fill.g, fill.b);
    glUniform3f(edge_, edge.r, edge.g, edge.b);
    const auto f = [](int v) { return static_cast<float>(v); };
    for (const CardBody& b : bodies) {
        const PixelRect r = pixels(b.rect);
        // GL's y runs up from the bottom.
        const float bottom = f(fb_height - r.y1), top = f(fb_height - r.y0);
        glUniform4f(rect_, f(r.x0 + r.x1) / 2, (bottom + top) / 2, f(r.x1 - r.x0) / 2, (top - bottom) / 2);
        glUniform1f(alpha_, b.alpha);
        const float corners[4][2] = {{f(r.x0), bottom}, {f(r.x1 - radius), bottom}, {f(r.x0), top - f(radius)},
                                     {f(r.x1 - radius), top - f(radius)}};
        for (const auto& c : corners) {
            glUniform4f(bounds_, c[0], c[1], c[0] + f(radius), c[1] + f(radius));
            glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
        }
    }
    glBindVertexArray(0);
    glUseProgram(0);
    glDisable(GL_SCISSOR_TEST);
}

} // namespace mb::board
