// app/cli/ui_commands.cpp — kiosk and board: the subcommands that open windows.
#include <memory>

#include "app/board/board_app.hpp"
#include "app/cli/common.hpp"
#include "app/kiosk_app.hpp"
#include "core/io/demo.hpp"
#include "core/privacy/erase.hpp"
#include "core/store/open_store.hpp"
#include "core/store/sqlite_store.hpp"
#include "core/sync/outbox_file.hpp"
#include "core/sync/outbox_store.hpp"

namespace mb::cli {

namespace {

struct KioskArgs {
    std::string db;
    std::string outbox;                   // a kiosk of several: its offline outbox ("" = the default place)
    KioskOptions options;
};

struct BoardArgs {
    std::string db;
    BoardAppOptions options;
};

// A kiosk on an event server keeps working when the server is away: it opens the server through an outbox
// (core/sync) that acknowledges check-ins locally and delivers them later, and tells the organizer.
std::unique_ptr<Store> open_kiosk_store(KioskArgs& a) {
    if (!is_server_address(a.db)) {
        a.options.db = a.db;
        // After an organizer's erase the freed bytes are overwritten at once (core/privacy/erase.hpp). The
        // kiosk's own idle connection does not block that; a board reading at that moment can.
        a.options.scrub_after_erase = [path = a.db]() -> std::string {
            try {
                scrub_sqlite_file(path, 3000);
                return {};
            } catch (const std::exception& e) {
                return std::string("old copies may still be in the database file (") + e.what() + ").";
            }
        };
        return open_store(a.db);
    }
    const std::filesystem::path file = a.outbox.empty() ? sync::default_outbox_path(a.db) : std::filesystem::path(a.outbox);
    auto outbox = open_outbox_store([db = a.db] { return open_store(db); }, {file});
    a.options.link_notice = [status = outbox.get()] { return outbox_notice(status->status()); };
    a.options.db = default_database_path();   // exports go to the usual data folder, not next to a URI
    return outbox;
}

int run_kiosk_command(KioskArgs& a) {
    auto store = open_kiosk_store(a);
    // --demo on a fresh database creates the demo event once; later runs keep it (and its check-ins).
    if (a.options.demo && store->attendee_count() == 0) {
        try {
            generate_demo_event(*store, {});
        } catch (const StoreError& e) {
            if (e.kind != StoreErrorKind::Unreachable) throw;
            throw StoreError("--demo writes the demo event to the event server, which cannot be reached now (" +
                                 std::string(e.what()) + ")",
                             e.kind);
        }
    }
    return run_kiosk(a.options, *store);
}

int run_board_command(const BoardArgs& a) {
    auto store = open_store(a.db);
    return run_board(a.options, *store);
}

void add_board_command(CLI::App& root, int& exit_code) {
    auto args = std::make_shared<BoardArgs>();
    BoardAppOptions& o = args->options;
    CLI::App* board = root.add_subcommand("board", "Show the live match board (projector); shares the database with kiosks");
    add_db_option(*board, args->db);
    board->add_flag("--fullscreen", o.fullscreen, "Borderless fullscreen, cursor hidden");
    board->add_option("--monitor", o.monitor, "Monitor for --fullscreen (0 = primary)")->check(CLI::Range(0, 16));
    board->add_option("--width", o.width, "Window width (windowed)")->capture_default_str()->check(CLI::Range(640, 7680));
    board->add_option("--height", o.height, "Window height (windowed)")->capture_default_str()->check(CLI::Range(480, 4320));
    board->add_option("--screenshot", o.screenshot_png, "Write a PNG of the window, then exit");
    board->add_option("--after-frames", o.after_frames, "Screenshot after this many frames")->check(CLI::Range(0, 100000));
    board->add_option("--after-seconds", o.after_seconds, "Screenshot after this many seconds")->check(CLI::Range(0.0, 3600.0));
    board->callback([args, &exit_code] { exit_code = guarded([&] { return run_board_command(*args); }); });
}

} // namespace

void add_ui_commands(CLI::App& root, int& exit_code) {
    auto args = std::make_shared<KioskArgs>();
    KioskOptions& o = args->options;
    CLI::App* kiosk = root.add_subcommand("kiosk", "Open the check-in kiosk (touchscreen)");
    add_db_option(*kiosk, args->db);
    kiosk->add_option("--outbox", args->outbox,
                      "With a server --db: where check-ins wait while the server is away (default: next to the "
                      "default database, named after the server)");
    kiosk->add_flag("--demo", o.demo, "Create a demo event if the database has no attendees");
    kiosk->add_flag("--fullscreen", o.fullscreen, "Borderless fullscreen, cursor hidden");
    kiosk->add_option("--monitor", o.monitor, "Monitor for --fullscreen (0 = primary)")->check(CLI::Range(0, 16));
    kiosk->add_option("--width", o.width, "Window width (windowed)")->capture_default_str()->check(CLI::Range(640, 7680));
    kiosk->add_option("--height", o.height, "Window height (windowed)")->capture_default_str()->check(CLI::Range(480, 4320));
    kiosk->add_option("--idle-timeout", o.idle_timeout_s, "Seconds before an unattended form starts over (0 = event setting)")
        ->check(CLI::Range(0, 600));
    kiosk->add_option("--board-monitor", o.board.monitor, "Also show the live board, fullscreen on this monitor")
        ->check(CLI::Range(0, 16));
    kiosk->add_option("--camera", o.camera,
                      "Scan ticket QR codes with a webcam: auto (the first one found), off, or a device such as "
                      "/dev/video0")
        ->capture_default_str()
        ->check([](const std::string& v) {
            return v == "auto" || v == "off" || v.rfind("/dev/", 0) == 0 ? std::string()
                                                                          : std::string("auto, off or a /dev/ path");
        });
    kiosk->add_option("--screen", o.screen, "Start on a review screen, e.g. find, register, done (needs --demo)");
    kiosk->add_option("--screenshot", o.screenshot_png, "Write a PNG of the window, then exit");
    kiosk->add_option("--after-frames", o.after_frames, "Screenshot after this many frames")->check(CLI::Range(0, 100000));
    kiosk->add_option("--after-seconds", o.after_seconds, "Screenshot after this many seconds")->check(CLI::Range(0.0, 3600.0));
    kiosk->callback([args, &exit_code] { exit_code = guarded([&] { return run_kiosk_command(*args); }); });
    add_board_command(root, exit_code);
}

} // namespace mb::cli
