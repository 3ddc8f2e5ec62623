// app/cli/cli.cpp — builds the command tree and runs the chosen subcommand.
#include "app/cli/cli.hpp"

#include <iostream>

#include "app/cli/common.hpp"
#include "app/cli/sync_commands.hpp"

namespace mb::cli {

int run(int argc, char** argv) {
    CLI::App root{"Matchbooth — touchscreen check-in and live mentor matching for mentoring mixers.\n"
                  "Without a subcommand, opens the kiosk.",
                  "matchbooth"};
    root.set_version_flag("--version", "matchbooth " MATCHBOOTH_VERSION);
    root.require_subcommand(0, 1);
    int exit_code = 0;
    add_store_commands(root, exit_code);
    add_match_commands(root, exit_code);
    add_ui_commands(root, exit_code);
    add_contact_commands(root, exit_code);
    add_config_commands(root, exit_code);
    add_sync_commands(root, exit_code);
    try {
        root.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return root.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return root.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return root.exit(e);
    } catch (const CLI::ParseError& e) {
        // One clear line, and where to look for the rest.
        std::cerr << "matchbooth: " << e.what() << " (try --help)\n";
        return 2;
    }
    if (root.get_subcommands().empty()) {
        // No subcommand: the kiosk with its defaults, as "matchbooth kiosk" would.
        const char* kiosk_argv[] = {argv[0], "kiosk"};
        return run(2, const_cast<char**>(kiosk_argv));
    }
    return exit_code;
}

} // namespace mb::cli
