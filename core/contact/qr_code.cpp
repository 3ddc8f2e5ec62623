// core/contact/qr_code.cpp — see qr_code.hpp.
#include "core/contact/qr_code.hpp"

#include <qrencode.h>

#include <cerrno>
#include <memory>
#include <string>

namespace mb {

namespace {

struct InputFree {
    void operator()(QRinput* p) const { QRinput_free(p); }
};
struct CodeFree {
    void operator()(QRcode* p) const { QRcode_free(p); }
};
using InputPtr = std::unique_ptr<QRinput, InputFree>;
using CodePtr = std::unique_ptr<QRcode, CodeFree>;

QRecLevel to_qrencode(QrErrorCorrection level) {
    switch (level) {
    case QrErrorCorrection::L: return QR_ECLEVEL_L;
    case QrErrorCorrection::M: return QR_ECLEVEL_M;
    case QrErrorCorrection::Q: return QR_ECLEVEL_Q;
    case QrErrorCorrection::H: return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

void check_options(const QrOptions& o) {
    if (o.max_version < 1 || o.max_version > 40) {
        throw std::invalid_argument("QR max_version must be 1..40, got " + std::to_string(o.max_version));
    }
    if (o.quiet_zone < 0 || o.quiet_zone > 64) {
        throw std::invalid_argument("QR quiet zone must be 0..64 modules, got " + std::to_string(o.quiet_zone));
    }
    if (o.eci && *o.eci > 999999) throw std::invalid_argument("QR ECI designator must be 0..999999");
}

// Encodes at the smallest version libqrencode picks; nullptr with errno ERANGE when nothing up to 40 fits.
CodePtr encode_raw(std::string_view bytes, const QrOptions& o) {
    InputPtr input{QRinput_new2(0, to_qrencode(o.level))};
    if (!input) throw std::runtime_error("libqrencode could not allocate its input");
    if (o.eci && QRinput_appendECIheader(input.get(), *o.eci) != 0) {
        throw std::runtime_error("libqrencode refused the ECI header");
    }
    if (QRinput_append(input.get(), QR_MODE_8, static_cast<int>(bytes.size()),
                       reinterpret_cast<const unsigned char*>(bytes.data())) != 0) {
        throw std::runtime_error("libqrencode refused the payload");
    }
    errno = 0;
    CodePtr code{QRcode_encodeInput(input.get())};
    if (!code && errno != ERANGE) throw std::runtime_error("libqrencode failed to encode the QR code");
    return code;
}

bool fits(std::string_view bytes, const QrOptions& o) {
    const CodePtr code = encode_raw(bytes, o);
    return code && code->version <= o.max_version;
}

} // namespace

char qr_level_letter(QrErrorCorrection level) {
    constexpr char kLetters[] = {'L', 'M', 'Q', 'H'};
    return kLetters[static_cast<int>(level) & 3];
}

std::size_t qr_byte_capacity(const QrOptions& options) {
    check_options(options);
    // Binary search over payload length; 3000 bytes exceeds version 40-L (2953), the largest symbol.
    const std::string probe(3000, 'x');
    std::size_t lo = 0, hi = probe.size();             // fits(lo) holds (an empty payload always fits)
    while (lo < hi) {
        const std::size_t mid = (lo + hi + 1) / 2;
        if (fits(std::string_view(probe).substr(0, mid), options)) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}

QrMatrix encode_qr(std::string_view bytes, const QrOptions& options) {
    check_options(options);
    if (bytes.empty()) throw std::invalid_argument("a QR code needs at least one byte of payload");
    if (bytes.size() > 8000) {                          // far beyond version 40; do not even ask
        throw QrTooLarge(bytes.size(), qr_byte_capacity(options), "the payload is far too large for a QR code");
    }
    const CodePtr code = encode_raw(bytes, options);
    if (!code || code->version > options.max_version) {
        const std::size_t cap = qr_byte_capacity(options);
        throw QrTooLarge(bytes.size(), cap,
                         "the payload is " + std::to_string(bytes.size()) + " bytes but a QR code up to version " +
                             std::to_string(options.max_version) + " at error correction " +
                             qr_level_letter(options.level) + " holds at most " + std::to_string(cap));
    }

    QrMatrix m;
    m.version = code->version;
    m.level = options.level;
    m.symbol_size = code->width;
    m.quiet_zone = options.quiet_zone;
    const auto side = static_cast<std::size_t>(m.side());
    m.dark.assign(side * side, 0);
    const auto width = static_cast<std::size_t>(code->width);
    const auto q = static_cast<std::size_t>(m.quiet_zone);
    for (std::size_t y = 0; y < width; ++y) {
        for (std::size_t x = 0; x < width; ++x) {
            m.dark[(y + q) * side + (x + q)] = code->data[y * width + x] & 1u;   // bit 0: 1 = dark
        }
    }
    return m;
}

std::vector<std::uint8_t> qr_luminance(const QrMatrix& matrix) {
    std::vector<std::uint8_t> out(matrix.dark.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = matrix.dark[i] ? 0 : 255;
    return out;
}

int qr_pixels_per_module(const QrMatrix& matrix, int available_px) {
    if (matrix.side() <= 0 || available_px <= 0) return 0;
    return available_px / matrix.side();
}

} // namespace mb
