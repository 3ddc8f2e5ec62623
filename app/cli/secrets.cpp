// app/cli/secrets.cpp — see secrets.hpp.
#include "app/cli/secrets.hpp"

#include <sys/stat.h>

#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string_view>

#include "core/store/open_store.hpp"
#include "core/store/pg_policy.hpp"

namespace mb::cli {

namespace {

bool is_address_with_password(std::string_view value) {
    return is_server_address(value) && pg::has_password(value);
}

// The value of option `name` at argv[i] ("--name VALUE" or "--name=VALUE"), and how many arguments it took.
std::optional<std::string> option_value(int argc, char** argv, int& i, std::string_view name) {
    const std::string_view arg(argv[i]);
    if (arg == name && i + 1 < argc) return std::string(argv[++i]);
    if (arg.size() > name.size() && arg.starts_with(name) && arg[name.size()] == '=')
        return std::string(arg.substr(name.size() + 1));
    return std::nullopt;
}

std::string octal_mode(mode_t mode) {
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
    return text;
}

} // namespace

void warn_about_passwords_in_arguments(int argc, char** argv, std::ostream& err) {
    for (int i = 1; i < argc; ++i) {
        const auto value = option_value(argc, argv, i, "--db");
        if (value && is_address_with_password(*value))
            err << "matchbooth: warning: the --db address holds a password, which every user of this computer "
                   "can read in ps; put it in a passfile (~/.pgpass or PGPASSFILE, mode 0600) or PGPASSWORD and "
                   "leave it out of the address\n";
    }
}

std::optional<std::string> config_file_named(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (auto value = option_value(argc, argv, i, "--config")) return value;
    const char* env = std::getenv("MATCHBOOTH_CONFIG");
    if (env && *env) return std::string(env);
    return std::nullopt;
}

std::string config_file_refusal(const std::string& path) {
    struct stat st {};
    std::ifstream in(path);
    if (!in || ::stat(path.c_str(), &st) != 0) return "";
    // 0027: group may read (the service's group), nobody else may read, and only the owner may write.
    if ((st.st_mode & 0027) == 0) return "";
    bool password = false;
    try {
        for (const CLI::ConfigItem& item : CLI::ConfigTOML().from_config(in))
            for (const std::string& value : item.inputs) password = password || is_address_with_password(value);
    } catch (const CLI::ParseError&) {
        return "";                                   // a broken file: the real parse reports it
    }
    if (!password) return "";
    return "config file " + path + " holds a database password but other users of this computer can read or "
           "change it (mode " + octal_mode(st.st_mode) + "); run: chown root:matchbooth " + path + " && chmod 0640 " +
           path + " (or move the password to a passfile, ~/.pgpass or PGPASSFILE)";
}

} // namespace mb::cli
