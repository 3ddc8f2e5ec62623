// app/platform/screenshot.hpp — the current framebuffer as a PNG (stb_image_write from Debian libstb-dev).
#pragma once

#include <filesystem>
#include <string>

namespace mb::platform {

// Reads the back buffer (call after drawing, before swapping) and writes an RGB PNG, top row first.
// Returns an empty string on success, else one sentence.
std::string write_framebuffer_png(const std::filesystem::path& path, int width, int height);

} // namespace mb::platform
