// core/camera/qr_reader.cpp — see qr_reader.hpp.
#include "core/camera/qr_reader.hpp"

#include <zbar.h>

#include <stdexcept>

namespace mb::camera {

using namespace zbar;   // zbar.h declares its C API inside namespace zbar when compiled as C++

struct QrReader::Zbar {
    zbar_image_scanner_t* scanner = nullptr;
    ~Zbar() {
        if (scanner) zbar_image_scanner_destroy(scanner);
    }
};

QrReader::QrReader(QrReaderOptions options) : zbar_(std::make_unique<Zbar>()) {
    zbar_->scanner = zbar_image_scanner_create();
    if (!zbar_->scanner) throw std::runtime_error("zbar: cannot create an image scanner");
    zbar_image_scanner_set_config(zbar_->scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(zbar_->scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    if (options.binary) zbar_image_scanner_set_config(zbar_->scanner, ZBAR_QRCODE, ZBAR_CFG_BINARY, 1);
}

QrReader::~QrReader() = default;

std::vector<std::string> QrReader::read(const GreyFrame& frame) {
    std::vector<std::string> out;
    if (frame.width <= 0 || frame.height <= 0 ||
        frame.pixels.size() < static_cast<std::size_t>(frame.width) * static_cast<std::size_t>(frame.height))
        return out;
    zbar_image_t* image = zbar_image_create();
    if (!image) return out;
    zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image, static_cast<unsigned>(frame.width), static_cast<unsigned>(frame.height));
    zbar_image_set_data(image, frame.pixels.data(), frame.pixels.size(), nullptr);   // borrowed, not freed
    if (zbar_scan_image(zbar_->scanner, image) > 0) {
        for (const zbar_symbol_t* s = zbar_image_first_symbol(image); s; s = zbar_symbol_next(s))
            out.emplace_back(zbar_symbol_get_data(s), zbar_symbol_get_data_length(s));
    }
    zbar_image_destroy(image);
    return out;
}

} // namespace mb::camera
