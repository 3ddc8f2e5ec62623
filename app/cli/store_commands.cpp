// app/cli/store_commands.cpp — import, export, checkin, demo: the organizer's and scripts' commands.
#include <iostream>
#include <sstream>

#include "app/cli/common.hpp"
#include "core/io/attendee_import.hpp"
#include "core/io/demo.hpp"
#include "core/io/export.hpp"
#include "core/store/open_store.hpp"

namespace mb::cli {

namespace {

struct StoreArgs {
    std::string db;
    std::string csv_path;                 // import
    bool dry_run = false;                 // import --dry-run
    std::vector<std::string> maps;        // import --map "Header=field" (repeatable)
    std::string what;                     // export: attendees | checkins | rounds
    std::string output;                   // export -o
    bool with_ticket_codes = false;       // export attendees --with-ticket-codes
    std::int64_t attendee = 0;            // checkin --attendee
    std::string email;                    // checkin --email
    int count = 120;                      // demo --attendees
    std::uint64_t seed = 1;               // demo --seed
    int checked_in = 0;                   // demo --checked-in
};

int run_import(const StoreArgs& a) {
    ImportOptions options;
    options.dry_run = a.dry_run;
    try {
        options.overrides = parse_column_overrides(a.maps);
    } catch (const MappingError& e) {
        std::cerr << "matchbooth: error: " << e.what() << "\n";
        return 2;
    }
    auto store = open_store(a.db);
    const ImportSummary s = import_attendees_csv_file(*store, a.csv_path, options);
    std::cout << describe(s);
    return 0;
}

int run_export(const StoreArgs& a) {
    if (a.with_ticket_codes && a.what != "attendees") {
        std::cerr << "matchbooth: error: --with-ticket-codes only goes with export attendees\n";
        return 2;
    }
    auto store = open_store(a.db);
    std::ostringstream out;
    if (a.what == "attendees") export_attendees_csv(*store, out, AttendeeExportOptions{a.with_ticket_codes});
    else if (a.what == "rounds") export_rounds_csv(*store, out);
    else export_check_ins_csv(*store, out);
    if (a.output.empty() || a.output == "-") {
        std::cout << out.str();
    } else {
        write_private_file(a.output, out.str());
        std::cerr << "wrote " << a.output << "\n";
    }
    return 0;
}

int run_checkin(const StoreArgs& a) {
    auto store = open_store(a.db);
    std::optional<Attendee> who = a.email.empty() ? store->attendee(a.attendee) : store->attendee_by_email(a.email);
    if (!who) {
        std::cerr << "matchbooth: error: no attendee with "
                  << (a.email.empty() ? "id " + std::to_string(a.attendee) : std::string("that email")) << "\n";   // no PII in logs
        return 1;
    }
    const CheckInResult r = store->check_in(who->id, "cli");    // returns only after the commit
    std::cout << (r.already_present ? "already checked in: " : "checked in: ") << who->display_name << " (id "
              << who->id << ")\n";
    return 0;
}

int run_demo(const StoreArgs& a) {
    auto store = open_store(a.db);
    DemoOptions opt;
    opt.attendees = a.count;
    opt.seed = a.seed;
    opt.checked_in_percent = a.checked_in;
    const DemoResult r = generate_demo_event(*store, opt);
    // A server address may hold a password: never printed (app/cli/secrets.hpp).
    std::cout << "created " << r.created << " demo attendees (" << r.checked_in << " checked in) "
              << (is_server_address(a.db) ? std::string("on the database server") : "in " + a.db) << "\n";
    return 0;
}

} // namespace

void add_store_commands(CLI::App& root, int& exit_code) {
    auto args = std::make_shared<StoreArgs>();

    CLI::App* imp = root.add_subcommand("import", "Import an attendee list (CSV from an event platform)");
    add_db_option(*imp, args->db);
    imp->add_option("file", args->csv_path, "CSV file: UTF-8 (BOM optional), comma/semicolon/tab")->required();
    imp->add_flag("--dry-run", args->dry_run,
                  "Show which column feeds which field and the first rows as they would be stored; store nothing");
    imp->add_option("--map", args->maps,
                    "Say what a column is, e.g. --map \"Years in practice=years\" or \"Notes=ignore\" (repeatable; "
                    "fields: " + all_import_field_keys() + ")");
    imp->callback([args, &exit_code] { exit_code = guarded([&] { return run_import(*args); }); });

    CLI::App* exp = root.add_subcommand("export", "Export attendees, the check-in log or the rounds as CSV");
    add_db_option(*exp, args->db);
    exp->add_option("what", args->what,
                    "attendees (profiles, consents, check-in, mentor capacity) | checkins (the log) | rounds (one "
                    "row per mentor-mentee pair: round, table, names, ids, score, reasons)")
        ->required()
        ->check(CLI::IsMember({"attendees", "checkins", "rounds"}));
    exp->add_option("-o,--output", args->output, "Write to this file (mode 0600) instead of standard output");
    exp->add_flag("--with-ticket-codes", args->with_ticket_codes,
                  "attendees only: add each ticket's code (left out by default: a code checks its holder in)");
    exp->callback([args, &exit_code] { exit_code = guarded([&] { return run_export(*args); }); });

    CLI::App* chk = root.add_subcommand("checkin", "Check an attendee in (prints them once committed)");
    add_db_option(*chk, args->db);
    CLI::Option_group* who = chk->add_option_group("attendee", "Who to check in (exactly one)");
    who->add_option("--attendee", args->attendee, "Attendee id");
    who->add_option("--email", args->email, "Attendee email (case-insensitive)");
    who->require_option(1);
    chk->callback([args, &exit_code] { exit_code = guarded([&] { return run_checkin(*args); }); });

    CLI::App* demo = root.add_subcommand("demo", "Create a deterministic, realistic demo event");
    add_db_option(*demo, args->db);
    demo->add_option("--attendees", args->count, "How many people")->capture_default_str()->check(CLI::Range(1, 100000));
    demo->add_option("--seed", args->seed, "Same seed, same people")->capture_default_str();
    demo->add_option("--checked-in", args->checked_in, "Percent of them checked in at once")
        ->capture_default_str()->check(CLI::Range(0, 100));
    demo->callback([args, &exit_code] { exit_code = guarded([&] { return run_demo(*args); }); });
}

} // namespace mb::cli
