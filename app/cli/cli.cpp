// app/cli/cli.cpp — builds the command tree and runs the chosen subcommand.
#include "app/cli/cli.hpp"

#include <iostream>
#include <vector>

#include "app/cli/common.hpp"
#include "app/cli/config_file.hpp"
#include "app/cli/secrets.hpp"
#include "app/cli/sync_commands.hpp"
#include "app/cli/version.hpp"

namespace mb::cli {

int run(int argc, char** argv) {
    CLI::App root{"Matchbooth — touchscreen check-in and live mentor matching for mentoring mixers.\n"
                  "Without a subcommand, opens the kiosk.",
                  "matchbooth"};
    root.set_version_flag("--version", [] { return version_text(); },
                          "Print the version, git commit and library versions, then exit");
    root.require_subcommand(0, 1);
    int exit_code = 0;
    add_store_commands(root, exit_code);
    add_match_commands(root, exit_code);
    add_ui_commands(root, exit_code);
    add_contact_commands(root, exit_code);
    add_config_commands(root, exit_code);
    add_privacy_commands(root, exit_code);
    add_sync_commands(root, exit_code);
    add_config_file_option(root);   // last: it matches the file's keys against every subcommand above
    // Before parsing: the parse runs the subcommand, which would already use a password found here.
    if (const auto config = config_file_named(argc, argv)) {
        if (const std::string refusal = config_file_refusal(*config); !refusal.empty()) {
            std::cerr << "matchbooth: " << refusal << "\n";
            return 2;
        }
    }
    warn_about_passwords_in_arguments(argc, argv, std::cerr);
    try {
        root.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return root.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return root.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return root.exit(e);
    } catch (const CLI::ConfigError& e) {
        std::cerr << "matchbooth: config file " << root.get_config_ptr()->as<std::string>() << ": " << e.what()
                  << " (keys are long option names without --; see man matchbooth, FILES)\n";
        return 2;
    } catch (const CLI::ParseError& e) {
        // One clear line, and where to look for the rest.
        std::cerr << "matchbooth: " << e.what() << " (try --help)\n";
        return 2;
    }
    if (root.get_subcommands().empty()) {
        // No subcommand: the kiosk with its defaults, as "matchbooth kiosk" would (keeping --config).
        std::vector<char*> kiosk_argv(argv, argv + argc);
        kiosk_argv.push_back(const_cast<char*>("kiosk"));
        return run(static_cast<int>(kiosk_argv.size()), kiosk_argv.data());
    }
    return exit_code;
}

} // namespace mb::cli
