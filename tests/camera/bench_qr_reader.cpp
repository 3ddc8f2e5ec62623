// tests/camera/bench_qr_reader.cpp — what reading one webcam frame costs the scanner thread, and how small,
// blurred or faint a ticket QR may be before zbar loses it (synthetic 640x480 frames; printed, never asserted;
// not run by CTest). Run: build/default/tests/camera/camera_qr_bench
#include <chrono>
#include <cstdio>

#include "core/camera/grey_frame.hpp"
#include "core/camera/qr_reader.hpp"
#include "frame_synth.hpp"

using namespace mb::camera;

namespace {

constexpr const char* kSecret = "yr3azpb4k3ds8gc6pwnzy9ncss5fhvs7";   // pretix: 32 characters, a 29x29 QR at M

GreyFrame grey_of(const mbtest::YuyvFrame& f) {
    GreyFrame g;
    grey_from_yuyv(f.bytes.data(), f.bytes.size(), f.width, f.height, f.stride, g);
    return g;
}

double ms_per_read(QrReader& reader, const GreyFrame& g, int runs) {
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < runs; ++i) reader.read(g);
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / runs;
}

} // namespace

int main() {
    QrReader reader;
    mbtest::Look look;
    look.noise = 6;
    const GreyFrame with_code = grey_of(mbtest::ticket_frame(kSecret, look));
    const GreyFrame clutter = grey_of(mbtest::clutter_frame(7));
    std::printf("zbar on 640x480: %.1f ms a frame with a ticket QR, %.1f ms a frame without\n",
                ms_per_read(reader, with_code, 30), ms_per_read(reader, clutter, 30));

    std::printf("\nread (1) or lost (0), by pixels per module and 3x3 blur passes (noise +-8, upright | 35 deg):\n");
    std::printf("px/module  blur0  blur1  blur2  blur4\n");
    for (const double px : {1.6, 2.0, 2.5, 3.0, 4.0, 6.0}) {
        std::printf("%9.1f", px);
        for (const int blur : {0, 1, 2, 4}) {
            std::size_t found[2] = {0, 0};
            for (int tilt = 0; tilt < 2; ++tilt) {
                mbtest::Look l;
                l.module_px = px;
                l.blur_passes = blur;
                l.angle_deg = tilt ? 35 : 0;
                l.noise = 8;
                found[tilt] = reader.read(grey_of(mbtest::ticket_frame(kSecret, l))).size();
            }
            std::printf("   %zu|%zu", found[0], found[1]);
        }
        std::printf("\n");
    }
    std::printf("\nlowest contrast read at 6 px/module, blur 1 (light - dark, of 255):");
    for (const int contrast : {20, 30, 40, 50, 60, 80}) {
        mbtest::Look l;
        l.module_px = 6;
        l.dark = 128 - contrast / 2;
        l.light = 128 + contrast / 2;
        l.backdrop = 120;
        l.blur_passes = 1;
        l.noise = 6;
        std::printf(" %d:%zu", contrast, reader.read(grey_of(mbtest::ticket_frame(kSecret, l))).size());
    }
    std::printf("\n");
}
