// core/camera/qr_reader.hpp — the QR codes in a grey frame, read with libzbar.
//
// One reader per thread (zbar's image scanner keeps state between calls and is not thread-safe). Only QR is
// enabled: a webcam pointed at a queue sees packaging, posters and shirts, and zbar's 1-D decoders find
// false "barcodes" in them; tickets from pretix, Hi.Events and Eventbrite phones/PDFs carry a QR code.
// zbar's cache (which would repeat nothing until a code leaves the picture) stays off: the caller decides
// what counts as a repeat (repeat_filter.hpp), by time.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/camera/grey_frame.hpp"

namespace mb::camera {

struct QrReaderOptions {
    bool binary = false;     // true: bytes exactly as encoded (ZBAR_CFG_BINARY); false: zbar's text conversion
};

class QrReader {
public:
    explicit QrReader(QrReaderOptions options = {});
    ~QrReader();
    QrReader(const QrReader&) = delete;
    QrReader& operator=(const QrReader&) = delete;

    // Every QR symbol zbar finds, in zbar's order; empty when there is none (or the frame is empty).
    std::vector<std::string> read(const GreyFrame& frame);

private:
    struct Zbar;
    std::unique_ptr<Zbar> zbar_;
};

} // namespace mb::camera
