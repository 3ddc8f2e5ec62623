// app/cli/config_file.cpp — see config_file.hpp.
#include "app/cli/config_file.hpp"

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace mb::cli {

namespace {

// The subcommand at path below root, or nullptr when there is none.
const CLI::App* find_subcommand(const CLI::App& root, const std::vector<std::string>& path) {
    const CLI::App* app = &root;
    for (const std::string& name : path) {
        const auto subs = app->get_subcommands([&](const CLI::App* s) { return s->get_name() == name; });
        if (subs.empty()) return nullptr;
        app = subs.front();
    }
    return app;
}

// Whether every subcommand on path was named on this command line (the file is read after the arguments).
bool selected(const CLI::App& root, const std::vector<std::string>& path) {
    for (std::size_t depth = 1; depth <= path.size(); ++depth) {
        const CLI::App* app = find_subcommand(root, {path.begin(), path.begin() + static_cast<long>(depth)});
        if (app == nullptr || app->count() == 0) return false;
    }
    return true;
}

bool has_option(const CLI::App& app, const std::string& name) {
    return app.get_option_no_throw("--" + name) != nullptr || app.get_option_no_throw(name) != nullptr;
}

// CLI11's TOML reader, plus two rules. (1) A key above any section goes to every subcommand that has it.
// (2) Only the subcommands named on this command line receive values: several subcommands bind their --db to
// one shared variable (app/cli/store_commands.cpp), so a value given to an unused one would leak into the used
// one. Keys for unused subcommands are still checked, so a typo fails whichever command is run.
class SharedKeysConfig : public CLI::ConfigTOML {
public:
    explicit SharedKeysConfig(const CLI::App& root) : root_(root) {}

    std::vector<CLI::ConfigItem> from_config(std::istream& input) const override {
        std::vector<CLI::ConfigItem> kept, shared;
        for (CLI::ConfigItem& item : CLI::ConfigTOML::from_config(input)) {
            if (item.name == "++" || item.name == "--") continue;   // section markers: only for configurable()
            if (item.parents.empty()) {
                if (spread(root_, {}, item, shared) == 0) kept.push_back(std::move(item));   // unknown: reported
                continue;
            }
            const CLI::App* app = find_subcommand(root_, item.parents);
            if (app == nullptr || !has_option(*app, item.name)) throw CLI::ConfigError::Extras(item.fullname());
            if (selected(root_, item.parents)) kept.push_back(std::move(item));
        }
        // After the section keys: CLI11 keeps the first value an option gets, so [section] keys win.
        kept.insert(kept.end(), shared.begin(), shared.end());
        return kept;
    }

private:
    // Copies item into each selected subcommand (at any depth) below app that has the option; returns how many
    // subcommands, selected or not, have it (0: the key is unknown).
    int spread(const CLI::App& app, const std::vector<std::string>& path, const CLI::ConfigItem& item,
               std::vector<CLI::ConfigItem>& out) const {
        int known = 0;
        for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_name().empty(); })) {
            std::vector<std::string> sub_path = path;
            sub_path.push_back(sub->get_name());
            if (has_option(*sub, item.name)) {
                ++known;
                if (selected(root_, sub_path)) {
                    CLI::ConfigItem copy = item;
                    copy.parents = sub_path;
                    out.push_back(std::move(copy));
                }
            }
            known += spread(*sub, sub_path, item, out);
        }
        return known;
    }

    const CLI::App& root_;   // the command tree the keys are matched against (outlives the parse)
};

} // namespace

void add_config_file_option(CLI::App& root) {
    const char* from_env = std::getenv("MATCHBOOTH_CONFIG");
    const bool env_set = from_env != nullptr && *from_env != '\0';
    root.set_config("--config", env_set ? from_env : "",
                    "Read option values from this file (default: $MATCHBOOTH_CONFIG); the command line wins",
                    env_set);   // named by the environment: it must exist, like one named on the command line
    root.config_formatter(std::make_shared<SharedKeysConfig>(root));
    root.allow_config_extras(CLI::config_extras_mode::error);
}

} // namespace mb::cli
