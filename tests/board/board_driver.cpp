// tests/board/board_driver.cpp — runs the real board (run_board) on a SQLite file without the lead's CLI, and
// writes the screenshot gallery. A development and test tool; the product's entry point is `matchbooth board`.
//
//   board_driver --db FILE [--demo N [--checked-in P]] [--fullscreen] [--monitor K] [--width W --height H]
//                [--screenshot PNG --after-frames N --after-seconds S]
//   board_driver --kiosk --db FILE --board-monitor K [--board-screenshot PNG] [--screenshot PNG --after-seconds S]
//                the kiosk with the board as its second window (what `matchbooth kiosk --board-monitor K` runs)
//   board_driver --gallery DIR [--width W --height H]
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/board/board_app.hpp"
#include "app/kiosk_app.hpp"
#include "core/io/demo.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/board/board_gallery.hpp"

int main(int argc, char** argv) {
    CLI::App app{"Run the Matchbooth board without the main CLI (development and tests)"};
    mb::BoardAppOptions o;
    std::string db = "board-driver.db";
    std::string gallery_dir;
    int demo = 0;
    int checked_in = 0;
    app.add_option("--db", db, "SQLite database");
    app.add_option("--demo", demo, "create this many demo attendees if the database is empty");
    app.add_option("--checked-in", checked_in, "percent of the demo attendees checked in");
    app.add_flag("--fullscreen", o.fullscreen);
    app.add_option("--monitor", o.monitor);
    app.add_option("--width", o.width);
    app.add_option("--height", o.height);
    app.add_option("--screenshot", o.screenshot_png);
    app.add_option("--after-frames", o.after_frames);
    app.add_option("--after-seconds", o.after_seconds);
    app.add_option("--gallery", gallery_dir, "write the review pictures into this folder");
    bool kiosk = false;
    mb::KioskOptions k;
    app.add_flag("--kiosk", kiosk, "run the kiosk with the board as its second window");
    app.add_option("--board-monitor", k.board.monitor, "--kiosk: the board window's monitor");
    app.add_option("--board-screenshot", k.board.screenshot_png, "--kiosk: write the board window's picture");
    CLI11_PARSE(app, argc, argv);
    try {
        if (!gallery_dir.empty()) return mb::test::write_board_gallery(gallery_dir, o.width, o.height);
        auto store = mb::open_sqlite_store(db);
        if (demo > 0 && store->attendee_count() == 0) {
            mb::DemoOptions d;
            d.attendees = demo;
            d.checked_in_percent = checked_in;
            mb::generate_demo_event(*store, d);
        }
        if (!kiosk) return mb::run_board(o, *store);
        k.db = db;
        k.fullscreen = o.fullscreen;
        k.monitor = o.monitor;
        k.width = o.width;
        k.height = o.height;
        k.screenshot_png = o.screenshot_png;
        k.after_frames = o.after_frames;
        k.after_seconds = o.after_seconds;
        return mb::run_kiosk(k, *store);
    } catch (const std::exception& e) {
        std::cerr << "board_driver: " << e.what() << "\n";
        return 1;
    }
}
