// app/cli/secrets.hpp — keeping the database password out of sight of other local users.
//
// A command line is public on Linux: every user sees it in ps and /proc/PID/cmdline, and a systemd unit's
// ExecStart lands in the journal. So the event server's password belongs in a libpq passfile (~/.pgpass, or
// PGPASSFILE / the passfile= keyword), in PGPASSWORD, or in a config file only the service can read.
//  - A --db address with a password still works (scripts that have one keep working), with one warning line
//    that names neither the password nor the address.
//  - A config file that holds such an address must not be readable (or writable) by every local user:
//    0600, or 0640 owned by root and the service's group. Otherwise the command refuses to run, saying how
//    to fix it, before it uses the password.
#pragma once

#include <optional>
#include <ostream>
#include <string>

namespace mb::cli {

// Prints one warning line to err for each --db argument in argv that carries a password.
void warn_about_passwords_in_arguments(int argc, char** argv, std::ostream& err);

// The config file this command line reads (--config FILE, else $MATCHBOOTH_CONFIG), if any.
std::optional<std::string> config_file_named(int argc, char** argv);

// "" when path is fine to read; otherwise the sentence refusing it: it holds a database address with a
// password and other users may read or change it. A file that cannot be read gives "" (the parser says so).
std::string config_file_refusal(const std::string& path);

} // namespace mb::cli
