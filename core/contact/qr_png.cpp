// core/contact/qr_png.cpp — see qr_png.hpp.
#include "core/contact/qr_png.hpp"

#include <png.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include "core/util/files.hpp"

namespace mb {

namespace {

std::vector<std::uint8_t> scaled_pixels(const QrMatrix& m, int scale) {
    const auto s = static_cast<std::size_t>(scale);
    const auto side = static_cast<std::size_t>(m.side());
    const std::size_t width = side * s;
    std::vector<std::uint8_t> pixels(width * width);
    for (std::size_t y = 0; y < width; ++y) {
        for (std::size_t x = 0; x < width; ++x) {
            pixels[y * width + x] = m.dark[(y / s) * side + (x / s)] ? 0 : 255;
        }
    }
    return pixels;
}

} // namespace

std::vector<std::uint8_t> qr_png(const QrMatrix& matrix, int scale) {
    if (scale < 1 || scale > kMaxQrPngScale) {
        throw std::invalid_argument("PNG scale must be 1.." + std::to_string(kMaxQrPngScale) +
                                    " pixels per module, got " + std::to_string(scale));
    }
    if (matrix.side() <= 0) throw std::invalid_argument("cannot write an empty QR code as PNG");
    if (matrix.side() * scale > kMaxQrPngSide) {
        throw std::invalid_argument("a " + std::to_string(matrix.side()) + "-module QR code at scale " +
                                    std::to_string(scale) + " would exceed " + std::to_string(kMaxQrPngSide) +
                                    " pixels; use a smaller scale");
    }
    const std::vector<std::uint8_t> pixels = scaled_pixels(matrix, scale);
    const auto width = static_cast<png_uint_32>(matrix.side() * scale);

    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    image.width = width;
    image.height = width;
    image.format = PNG_FORMAT_GRAY;

    png_alloc_size_t size = 0;                          // first call: ask for the size
    if (!png_image_write_to_memory(&image, nullptr, &size, 0, pixels.data(), 0, nullptr)) {
        throw std::runtime_error(std::string("libpng could not size the PNG: ") + image.message);
    }
    std::vector<std::uint8_t> out(size);
    if (!png_image_write_to_memory(&image, out.data(), &size, 0, pixels.data(), 0, nullptr)) {
        const std::string why = image.message;
        png_image_free(&image);
        throw std::runtime_error("libpng could not write the PNG: " + why);
    }
    out.resize(size);
    return out;
}

void write_qr_png(const std::string& path, const QrMatrix& matrix, int scale) {
    const std::vector<std::uint8_t> bytes = qr_png(matrix, scale);
    // The code holds contact details: owner-only, like every other file of personal data we write.
    write_file_atomically(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()),
                          FileAccess::Private);
}

} // namespace mb
