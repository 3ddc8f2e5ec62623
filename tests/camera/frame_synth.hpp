// tests/camera/frame_synth.hpp — what a 640x480 webcam sees of a ticket QR, made without a camera.
//
// A QR code (core/contact's encoder, i.e. libqrencode) is drawn onto a backdrop at a given size and angle,
// anti-aliased (4 samples a pixel), then blurred (an out-of-focus lens), given sensor noise and packed as YUYV
// 4:2:2 the way V4L2 hands it over (chroma neutral; rows may be padded). Deterministic: same look, same bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace mbtest {

struct Look {
    double module_px = 6;          // pixels per QR module (a phone 30 cm from a 640x480 webcam: about 4-8)
    double angle_deg = 0;          // rotation of the code in the picture
    double centre_x = 320, centre_y = 240;
    int dark = 25, light = 230;    // luminance of dark modules and of the light ones (and the quiet zone)
    int backdrop = 90;             // around the code: a phone's bezel, a hand, a shirt
    int blur_passes = 0;           // 3x3 box blurs (2 ~ a slightly out-of-focus webcam)
    int noise = 0;                 // +- this much uniform noise per pixel
    unsigned seed = 1;
};

struct YuyvFrame {
    int width = 640, height = 480;
    std::size_t stride = 0;        // bytes per row (>= 2 * width)
    std::vector<std::uint8_t> bytes;
};

// The code for `payload`, as the camera would send it. pad = extra bytes at the end of each row.
YuyvFrame ticket_frame(std::string_view payload, const Look& look, std::size_t pad = 0);

// No code at all: backdrop, shapes and printed-text-like stripes, with noise.
YuyvFrame clutter_frame(unsigned seed);

} // namespace mbtest
