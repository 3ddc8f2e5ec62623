// tests/app/png_check.hpp — "is this screenshot a real picture?": size as expected and not blank.
// stb_image from Debian libstb-dev (already required by libimgui-dev) reads the PNG.
#pragma once

#include <stb_image.h>

#include <cmath>
#include <memory>
#include <set>
#include <string>

namespace mb::test {

struct PngFacts {
    bool readable = false;
    int width = 0;
    int height = 0;
    std::size_t distinct_colors = 0;   // among a 64x36 grid of samples
    double luminance_spread = 0;       // standard deviation of sampled luminance, 0..255
    double luminance_mean = 0;         // mean sampled luminance, 0..255 (form screens are light, attract dark)
};

inline PngFacts png_facts(const std::string& path) {
    PngFacts f;
    int channels = 0;
    const std::unique_ptr<unsigned char, decltype(&stbi_image_free)> pixels(
        stbi_load(path.c_str(), &f.width, &f.height, &channels, 3), &stbi_image_free);
    if (!pixels) return f;
    f.readable = true;
    std::set<unsigned> colors;
    double sum = 0, sum_sq = 0;
    int n = 0;
    for (int gy = 0; gy < 36; ++gy) {
        for (int gx = 0; gx < 64; ++gx) {
            const int x = (gx * 2 + 1) * f.width / 128;
            const int y = (gy * 2 + 1) * f.height / 72;
            const unsigned char* p = pixels.get() + (static_cast<std::size_t>(y) * f.width + x) * 3;
            colors.insert(static_cast<unsigned>(p[0]) << 16 | static_cast<unsigned>(p[1]) << 8 | p[2]);
            const double lum = 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
            sum += lum;
            sum_sq += lum * lum;
            ++n;
        }
    }
    f.distinct_colors = colors.size();
    const double mean = sum / n;
    f.luminance_mean = mean;
    f.luminance_spread = std::sqrt(std::max(0.0, sum_sq / n - mean * mean));
    return f;
}

} // namespace mb::test
