// tests/contact/qr_decode.cpp — see qr_decode.hpp.
#include "qr_decode.hpp"

#include <png.h>
#include <zbar.h>

#include <cstring>
#include <memory>
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
    using namespace zbar;   // zbar.h declares its C API inside namespace zbar when compiled as C++
    const auto scanner = std::unique_ptr<zbar_image_scanner_t, void (*)(zbar_image_scanner_t*)>(
        zbar_image_scanner_create(), zbar_image_scanner_destroy);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    if (binary) zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_BINARY, 1);

    const auto img = std::unique_ptr<zbar_image_t, void (*)(zbar_image_t*)>(zbar_image_create(), zbar_image_destroy);
    zbar_image_set_format(img.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(img.get(), static_cast<unsigned>(image.width), static_cast<unsigned>(image.height));
    zbar_image_set_data(img.get(), image.pixels.data(), image.pixels.size(), nullptr);   // borrowed, not freed

    std::vector<std::string> out;
    if (zbar_scan_image(scanner.get(), img.get()) <= 0) return out;
    for (const zbar_symbol_t* s = zbar_image_first_symbol(img.get()); s; s = zbar_symbol_next(s)) {
        out.emplace_back(zbar_symbol_get_data(s), zbar_symbol_get_data_length(s));
    }
    return out;
}

} // namespace mbtest
