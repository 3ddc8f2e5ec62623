// app/cli/cli.hpp — the command line: one binary, subcommands, --help on each.
//
// Exit codes: 0 success; 1 the command ran but failed (store, file, input errors: one line on stderr);
// 2 the command line itself was wrong.
#pragma once

namespace mb::cli {

int run(int argc, char** argv);

} // namespace mb::cli
