// app/render/attract_background.cpp — one full-screen triangle with the attract fragment shader.
#include "app/render/attract_background.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <cmath>

#include "shaders/embedded_shaders.hpp"

namespace mb::render {

AttractBackground::AttractBackground()
    : program_("attract", shaders::k_fullscreen_vert, shaders::k_attract_frag),
      upscale_("upscale", shaders::k_fullscreen_vert, shaders::k_upscale_frag) {
    glGenVertexArrays(1, &vao_);
    glGenTextures(1, &texture_);
    glGenFramebuffers(1, &framebuffer_);
    time_location_ = program_.uniform("u_time");
    resolution_location_ = program_.uniform("u_resolution");
    image_location_ = upscale_.uniform("u_image");
}

AttractBackground::~AttractBackground() {
    glDeleteFramebuffers(1, &framebuffer_);
    glDeleteTextures(1, &texture_);
    glDeleteVertexArrays(1, &vao_);
}

void AttractBackground::resize_target(int width, int height) {
    target_w_ = width;
    target_h_ = height;
    glBindTexture(GL_TEXTURE_2D, texture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA16F, width, height, 0, GL_RGBA, GL_HALF_FLOAT, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture_, 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glBindTexture(GL_TEXTURE_2D, 0);
}

void AttractBackground::draw(double seconds, int width, int height) {
    const int w = std::max(1, width / kDownscale);
    const int h = std::max(1, height / kDownscale);
    if (w != target_w_ || h != target_h_) resize_target(w, h);
    glDisable(GL_BLEND);
    glDisable(GL_SCISSOR_TEST);
    glBindVertexArray(vao_);

    // Pass 1: the light, small.
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glViewport(0, 0, w, h);
    glUseProgram(program_.id());
    // Wrapped at a day so a float keeps sub-millisecond precision on a kiosk that runs for weeks.
    glUniform1f(time_location_, static_cast<float>(std::fmod(seconds, 86400.0)));
    glUniform2f(resolution_location_, static_cast<float>(w), static_cast<float>(h));
    glDrawArrays(GL_TRIANGLES, 0, 3);

    // Pass 2: stretched over the screen.
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, width, height);
    glUseProgram(upscale_.id());
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, texture_);
    glUniform1i(image_location_, 0);
    glDrawArrays(GL_TRIANGLES, 0, 3);

    glBindTexture(GL_TEXTURE_2D, 0);
    glBindVertexArray(0);
    glUseProgram(0);
}

} // namespace mb::render
