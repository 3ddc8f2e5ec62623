// app/cli/config_file.hpp — "--config FILE": settings for any subcommand from one file (the kiosk service's
// /etc/matchbooth/matchbooth.conf), with the command line overriding it.
//
// Format: CLI11's TOML subset, documented for organizers in packaging/matchbooth.conf.
//   key = value            the long option name without "--"; strings in double quotes; flags true/false
//   [kiosk]                keys below apply to that subcommand only ([config.set] for a nested one)
// Why the "shared keys" rule: CLI11 maps a key above any section to the root command, which has almost no
// options, so an organizer would have to repeat db = ... under [kiosk], [board], [checkin], ... Here a key
// above any section is given to EVERY subcommand that has that option; a [section] key wins over it.
// Unknown keys are an error (a typo such as "idle-timout" must not pass silently on a booth).
// Precedence: command line, then [section] key, then shared key, then the built-in default.
// Default file: $MATCHBOOTH_CONFIG when set (then it must exist), else none.
#pragma once

#include <CLI/CLI.hpp>

namespace mb::cli {

// Adds --config to root and installs the shared-keys reader. Call after every subcommand is added.
void add_config_file_option(CLI::App& root);

} // namespace mb::cli
