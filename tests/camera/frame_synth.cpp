// tests/camera/frame_synth.cpp — see frame_synth.hpp.
#include "frame_synth.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/contact/qr_code.hpp"

namespace mbtest {

namespace {

using Plane = std::vector<double>;   // width * height luminance, 0..255

struct Rng {                          // a small LCG: the same frames on every machine
    std::uint32_t state;
    int next(int spread) {            // uniform in [-spread, spread]
        state = state * 1664525u + 1013904223u;
        return static_cast<int>((state >> 8) % static_cast<std::uint32_t>(2 * spread + 1)) - spread;
    }
};

void box_blur(Plane& p, int w, int h) {
    Plane out(p.size());
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            double sum = 0;
            int n = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int xx = x + dx, yy = y + dy;
                    if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
                    sum += p[static_cast<std::size_t>(yy * w + xx)];
                    ++n;
                }
            }
            out[static_cast<std::size_t>(y * w + x)] = sum / n;
        }
    }
    p.swap(out);
}

YuyvFrame pack(const Plane& p, int w, int h, int noise, unsigned seed, std::size_t pad) {
    YuyvFrame f;
    f.width = w;
    f.height = h;
    f.stride = static_cast<std::size_t>(w) * 2 + pad;
    f.bytes.assign(f.stride * static_cast<std::size_t>(h), 0xEE);   // padding is junk, as in real buffers
    Rng rng{seed};
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const double v = p[static_cast<std::size_t>(y * w + x)] + (noise ? rng.next(noise) : 0);
            const std::size_t at = static_cast<std::size_t>(y) * f.stride + static_cast<std::size_t>(x) * 2;
            f.bytes[at] = static_cast<std::uint8_t>(std::clamp(std::lround(v), 0L, 255L));
            f.bytes[at + 1] = 128;                                     // U or V: no colour
        }
    }
    return f;
}

} // namespace

YuyvFrame ticket_frame(std::string_view payload, const Look& look, std::size_t pad) {
    constexpr int w = 640, h = 480;
    const mb::QrMatrix qr = mb::encode_qr(payload);
    const double half = qr.side() / 2.0;
    const double a = look.angle_deg * std::numbers::pi / 180.0;
    const double c = std::cos(a), s = std::sin(a);
    Plane p(static_cast<std::size_t>(w * h));
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            double sum = 0;
            for (const double oy : {0.25, 0.75}) {
                for (const double ox : {0.25, 0.75}) {
                    // Picture -> module coordinates: undo the rotation about the code's centre.
                    const double dx = x + ox - look.centre_x, dy = y + oy - look.centre_y;
                    const double u = (dx * c + dy * s) / look.module_px + half;
                    const double v = (-dx * s + dy * c) / look.module_px + half;
                    const int col = static_cast<int>(std::floor(u)), row = static_cast<int>(std::floor(v));
                    if (col < 0 || row < 0 || col >= qr.side() || row >= qr.side()) {
                        sum += look.backdrop + 20.0 * y / h;                 // a little uneven light
                    } else {
                        sum += qr.is_dark(col, row) ? look.dark : look.light;
                    }
                }
            }
            p[static_cast<std::size_t>(y * w + x)] = sum / 4;
        }
    }
    for (int i = 0; i < look.blur_passes; ++i) box_blur(p, w, h);
    return pack(p, w, h, look.noise, look.seed, pad);
}

YuyvFrame clutter_frame(unsigned seed) {
    constexpr int w = 640, h = 480;
    Plane p(static_cast<std::size_t>(w * h), 120);
    Rng rng{seed};
    for (int i = 0; i < 40; ++i) {                    // blocks of dark and light, like a shirt or a poster
        const int x0 = 320 + rng.next(320), y0 = 240 + rng.next(240);
        const int bw = 10 + std::abs(rng.next(80)), bh = 10 + std::abs(rng.next(60));
        const double shade = 128 + rng.next(120);
        for (int y = std::max(0, y0); y < std::min(h, y0 + bh); ++y)
            for (int x = std::max(0, x0); x < std::min(w, x0 + bw); ++x) p[static_cast<std::size_t>(y * w + x)] = shade;
    }
    for (int line = 0; line < 12; ++line) {           // printed text: short dark dashes on light rows
        const int y0 = 300 + line * 14;
        for (int y = y0; y < y0 + 8 && y < h; ++y)
            for (int x = 40; x < 600; ++x)
                p[static_cast<std::size_t>(y * w + x)] = ((x / 3 + line) % 5 < 2) ? 30 : 220;
    }
    box_blur(p, w, h);
    return pack(p, w, h, 10, seed, 0);
}

} // namespace mbtest
