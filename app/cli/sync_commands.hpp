// app/cli/sync_commands.hpp — `matchbooth sync`: deliver a kiosk's offline outbox to the event server now.
//
// The kiosk delivers by itself when the server comes back; this is for an organizer who wants to see the
// outbox emptied (or why it cannot be) before shutting a kiosk down, and for scripts.
#pragma once

#include <CLI/CLI.hpp>

#include <ostream>
#include <string>

namespace mb::cli {

struct SyncArgs {
    std::string db;                       // the event server (or SQLite file) the outbox belongs to
    std::string outbox;                   // the outbox file; "" = sync::default_outbox_path(db)
};

// Delivers what waits, prints one summary line to out (and the reason to err when something is left).
// 0: nothing left waiting; 1: something still waits (server unreachable, busy) or was refused.
int run_sync(const SyncArgs& args, std::ostream& out, std::ostream& err);

// Registration: add_sync_commands(root, exit_code) next to the others in cli.cpp.
void add_sync_commands(CLI::App& root, int& exit_code);

} // namespace mb::cli
