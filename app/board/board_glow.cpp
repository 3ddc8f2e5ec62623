// app/board/board_glow.cpp — see board_glow.hpp.
#include "app/board/board_glow.hpp"

#include <glad/gl.h>

#include <cmath>

#include "app/board/board_theme.hpp"
#include "shaders/embedded_shaders.hpp"

namespace mb::board {

namespace {
constexpr float kReach = 56.0f;           // design px the halo may reach beyond the card
} // namespace

BoardGlow::BoardGlow() : program_("board_glow", shaders::k_board_quad_vert, shaders::k_board_glow_frag) {
    glGenVertexArrays(1, &vao_);
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
    for (const GlowQuad& g : glows) {
        // ImGui's y runs down from the top; GL's fragment y runs up from the bottom.
        const float bottom = height - g.card.bottom();
        glUniform4f(bounds_, g.card.x - reach, bottom - reach, g.card.right() + reach, bottom + g.card.h + reach);
        glUniform4f(card_, g.card.x + g.card.w / 2, bottom + g.card.h / 2, g.card.w / 2, g.card.h / 2);
        glUniform4f(link_, g.link_x0, height - g.link_y0, g.link_x1, height - g.link_y1);
        glUniform1f(progress_, g.progress);
        glUniform1f(alpha_, g.alpha);
        glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    }
    glBindVertexArray(0);
    glUseProgram(0);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    if (!blend_was_on) glDisable(GL_BLEND);
}

} // namespace mb::board
