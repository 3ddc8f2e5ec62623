// app/cli/ui_commands.cpp — kiosk and board: the subcommands that open windows.
#include "app/cli/common.hpp"

namespace mb::cli {

void add_ui_commands(CLI::App& root, int& exit_code) {
    (void)root;
    (void)exit_code;
}

} // namespace mb::cli
