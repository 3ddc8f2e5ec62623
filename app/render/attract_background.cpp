// app/render/attract_background.cpp — one full-screen triangle with the attract fragment shader.
#include "app/render/attract_background.hpp"

#include <glad/gl.h>

#include <cmath>

#include "shaders/embedded_shaders.hpp"

namespace mb::render {

AttractBackground::AttractBackground()
    : program_("attract", shaders::k_fullscreen_vert, shaders::k_attract_frag) {
    glGenVertexArrays(1, &vao_);
    time_location_ = program_.uniform("u_time");
    resolution_location_ = program_.uniform("u_resolution");
}

AttractBackground::~AttractBackground() { glDeleteVertexArrays(1, &vao_); }

void AttractBackground::draw(double seconds, int width, int height) {
    glViewport(0, 0, width, height);
    glDisable(GL_BLEND);
    glDisable(GL_SCISSOR_TEST);
    glUseProgram(program_.id());
    // Wrapped at a day so a float keeps sub-millisecond precision on a kiosk that runs for weeks.
    glUniform1f(time_location_, static_cast<float>(std::fmod(seconds, 86400.0)));
    glUniform2f(resolution_location_, static_cast<float>(width), static_cast<float>(height));
    glBindVertexArray(vao_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glUseProgram(0);
}

} // namespace mb::render
