// core/camera/grey_frame.hpp — one camera frame as 8-bit luminance, and the conversions from what cameras send.
//
// Webcams under V4L2 nearly all offer YUYV 4:2:2 (Y0 U Y1 V per two pixels); a few monochrome ones GREY.
// A QR reader needs luminance only, so the chroma bytes are dropped. Rows may be padded (bytesperline).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace mb::camera {

struct GreyFrame {
    int width = 0;                                 // pixels
    int height = 0;                                // pixels
    std::vector<std::uint8_t> pixels;              // width * height, row-major from the top-left, 0 = black
    std::chrono::steady_clock::time_point at{};    // when it was captured (repeats are judged by this)
};

// Both return false (frame untouched) when `bytes` is too short for width x height at `stride` bytes a row.
bool grey_from_yuyv(const std::uint8_t* data, std::size_t bytes, int width, int height, std::size_t stride,
                    GreyFrame& out);
bool grey_from_grey(const std::uint8_t* data, std::size_t bytes, int width, int height, std::size_t stride,
                    GreyFrame& out);

} // namespace mb::camera
