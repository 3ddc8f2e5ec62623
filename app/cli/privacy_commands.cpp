// app/cli/privacy_commands.cpp — erase: one person's data out of the event, on request.
//
//   matchbooth erase --db PATH --attendee ID
// Blanks the profile, removes likes/declines and live suggestions, keeps the check-in log anonymous
// (core/privacy/erase.hpp); on a SQLite file it then scrubs freed pages and the WAL (secure_delete,
// checkpoint, VACUUM). The confirmation line names the id only: terminals and shell logs are not the place
// for the name that was just erased.
#include <iostream>

#include "app/cli/common.hpp"
#include "core/privacy/erase.hpp"
#include "core/store/open_store.hpp"

namespace mb::cli {

namespace {

struct EraseArgs {
    std::string db;
    std::int64_t attendee = 0;
};

int run_erase(const EraseArgs& a) {
    EraseReport r;
    {
        auto store = open_store(a.db);
        r = erase_attendee(*store, a.attendee);
    }                                                         // closed: the scrub needs the file to itself
    const bool sqlite = !is_server_address(a.db);
    if (sqlite) scrub_sqlite_file(a.db);
    std::cout << "erased attendee " << a.attendee << ": profile blanked"
              << (r.was_present ? ", checked out" : "") << ", " << r.preferences_removed << " likes/declines removed, "
              << r.suggestions_withdrawn << " suggestions withdrawn; the check-in log keeps an anonymous row"
              << (sqlite ? "; database file scrubbed (secure_delete, WAL checkpoint, VACUUM)"
                         : "; on PostgreSQL run VACUUM FULL attendees, preferences to reclaim the old row versions")
              << "\n";
    return 0;
}

} // namespace

void add_privacy_commands(CLI::App& root, int& exit_code) {
    auto args = std::make_shared<EraseArgs>();
    CLI::App* erase = root.add_subcommand(
        "erase", "Erase one attendee on request: profile, contact details, likes/declines and suggestions;\n"
                 "the check-in log keeps an anonymous row so counts stay true. Stop the event's kiosks first\n"
                 "(a SQLite file is then scrubbed so the erased data is not left in it or its WAL).");
    add_db_option(*erase, args->db);
    erase->add_option("--attendee", args->attendee, "Attendee id (matchbooth export attendees lists them)")->required();
    erase->callback([args, &exit_code] { exit_code = guarded([&] { return run_erase(*args); }); });
}

} // namespace mb::cli
