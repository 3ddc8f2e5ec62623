// tests/contact/qr_decode.hpp — a real QR decoder for tests: libzbar on 8-bit gray pixels or PNG bytes.
// The decoding is the product's own (core/camera/qr_reader.hpp, what the kiosk's webcam uses); this adds
// PNG reading and the gray-image type the tests already use.
//
// Tests compare what zbar reads with the payload we meant to encode, byte for byte. zbar's default mode
// (what zbarimg does) converts bytes to text by guessing their charset; binary mode returns them raw.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mbtest {

struct GrayImage {
    int width = 0;                        // pixels
    int height = 0;                       // pixels
    std::vector<std::uint8_t> pixels;     // width * height, row-major, 0 = black
};

GrayImage read_png_gray(const std::vector<std::uint8_t>& png);   // throws std::runtime_error

// Every QR symbol zbar finds, as bytes. binary = true sets ZBAR_CFG_BINARY (no charset conversion).
std::vector<std::string> decode_qr(const GrayImage& image, bool binary);

} // namespace mbtest
