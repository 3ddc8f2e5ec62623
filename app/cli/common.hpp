// app/cli/common.hpp — what every subcommand shares: the --db option, opening the store, failing cleanly.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "core/store/store.hpp"

namespace mb::cli {

// Adds "--db PATH" (default: the embedded SQLite file under $XDG_DATA_HOME) to a subcommand.
void add_db_option(CLI::App& cmd, std::string& db);

// Opens the store named by --db, creating it if needed.
std::unique_ptr<Store> open_store(const std::string& db);

// Runs a subcommand body, turning exceptions into one "matchbooth: error: ..." line and exit code 1.
int guarded(const std::function<int()>& body);

// Writes text to path atomically and privately (0600): a temporary file in the same folder, then rename.
void write_private_file(const std::filesystem::path& path, const std::string& text);

// Subcommand registration. Each adds itself to root and sets *exit_code when it runs.
void add_store_commands(CLI::App& root, int& exit_code);   // import, export, checkin, demo
void add_match_commands(CLI::App& root, int& exit_code);   // solve, pair
void add_ui_commands(CLI::App& root, int& exit_code);      // kiosk, board
void add_contact_commands(CLI::App& root, int& exit_code); // card, badge
void add_config_commands(CLI::App& root, int& exit_code);  // config show / set / set-pin
void add_privacy_commands(CLI::App& root, int& exit_code); // erase, person-data, purge

} // namespace mb::cli
