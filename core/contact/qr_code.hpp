// core/contact/qr_code.hpp — a QR code as a plain grid of modules, made with libqrencode.
//
// The grid INCLUDES the quiet zone: side() = symbol_size + 2 * quiet_zone, and module (0,0) is the top-left
// corner of the quiet zone. So the kiosk can upload qr_luminance() as a side() x side() single-channel
// texture as is (GL_R8, GL_UNPACK_ALIGNMENT 1, GL_NEAREST filtering, drawn at a whole number of pixels per
// module; row 0 is the TOP row, so flip v or the quad if the texture origin is bottom-left).
//
// Encoding: the whole payload in one 8-bit (byte) segment, no ECI designator unless QrOptions::eci is set
// (readers treat unmarked bytes as UTF-8 in practice; some old ones mishandle ECI), the smallest version
// that fits at the chosen error correction level, and never larger than QrOptions::max_version.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace mb {

enum class QrErrorCorrection : unsigned char { L, M, Q, H };   // ~7%, 15%, 25%, 30% of codewords recoverable
char qr_level_letter(QrErrorCorrection level);                 // 'L', 'M', 'Q', 'H'

struct QrOptions {
    QrErrorCorrection level = QrErrorCorrection::M;  // M: survives smudges and glare, still compact
    int max_version = 40;                            // 1..40; larger symbols are refused (QrTooLarge)
    int quiet_zone = 4;                              // light modules around the symbol; 4 is the spec minimum
    std::optional<unsigned> eci;                     // ECI designator (26 = UTF-8); none by default
};

struct QrMatrix {
    int version = 0;                                 // 1..40
    QrErrorCorrection level = QrErrorCorrection::M;  // as encoded
    int symbol_size = 0;                             // modules per side without quiet zone: 17 + 4 * version
    int quiet_zone = 0;                              // modules of light border on each side
    std::vector<std::uint8_t> dark;                  // side() * side(), row-major from the top-left, 1 = dark

    int side() const { return symbol_size + 2 * quiet_zone; }   // modules per side including quiet zone
    bool is_dark(int col, int row) const {                      // both 0..side()-1, quiet zone included
        return dark[static_cast<std::size_t>(row) * static_cast<std::size_t>(side()) +
                    static_cast<std::size_t>(col)] != 0;
    }
};

// The payload does not fit within max_version at the requested level.
struct QrTooLarge : std::runtime_error {
    QrTooLarge(std::size_t payload, std::size_t cap, const std::string& message)
        : std::runtime_error(message), payload_bytes(payload), capacity_bytes(cap) {}
    std::size_t payload_bytes;    // size of the refused payload
    std::size_t capacity_bytes;   // the most bytes that fit at max_version and this level (with the ECI header)
};

// Encodes bytes (any values, NUL included). Throws QrTooLarge if they do not fit, std::invalid_argument for
// options out of range, std::runtime_error if libqrencode fails otherwise (out of memory).
QrMatrix encode_qr(std::string_view bytes, const QrOptions& options = {});

// The most payload bytes that fit in one symbol with these options (found by asking libqrencode itself).
std::size_t qr_byte_capacity(const QrOptions& options);

// One byte per module, 0 = dark and 255 = light, row-major from the top-left, quiet zone included.
std::vector<std::uint8_t> qr_luminance(const QrMatrix& matrix);

// The largest whole number of pixels per module at which the code, quiet zone included, fits in
// available_px (the smaller side of the space on screen); 0 if not even one pixel per module fits.
// Drawing at exactly this size keeps every module the same width, which cameras need.
int qr_pixels_per_module(const QrMatrix& matrix, int available_px);

} // namespace mb
