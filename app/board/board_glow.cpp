// app/board/board_glow.cpp — see board_glow.hpp.
#include "app/board/board_glow.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <cmath>

#include "app/board/board_theme.hpp"
#include "shaders/embedded_shaders.hpp"

namespace mb::board {

namespace {
constexpr float kReach = 30.0f;           // design px the halo reaches beyond the card (at its widest)
constexpr float kInside = 8.0f;           // design px the halo reaches into the card (then it is black: adds 0)

double smoothstep(double edge0, double edge1, double x) {
    const double t = std::clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
    return t * t * (3 - 2 * t);
}
constexpr float kLinkMargin = 34.0f;      // design px of light around the link line and its glowing tip
} // namespace

BoardGlow::BoardGlow() : program_("board_glow", shaders::k_board_quad_vert, shaders::k_board_glow_frag) {
    glGenVertexArrays(1, &vao_);
    part_ = program_.uniform("u_part");
    bounds_ = program_.uniform("u_bounds");
    viewport_ = program_.uniform("u_viewport");
    edge_ = program_.uniform("u_edge");
    card_ = program_.uniform("u_card");
    radius_ = program_.uniform("u_radius");
    halo_reach_ = program_.uniform("u_halo_reach");
    halo_gain_ = program_.uniform("u_halo_gain");
    link_ = program_.uniform("u_link");
    progress_ = program_.uniform("u_progress");
    scale_ = program_.uniform("u_scale");
    alpha_ = program_.uniform("u_alpha");
    color_ = program_.uniform("u_color");
}

BoardGlow::~BoardGlow() { glDeleteVertexArrays(1, &vao_); }

void BoardGlow::draw(const std::vector<GlowQuad>& glows, const BoardLayout& layout, int fb_width, int fb_height) {
    if (glows.empty()) return;
    const auto height = static_cast<float>(fb_height);
    const float reach = std::round(kReach * layout.scale);
    const float inside = std::round(kInside * layout.scale);
    const float radius = std::round(kCardRadius * layout.scale);
    const float link_margin = std::round(kLinkMargin * layout.scale);
    GLboolean blend_was_on = glIsEnabled(GL_BLEND);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE);
    glDisable(GL_SCISSOR_TEST);
    glViewport(0, 0, fb_width, fb_height);
    glUseProgram(program_.id());
    glBindVertexArray(vao_);
    glUniform2f(viewport_, static_cast<float>(fb_width), height);
    glUniform1f(radius_, radius);
    glUniform1f(scale_, layout.scale);
    glUniform3f(color_, color::kGlow[0], color::kGlow[1], color::kGlow[2]);
    const auto quad = [&](float x0, float y0, float x1, float y1) {
        if (x1 <= x0 || y1 <= y0) return;
        glUniform4f(bounds_, x0, y0, x1, y1);
        glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    };
    for (const GlowQuad& g : glows) {
        // ImGui's y runs down from the top; GL's fragment y runs up from the bottom.
        const float x0 = g.card.x, x1 = g.card.right();
        const float y0 = height - g.card.bottom(), y1 = height - g.card.y;
        const double t = g.progress;
        // Quick rise, long soft fall; the halo widens as it fades.
        const double gain = 0.7 * smoothstep(0.0, 0.08, t) * (1.0 - smoothstep(0.3, 1.0, t));
        glUniform1f(halo_gain_, static_cast<float>(gain));
        glUniform1f(halo_reach_, reach * static_cast<float>(0.55 + 0.45 * t));
        glUniform1f(alpha_, g.alpha);
        glUniform4f(card_, (x0 + x1) / 2, (y0 + y1) / 2, g.card.w / 2, g.card.h / 2);

        // The halo: straight edges (distance = one dot product), then the four corner squares (exact).
        glUniform1i(part_, 0);
        glUniform3f(edge_, 0, 1, -y1);                                      // top: p.y - y1
        quad(x0 + radius, y1 - inside, x1 - radius, y1 + reach);
        glUniform3f(edge_, 0, -1, y0);                                      // bottom: y0 - p.y
        quad(x0 + radius, y0 - reach, x1 - radius, y0 + inside);
        glUniform3f(edge_, -1, 0, x0);                                      // left: x0 - p.x
        quad(x0 - reach, y0 + radius, x0 + inside, y1 - radius);
        glUniform3f(edge_, 1, 0, -x1);                                      // right: p.x - x1
        quad(x1 - inside, y0 + radius, x1 + reach, y1 - radius);
        glUniform1i(part_, 1);
        quad(x0 - reach, y1 - radius, x0 + radius, y1 + reach);             // top left
        quad(x1 - radius, y1 - radius, x1 + reach, y1 + reach);             // top right
        quad(x0 - reach, y0 - reach, x0 + radius, y0 + radius);             // bottom left
        quad(x1 - radius, y0 - reach, x1 + reach, y0 + radius);             // bottom right

        // The link, on the card's inside (its quad stays clear of the halo's quads).
        glUniform1i(part_, 2);
        glUniform1f(progress_, g.progress);
        glUniform4f(link_, g.link_x0, height - g.link_y0, g.link_x1, height - g.link_y1);
        const float ly = height - g.link_y0;
        quad(std::max(x0 + radius, g.link_x0 - link_margin), std::max(y0 + radius, ly - link_margin),
             std::min(x1 - radius, g.link_x1 + link_margin), std::min(y1 - radius, ly + link_margin));
    }
    glBindVertexArray(0);
    glUseProgram(0);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    if (!blend_was_on) glDisable(GL_BLEND);
}

} // namespace mb::board
