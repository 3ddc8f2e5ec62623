// tests/contact/qr_decode.cpp — see qr_decode.hpp.
#include "qr_decode.hpp"

#include "core/camera/qr_reader.hpp"

#include <png.h>

#include <cstring>
#include <stdexcept>

namespace mbtest {

GrayImage read_png_gray(const std::vector<std::uint8_t>& png) {
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, png.data(), png.size())) {
        throw std::runtime_error(std::string("not a PNG: ") + image.message);
    }
    image.format = PNG_FORMAT_GRAY;
    GrayImage out;
    out.width = static_cast<int>(image.width);
    out.height = static_cast<int>(image.height);
    out.pixels.resize(PNG_IMAGE_SIZE(image));
    if (!png_image_finish_read(&image, nullptr, out.pixels.data(), 0, nullptr)) {
        throw std::runtime_error(std::string("PNG read failed: ") + image.message);
    }
    return out;
}

std::vector<std::string> decode_qr(const GrayImage& image, bool binary) {
    mb::camera::QrReader reader({.binary = binary});
    return reader.read({image.width, image.height, image.pixels, {}});
}

} // namespace mbtest
