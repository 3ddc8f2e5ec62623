// tests/camera/test_qr_frames.cpp — ticket QR codes read from webcam-like YUYV frames, and frames with none.
//
// The payloads are real shapes: a pretix order position secret, a Hi.Events attendee Public ID, an Eventbrite
// barcode number. Each frame goes the product's way: YUYV bytes -> grey_from_yuyv -> QrReader.
#include <catch2/catch.hpp>

#include "core/camera/grey_frame.hpp"
#include "core/camera/qr_reader.hpp"
#include "frame_synth.hpp"

using namespace mb::camera;
using mbtest::Look;

namespace {

constexpr const char* kPretix = "yr3azpb4k3ds8gc6pwnzy9ncss5fhvs7";
constexpr const char* kHiEvents = "A-4KXJ2Q";
constexpr const char* kEventbrite = "1234567890123456789001";

std::vector<std::string> read_frame(const mbtest::YuyvFrame& f) {
    GreyFrame grey;
    REQUIRE(grey_from_yuyv(f.bytes.data(), f.bytes.size(), f.width, f.height, f.stride, grey));
    QrReader reader;
    return reader.read(grey);
}

} // namespace

TEST_CASE("camera frames: YUYV keeps the luminance bytes, row padding skipped", "[camera]") {
    const std::vector<std::uint8_t> yuyv = {10, 128, 20, 128, 0xEE, 0xEE,     // row 0: Y 10, 20 + 2 pad bytes
                                            30, 128, 40, 128, 0xEE, 0xEE};    // row 1
    GreyFrame g;
    REQUIRE(grey_from_yuyv(yuyv.data(), yuyv.size(), 2, 2, 6, g));
    CHECK(g.pixels == std::vector<std::uint8_t>{10, 20, 30, 40});
    CHECK_FALSE(grey_from_yuyv(yuyv.data(), yuyv.size() - 3, 2, 2, 6, g));   // a short buffer is refused
    CHECK_FALSE(grey_from_yuyv(yuyv.data(), yuyv.size(), 2, 2, 3, g));       // stride below 2 bytes a pixel
    const std::vector<std::uint8_t> grey = {1, 2, 9, 3, 4, 9};
    REQUIRE(grey_from_grey(grey.data(), grey.size(), 2, 2, 3, g));
    CHECK(g.pixels == std::vector<std::uint8_t>{1, 2, 3, 4});
}

TEST_CASE("camera frames: a ticket on a phone, held upright, is read", "[camera]") {
    Look look;
    look.module_px = 6;
    look.noise = 8;
    CHECK(read_frame(mbtest::ticket_frame(kPretix, look)) == std::vector<std::string>{kPretix});
    CHECK(read_frame(mbtest::ticket_frame(kPretix, look, 64)) == std::vector<std::string>{kPretix});   // padded rows
}

TEST_CASE("camera frames: tilted, out of focus, noisy and small codes are read", "[camera]") {
    struct Case {
        const char* what;
        const char* payload;
        Look look;
    };
    const Case cases[] = {
        {"printed badge, tilted 20 degrees, slightly blurred", kHiEvents,
         {.module_px = 5, .angle_deg = 20, .blur_passes = 1, .noise = 6}},
        {"phone held at an angle, far away (3 px a module), noisy", kHiEvents,
         {.module_px = 3.2, .angle_deg = -35, .centre_x = 250, .centre_y = 280, .blur_passes = 1, .noise = 10}},
        {"out of focus", kEventbrite, {.module_px = 7, .angle_deg = 8, .blur_passes = 3, .noise = 5}},
        {"sideways", kEventbrite, {.module_px = 5, .angle_deg = 97, .noise = 4}},
        {"low contrast: dim phone screen under hall lights", kPretix,
         {.module_px = 6, .angle_deg = 5, .dark = 100, .light = 155, .backdrop = 120, .blur_passes = 1,
          .noise = 6}},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        CHECK(read_frame(mbtest::ticket_frame(c.payload, c.look)) == std::vector<std::string>{c.payload});
    }
}

TEST_CASE("camera frames: a frame with no code reads nothing", "[camera]") {
    for (unsigned seed : {1u, 2u, 3u}) {
        INFO("seed " << seed);
        CHECK(read_frame(mbtest::clutter_frame(seed)).empty());
    }
    QrReader reader;
    CHECK(reader.read(GreyFrame{}).empty());                                   // an empty frame is no crash
    CHECK(reader.read(GreyFrame{640, 480, std::vector<std::uint8_t>(640 * 480, 255), {}}).empty());
}
