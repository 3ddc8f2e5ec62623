// app/cli/match_commands.cpp — solve and pair (the matching engine's command-line faces).
#include "app/cli/common.hpp"

namespace mb::cli {

void add_match_commands(CLI::App& root, int& exit_code) {
    (void)root;
    (void)exit_code;
}

} // namespace mb::cli
