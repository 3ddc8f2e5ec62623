// app/kiosk_app.hpp — the kiosk program's entry point: open a window, run the kiosk on a store, return.
//
// The caller (app/cli) opens the store (and creates the demo event for --demo), then calls run_kiosk().
// Exit codes: 0 normal exit (window closed, organizer left kiosk mode, screenshot written); 1 a failure
// (one line on stderr); 3 no display (one line on stderr saying how to run under Xvfb).
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "app/board/board_window_options.hpp"
#include "app/platform/window.hpp"
#include "core/store/store.hpp"

namespace mb {

struct KioskOptions {
    std::filesystem::path db;              // the store's path: only for messages and the export default folder
    bool demo = false;                     // demo event: allows --screen fixtures (they write to the store)
    bool fullscreen = false;               // borderless fullscreen on `monitor`, cursor hidden
    int monitor = 0;                       // 0-based monitor index for fullscreen (clamped to what exists)
    int width = 1920;                      // windowed size in screen coordinates
    int height = 1080;
    int idle_timeout_s = 0;                // 0 = from the store setting (default 60 s)
    std::string screen;                    // "" or a fixture name (see app/kiosk_fixtures.hpp); needs demo
    std::string screenshot_png;            // "" or a PNG path: write the framebuffer there, then exit
    int after_frames = 0;                  // screenshot after this many drawn frames (0 = unused)
    double after_seconds = 0;              // ... or after this many seconds (0 = unused); both: whichever is later
    std::string camera = "auto";           // ticket QR codes by webcam: "auto", "off" or a /dev/videoN path
    board::BoardWindowOptions board;       // --board-monitor K: the live board as a second window (app/board)
    std::function<std::string()> link_notice;   // a kiosk of several: the outbox's "Offline — 3 waiting to
                                                // sync" for the organizer (core/sync); empty for a local file
    std::function<std::string()> scrub_after_erase;   // a local SQLite file: scrub it after an organizer's erase
};

inline constexpr int kKioskExitNoDisplay = platform::kExitNoDisplay;

int run_kiosk(const KioskOptions& options, Store& store);

} // namespace mb
