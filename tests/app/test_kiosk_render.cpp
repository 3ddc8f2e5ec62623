// The real kiosk (GLFW window, OpenGL, shader, fonts) rendered under Xvfb: screenshots have the window's
// size and show a picture, not a blank or single-colour frame. Registered with CTest via xvfb-run.
#include <catch2/catch.hpp>

#include "app/kiosk_app.hpp"
#include "core/io/demo.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/app/png_check.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;

namespace {
test::PngFacts render(const std::string& screen, int width, int height) {
    test::TempDir dir;
    const auto db = dir / "render.db";
    auto store = open_sqlite_store(db);
    generate_demo_event(*store, {});
    KioskOptions o;
    o.db = db;
    o.demo = true;
    o.width = width;
    o.height = height;
    o.screen = screen;
    o.screenshot_png = (dir / "shot.png").string();
    o.after_frames = 3;
    REQUIRE(run_kiosk(o, *store) == 0);
    return test::png_facts(o.screenshot_png);
}
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
