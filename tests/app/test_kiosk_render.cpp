// The real kiosk (GLFW window, OpenGL, shader, fonts) rendered under Xvfb: screenshots have the window's
// size and show a picture, not a blank or single-colour frame. Registered with CTest via xvfb-run.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "app/kiosk_app.hpp"
#include "core/contact/contact_qr.hpp"
#include "core/io/demo.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/app/png_check.hpp"
#include "tests/contact/qr_decode.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;

namespace {
// Runs the kiosk on a fresh demo database, starting on `screen`, and keeps its screenshot and store.
struct Render {
    test::TempDir dir;                                                   // removed afterwards
    std::unique_ptr<Store> store = open_sqlite_store(dir / "render.db"); // the demo event the kiosk ran on
    std::string png = (dir / "shot.png").string();                       // the screenshot

    Render(const std::string& screen, int width, int height) {
        generate_demo_event(*store, {});
        KioskOptions o;
        o.db = dir / "render.db";
        o.demo = true;
        o.width = width;
        o.height = height;
        o.screen = screen;
        o.screenshot_png = png;
        o.after_frames = 3;
        REQUIRE(run_kiosk(o, *store) == 0);
    }
    test::PngFacts facts() const { return test::png_facts(png); }
};

test::PngFacts render(const std::string& screen, int width, int height) { return Render(screen, width, height).facts(); }
} // namespace

TEST_CASE("the attract screen renders the shader and the text at the window's size") {
    const test::PngFacts f = render("attract", 1920, 1080);
    REQUIRE(f.readable);
    CHECK(f.width == 1920);
    CHECK(f.height == 1080);
    CHECK(f.distinct_colors > 50);          // a gradient plus white text, not a clear colour
    CHECK(f.luminance_spread > 5.0);
}

TEST_CASE("a form screen renders with the keyboard at 1280x800") {
    const test::PngFacts f = render("register", 1280, 800);
    REQUIRE(f.readable);
    CHECK(f.width == 1280);
    CHECK(f.height == 800);
    CHECK(f.distinct_colors > 5);
    CHECK(f.luminance_spread > 10.0);       // dark text and key borders on a light background
}

TEST_CASE("without --demo a fixture screen is refused with a message, not drawn") {
    test::TempDir dir;
    auto store = open_sqlite_store(dir / "x.db");
    KioskOptions o;
    o.screen = "done";
    CHECK(run_kiosk(o, *store) == 1);
    CHECK(store->attendee_count() == 0);
}

TEST_CASE("the welcome screen's QR code scans back to exactly the consented contact card") {
    const Render r("done", 1920, 1080);
    const std::vector<AttendeeId> present = r.store->present();
    REQUIRE(present.size() == 1);                          // the fixture checked one person in
    const std::string expected = contact_qr(*r.store->attendee(present[0])).payload;

    std::ifstream in(r.png, std::ios::binary);
    const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::vector<std::string> decoded = mbtest::decode_qr(mbtest::read_png_gray(bytes), true);
    REQUIRE(decoded.size() == 1);
    CHECK(decoded[0] == expected);
}

TEST_CASE("with a match, the welcome screen shows two codes: the partner's consented card and the person's own") {
    const Render r("done-match", 1920, 1080);
    const std::vector<AttendeeId> present = r.store->present();
    REQUIRE(present.size() == 2);                          // the fixture's person and their best mentor
    std::vector<std::string> expected;
    for (AttendeeId id : present) expected.push_back(contact_qr(*r.store->attendee(id)).payload);

    std::ifstream in(r.png, std::ios::binary);
    const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> decoded = mbtest::decode_qr(mbtest::read_png_gray(bytes), true);
    std::sort(decoded.begin(), decoded.end());
    std::sort(expected.begin(), expected.end());
    CHECK(decoded == expected);                            // both scan, each exactly its owner's consented card
}
