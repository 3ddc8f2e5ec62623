// app/board/board_glow.cpp — see board_glow.hpp.
#include "app/board/board_glow.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <cmath>

#include "app/board/board_theme.hpp"
#include "shaders/embedded_shaders.hpp"

namespace mb::board {

namespace {
constexpr float kReach = 48.0f;           // design px the halo reaches beyond the card
constexpr float kInside = 14.0f;          // design px the halo reaches into the card (then it is black: adds 0)
constexpr float kLinkMargin = 48.0f;      // design px of light around the link line and its glowing tip
} // namespace

BoardGlow::BoardGlow() : program_("board_glow", shaders::k_board_quad_vert, shaders::k_board_glow_frag) {
    glGenVertexArrays(1, &vao_);
    part_ = program_.uniform("u_part");
    bounds_ = program_.uniform("u_bounds");
    viewport_ = program_.uniform("u_viewport");
    card_ = program_.uniform("u_card");
    radius_ = program_.uniform("u_radius");
    link_ = program_.uniform("u_link");
    progress_ = program_.uniform("u_progress");
    alpha_ = program_.uniform("u_alpha");
    scale_ = program_.uniform("u_scale");
    reach_ = program_.uniform("u_reach");
    color_ = program_.uniform("u_color");
}

BoardGlow::~BoardGlow() { glDeleteVertexArrays(1, &vao_); }

void BoardGlow::draw(const std::vector<GlowQuad>& glows, const BoardLayout& layout, int fb_width, int fb_height) {
    if (glows.empty()) return;
    const auto height = static_cast<float>(fb_height);
    const float reach = std::round(kReach * layout.scale);
    GLboolean blend_was_on = glIsEnabled(GL_BLEND);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE);
    glDisable(GL_SCISSOR_TEST);
    glViewport(0, 0, fb_width, fb_height);
    glUseProgram(program_.id());
    glBindVertexArray(vao_);
    glUniform2f(viewport_, static_cast<float>(fb_width), height);
    glUniform1f(radius_, std::round(kCardRadius * layout.scale));
    glUniform1f(scale_, layout.scale);
    glUniform1f(reach_, reach);
    glUniform3f(color_, color::kGlow[0], color::kGlow[1], color::kGlow[2]);
    const float inside = std::round(kInside * layout.scale);
    const float link_margin = std::round(kLinkMargin * layout.scale);
    const auto quad = [&](float x0, float y0, float x1, float y1) {
        glUniform4f(bounds_, x0, y0, x1, y1);
        glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    };
    for (const GlowQuad& g : glows) {
        // ImGui's y runs down from the top; GL's fragment y runs up from the bottom.
        const float x0 = g.card.x, x1 = g.card.right();
        const float y0 = height - g.card.bottom(), y1 = height - g.card.y;
        glUniform4f(card_, (x0 + x1) / 2, (y0 + y1) / 2, g.card.w / 2, g.card.h / 2);
        glUniform4f(link_, g.link_x0, height - g.link_y0, g.link_x1, height - g.link_y1);
        glUniform1f(progress_, g.progress);
        glUniform1f(alpha_, g.alpha);
        // The halo on four strips around the edge that do not overlap (additive: overlap would show).
        glUniform1i(part_, 0);
        quad(x0 - reach, y1 - inside, x1 + reach, y1 + reach);            // top, corners included
        quad(x0 - reach, y0 - reach, x1 + reach, y0 + inside);            // bottom, corners included
        quad(x0 - reach, y0 + inside, x0 + inside, y1 - inside);          // left
        quad(x1 - inside, y0 + inside, x1 + reach, y1 - inside);          // right
        // The link, on the card's inside (its quad stays clear of the strips).
        glUniform1i(part_, 1);
        const float ly = height - g.link_y0;
        quad(std::max(x0 + inside, g.link_x0 - link_margin), std::max(y0 + inside, ly - link_margin),
             std::min(x1 - inside, g.link_x1 + link_margin), std::min(y1 - inside, ly + link_margin));
    }
    glBindVertexArray(0);
    glUseProgram(0);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    if (!blend_was_on) glDisable(GL_BLEND);
}

} // namespace mb::board
