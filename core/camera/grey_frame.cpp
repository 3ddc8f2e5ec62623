// core/camera/grey_frame.cpp — see grey_frame.hpp.
#include "core/camera/grey_frame.hpp"

#include <algorithm>

namespace mb::camera {

namespace {

// Copies every `step`-th byte of each row: step 2 takes YUYV's Y bytes, step 1 copies GREY.
bool take_luma(const std::uint8_t* data, std::size_t bytes, int width, int height, std::size_t stride, int step,
               GreyFrame& out) {
    if (width <= 0 || height <= 0) return false;
    const auto w = static_cast<std::size_t>(width), h = static_cast<std::size_t>(height);
    const std::size_t row_bytes = w * static_cast<std::size_t>(step);
    if (stride < row_bytes || bytes < stride * (h - 1) + row_bytes) return false;
    out.width = width;
    out.height = height;
    out.pixels.resize(w * h);
    for (std::size_t y = 0; y < h; ++y) {
        const std::uint8_t* row = data + y * stride;
        std::uint8_t* dst = out.pixels.data() + y * w;
        if (step == 1) {
            std::copy_n(row, w, dst);
        } else {
            for (std::size_t x = 0; x < w; ++x) dst[x] = row[x * 2];
        }
    }
    return true;
}

} // namespace

bool grey_from_yuyv(const std::uint8_t* data, std::size_t bytes, int width, int height, std::size_t stride,
                    GreyFrame& out) {
    return take_luma(data, bytes, width, height, stride, 2, out);
}

bool grey_from_grey(const std::uint8_t* data, std::size_t bytes, int width, int height, std::size_t stride,
                    GreyFrame& out) {
    return take_luma(data, bytes, width, height, stride, 1, out);
}

} // namespace mb::camera
