// tests/app/kiosk_driver.cpp — runs the real kiosk (run_kiosk) on a SQLite file without the lead's CLI, and
// renders the screenshot gallery. A development and test tool; the product's entry point is
// `matchbooth kiosk`.
//
//   kiosk_driver --db FILE [--demo] [--fullscreen] [--monitor N] [--width W --height H] [--idle-timeout S]
//                [--screen NAME] [--screenshot PNG --after-frames N --after-seconds S]
//   kiosk_driver --gallery DIR [--width W --height H]     one PNG per fixture screen, each on a fresh demo db
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

#include "app/kiosk_app.hpp"
#include "app/kiosk_fixtures.hpp"
#include "core/io/demo.hpp"
#include "core/store/sqlite_store.hpp"

namespace {

int run_one(mb::KioskOptions options) {
    auto store = mb::open_sqlite_store(options.db);
    if (options.demo && store->attendee_count() == 0) mb::generate_demo_event(*store, {});
    return mb::run_kiosk(options, *store);
}

int gallery(const std::filesystem::path& dir, mb::KioskOptions base) {
    std::filesystem::create_directories(dir);
    int failures = 0;
    for (std::string_view name : mb::app::fixture_names()) {
        const std::filesystem::path db = dir / ".gallery.db";
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
        mb::KioskOptions o = base;
        o.db = db;
        o.demo = true;
        o.screen = std::string(name);
        o.screenshot_png = (dir / (std::string(name) + ".png")).string();
        o.after_frames = 3;
        const int rc = run_one(o);
        std::cout << (rc == 0 ? "wrote " : "FAILED ") << o.screenshot_png << "\n";
        failures += rc != 0;
        if (rc == mb::kKioskExitNoDisplay) return rc;
    }
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove((dir / ".gallery.db").string() + suffix);
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"Run the Matchbooth kiosk without the main CLI (development and tests)"};
    mb::KioskOptions o;
    std::string db = "kiosk-driver.db";
    std::string gallery_dir;
    app.add_option("--db", db, "SQLite database");
    app.add_flag("--demo", o.demo, "create a demo event if the database is empty");
    app.add_flag("--fullscreen", o.fullscreen);
    app.add_option("--monitor", o.monitor);
    app.add_option("--width", o.width);
    app.add_option("--height", o.height);
    app.add_option("--idle-timeout", o.idle_timeout_s);
    app.add_option("--screen", o.screen, "start on a fixture screen (needs --demo)");
    app.add_option("--screenshot", o.screenshot_png);
    app.add_option("--after-frames", o.after_frames);
    app.add_option("--after-seconds", o.after_seconds);
    app.add_option("--gallery", gallery_dir, "write one screenshot per screen into this folder");
    CLI11_PARSE(app, argc, argv);
    try {
        if (!gallery_dir.empty()) return gallery(gallery_dir, o);
        o.db = db;
        return run_one(o);
    } catch (const std::exception& e) {
        std::cerr << "kiosk_driver: " << e.what() << "\n";
        return 1;
    }
}
