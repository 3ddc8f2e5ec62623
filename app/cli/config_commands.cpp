// app/cli/config_commands.cpp — config: the event's settings and the organizer PIN, from a terminal.
//
//   matchbooth config show                    every setting (the PIN hash is shown as "set" or "not set")
//   matchbooth config set KEY VALUE           one of the known keys, validated
//   matchbooth config set-pin                 reads the PIN from standard input (never from the command
//                                             line, where other users could see it in the process list)
//   matchbooth config capacity --attendee ID N  the organizer's override of one mentor's mentees per table
//                                             (what the import or the kiosk's stepper said; 0 = event default)
#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <map>

#include "app/cli/common.hpp"
#include "core/kiosk/pin.hpp"
#include "core/kiosk/settings.hpp"
#include "core/privacy/purge.hpp"

namespace mb::cli {

namespace {

struct KnownSetting {
    const char* help;                     // shown by --help and on a bad key
    int min = 0, max = 0;                 // integer range; min == max == 0: free text
};

const std::map<std::string, KnownSetting>& known_settings() {
    static const std::map<std::string, KnownSetting> settings{
        {"event_name", {"event name on the attract screen, badges and the board"}},
        {"idle_timeout_s", {"seconds before an unattended form starts over", kiosk::kMinIdleTimeoutS, kiosk::kMaxIdleTimeoutS}},
        {"tables", {"tables for rounds (0 = one per pair)", 0, 10000}},
        {"round_minutes", {"length of a round in minutes", 1, 600}},
        {"mentor_capacity", {"mentees a mentor takes at one table unless their profile says (1 = pairs)", 1, kMaxMentorCapacity}},
        {"board_full_names", {"1: full names on the board; 0: first name + last initial", 0, 1}},
        {"retention_days", {"purge personal data this many days after the event's last check-in or round (0 = never)", 0, 3650}},
    };
    return settings;
}

struct ConfigArgs {
    std::string db;
    std::string key, value;
    std::int64_t attendee = 0;
    int capacity = 0;
};

int run_show(const ConfigArgs& a) {
    auto store = open_store(a.db);
    for (const auto& [key, info] : known_settings())
        std::cout << key << " = " << store->setting(key).value_or("(default)") << "    # " << info.help << "\n";
    std::cout << "organizer PIN: " << (kiosk::has_organizer_pin(*store) ? "set" : "not set") << "\n";
    if (const EventTotals totals = stored_totals(*store); !totals.empty())
        std::cout << "personal data purged; the event had: " << format_totals(totals) << "\n";
    return 0;
}

int run_set(const ConfigArgs& a) {
    const auto it = known_settings().find(a.key);
    if (it == known_settings().end()) {
        std::string keys;
        for (const auto& [k, v] : known_settings()) keys += (keys.empty() ? "" : ", ") + k;
        std::cerr << "matchbooth: error: unknown setting \"" << a.key << "\" (known: " << keys << ")\n";
        return 2;
    }
    const KnownSetting& s = it->second;
    if (s.min != 0 || s.max != 0) {
        int v = 0;
        try {
            std::size_t used = 0;
            v = std::stoi(a.value, &used);
            if (used != a.value.size()) throw std::invalid_argument("trailing text");
        } catch (const std::exception&) {
            v = s.min - 1;
        }
        if (v < s.min || v > s.max) {
            std::cerr << "matchbooth: error: " << a.key << " must be a whole number from " << s.min << " to " << s.max
                      << "\n";
            return 2;
        }
    } else if (a.value.empty()) {
        std::cerr << "matchbooth: error: " << a.key << " cannot be empty\n";
        return 2;
    }
    auto store = open_store(a.db);
    store->set_setting(a.key, a.value);
    std::cout << a.key << " = " << a.value << "\n";
    return 0;
}

// One line from stdin; when stdin is a terminal the typed PIN is not echoed.
std::string read_secret_line(const char* prompt) {
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::cerr << prompt << std::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << "\n";
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

int run_set_pin(const ConfigArgs& a) {
    const std::string pin = read_secret_line("New organizer PIN (4 to 8 digits): ");
    if (const std::string problem = kiosk::pin_problem(pin); !problem.empty()) {
        std::cerr << "matchbooth: error: " << problem << "\n";
        return 2;
    }
    auto store = open_store(a.db);
    kiosk::set_organizer_pin(*store, pin);
    std::cout << "organizer PIN set\n";
    return 0;
}

// The matcher reads capacities from the profiles, so the next check-in or poll re-seats with the new one.
int run_capacity(const ConfigArgs& a) {
    auto store = open_store(a.db);
    std::optional<Attendee> person = store->attendee(a.attendee);
    if (!person) {
        std::cerr << "matchbooth: error: there is no attendee " << a.attendee << "\n";
        return 1;
    }
    person->mentor_capacity = a.capacity;
    store->update_attendee(*person);
    std::cout << "attendee " << a.attendee << " takes "
              << (a.capacity == 0 ? std::string("the event's number of") : std::to_string(a.capacity))
              << " mentees per table\n";
    return 0;
}

} // namespace

void add_config_commands(CLI::App& root, int& exit_code) {
    auto args = std::make_shared<ConfigArgs>();
    CLI::App* config = root.add_subcommand("config", "Event settings and the organizer PIN");
    config->require_subcommand(1);

    CLI::App* show = config->add_subcommand("show", "Print every setting");
    add_db_option(*show, args->db);
    show->callback([args, &exit_code] { exit_code = guarded([&] { return run_show(*args); }); });

    std::string keys_help = "Set one setting. Keys:";
    for (const auto& [key, info] : known_settings()) keys_help += "\n  " + key + ": " + info.help;
    CLI::App* set = config->add_subcommand("set", keys_help);
    add_db_option(*set, args->db);
    set->add_option("key", args->key, "Setting name")->required();
    set->add_option("value", args->value, "New value")->required();
    set->callback([args, &exit_code] { exit_code = guarded([&] { return run_set(*args); }); });

    CLI::App* pin = config->add_subcommand("set-pin", "Set the organizer PIN (read from standard input)");
    add_db_option(*pin, args->db);
    pin->callback([args, &exit_code] { exit_code = guarded([&] { return run_set_pin(*args); }); });

    CLI::App* capacity = config->add_subcommand(
        "capacity", "Override how many mentees one mentor takes at a table (0 = the event's mentor_capacity)");
    add_db_option(*capacity, args->db);
    capacity->add_option("--attendee", args->attendee, "Attendee id (matchbooth export attendees lists them)")
        ->required();
    capacity->add_option("mentees", args->capacity, "Mentees per table, 1 to 4; 0 = the event default")
        ->required()
        ->check(CLI::Range(0, kMaxMentorCapacity));
    capacity->callback([args, &exit_code] { exit_code = guarded([&] { return run_capacity(*args); }); });
}

} // namespace mb::cli
