// app/platform/screenshot.cpp — glReadPixels + stbi_write_png (Debian libstb provides the implementation).
#include "app/platform/screenshot.hpp"

#include <glad/gl.h>
#include <stb_image_write.h>

#include <algorithm>
#include <iostream>
#include <vector>

namespace mb::platform {

std::string write_framebuffer_png(const std::filesystem::path& path, int width, int height) {
    if (width <= 0 || height <= 0) return "the framebuffer is empty";
    const auto w = static_cast<std::size_t>(width);
    const auto h = static_cast<std::size_t>(height);
    std::vector<unsigned char> pixels(w * h * 3);
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's first row is the bottom one; PNG's is the top one.
    std::vector<unsigned char> flipped(pixels.size());
    for (std::size_t y = 0; y < h; ++y) {
        std::copy_n(pixels.begin() + static_cast<std::ptrdiff_t>((h - 1 - y) * w * 3), w * 3,
                    flipped.begin() + static_cast<std::ptrdiff_t>(y * w * 3));
    }
    if (path.has_parent_path()) {
        std::error_code ec;
        std::filesystem::create_directories(path.parent_path(), ec);
    }
    if (!stbi_write_png(path.c_str(), width, height, 3, flipped.data(), width * 3))
        return "could not write " + path.string();
    return {};
}

int take_screenshot(const ScreenshotRequest& request, int width, int height) {
    const std::string error = write_framebuffer_png(request.png, width, height);
    if (error.empty()) return 0;
    std::cerr << "matchbooth: " << error << "\n";
    return 1;
}

} // namespace mb::platform
