// core/contact/qr_png.hpp — a QR code as a PNG image, every module a whole square of pixels.
//
// Library choice: libpng (Debian libpng-dev), through its "simplified" png_image API. It is the reference
// PNG codec, already on every desktop system (cairo, freetype and GLFW's users pull it in anyway), and the
// simplified API reports errors in a struct instead of longjmp, which would skip C++ destructors. stb's
// writer was the alternative; libpng compresses better and has a maintained security record in Debian.
// Output: 8-bit grayscale, 0 = dark, 255 = light, side() * scale pixels square (quiet zone included).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/contact/qr_code.hpp"

namespace mb {

inline constexpr int kMaxQrPngScale = 64;   // pixels per module; beyond this a file is just wasted bytes
inline constexpr int kMaxQrPngSide = 8192;  // pixels per image side (bounds memory: 64 MiB of gray)

// The PNG file bytes. Throws std::invalid_argument for scale outside 1..kMaxQrPngScale or an image side
// over kMaxQrPngSide, std::runtime_error if libpng fails.
std::vector<std::uint8_t> qr_png(const QrMatrix& matrix, int scale);

// Writes qr_png() to path (through a temporary file renamed into place, so a reader never sees half a
// file). Throws std::runtime_error naming the path on I/O failure.
void write_qr_png(const std::string& path, const QrMatrix& matrix, int scale);

} // namespace mb
