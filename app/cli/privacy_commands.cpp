// app/cli/privacy_commands.cpp — the privacy lifecycle from a terminal: erase one person, export one
// person's data, purge the event.
//
//   matchbooth erase --db PATH --attendee ID [--outbox FILE]
//       Erases one person (core/privacy/erase.hpp). With an event server, this kiosk's offline outbox (the
//       one the kiosk uses: --outbox, or the default for that server) is cleared of them first, so nothing
//       queued there can bring them back; then the server's rows. SQLite files are scrubbed afterwards.
//   matchbooth person-data --db PATH --attendee ID [-o FILE]
//       Everything stored about one person as JSON (core/privacy/person_export.hpp), for an access request.
//   matchbooth purge --db PATH [--export-first DIR] --yes
//       After the event: every person's data out, aggregate counts kept (core/privacy/purge.hpp).
// Confirmation lines name ids and counts only: terminals and shell logs are not the place for the name that
// was just erased.
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>

#include "app/cli/common.hpp"
#include "core/io/export.hpp"
#include "core/privacy/erase.hpp"
#include "core/privacy/person_export.hpp"
#include "core/privacy/purge.hpp"
#include "core/store/open_store.hpp"
#include "core/sync/outbox_file.hpp"
#include "core/util/ids.hpp"

namespace mb::cli {

namespace {

// --- [SECTION] erase ---------------------------------------------------------------------------------------

struct EraseArgs {
    std::string db;
    std::int64_t attendee = 0;
    std::string outbox;                   // "" = the kiosk's default outbox for a server --db, none for a file
};

// The outbox a kiosk on this machine keeps for --db, if there is one (ui_commands.cpp picks it the same way).
std::optional<std::filesystem::path> outbox_for(const EraseArgs& a) {
    if (!a.outbox.empty()) {
        if (!std::filesystem::exists(a.outbox)) throw StoreError("there is no offline outbox at " + a.outbox);
        return std::filesystem::path(a.outbox);
    }
    if (!is_server_address(a.db)) return std::nullopt;
    const std::filesystem::path file = sync::default_outbox_path(a.db);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return std::nullopt;
    return file;
}

// A scrub that another program blocks: the rows are gone and committed, only the old copies are left, and
// running the command again (it is idempotent) finishes the job.
void scrub_or_explain(const std::filesystem::path& file, const std::string& done, const std::string& command) {
    try {
        scrub_sqlite_file(file);
    } catch (const StoreError& e) {
        if (e.kind != StoreErrorKind::Busy) throw;
        throw StoreError(done + " and that is committed, but old copies are still in " + file.string() +
                             " because another program has it open; stop the event's kiosks and board, then run " +
                             command + " again",
                         StoreErrorKind::Busy);
    }
}

// After rows were blanked: the SQLite file scrubbed, or the server's tables rewritten. Returns what was done,
// for the command's last line; throws (with `done` said) when another program blocks it.
std::string scrub_store(const std::string& db, const std::string& done, const char* command) {
    if (!is_server_address(db)) {
        scrub_or_explain(db, done, command);
        return "database file scrubbed (secure_delete, WAL checkpoint, VACUUM)";
    }
    std::string note;
    try {
        note = scrub_postgres(db);
    } catch (const StoreError& e) {
        if (e.kind != StoreErrorKind::Busy) throw;
        throw StoreError(done + " and that is committed, but the server's tables still hold old copies because "
                                "kiosks are reading them; stop the event's kiosks and board, then run " +
                             command + " again",
                         StoreErrorKind::Busy);
    }
    return "server tables rewritten (VACUUM FULL)" + (note.empty() ? std::string() : "; " + note) +
           "; PostgreSQL's write-ahead log keeps old rows until the server recycles it";
}

int run_erase(const EraseArgs& a) {
    const std::string who = "attendee " + std::to_string(a.attendee);
    // The outbox first: once the server's rows are blank, a queued edit must not be there to undo that.
    if (const std::optional<std::filesystem::path> file = outbox_for(a)) {
        sync::OutboxErasure o;
        {
            sync::OutboxFile outbox(*file);
            o = outbox.erase_person(a.attendee);
        }
        scrub_or_explain(*file, who + " is erased from the offline outbox", "erase");
        std::cout << "offline outbox " << file->string() << ": " << o.ops << " queued and " << o.refused
                  << " refused writes dropped, " << o.mirror_rows << " mirror rows removed, reasons of "
                  << o.round_reasons << " pairings blanked; file scrubbed\n";
    }
    EraseReport r;
    {
        auto store = open_store(a.db);
        r = erase_attendee(*store, a.attendee);
    }                                                         // closed: the scrub needs the file to itself
    std::cout << r.summary() << "; " << scrub_store(a.db, who + " is erased", "erase") << "\n";
    return 0;
}

// --- [SECTION] person-data ---------------------------------------------------------------------------------

struct PersonArgs {
    std::string db;
    std::int64_t attendee = 0;
    std::string output;
};

int run_person_data(const PersonArgs& a) {
    auto store = open_store(a.db);
    const std::string json = export_person_json(*store, a.attendee, now_unix_ms());
    if (a.output.empty() || a.output == "-") {
        std::cout << json;
    } else {
        write_private_file(a.output, json);
        std::cerr << "wrote " << a.output << " (mode 0600)\n";
    }
    return 0;
}

// --- [SECTION] purge ---------------------------------------------------------------------------------------

struct PurgeArgs {
    std::string db;
    std::string export_first;             // a folder for attendees.csv and checkins.csv, written first
    bool yes = false;
};

void export_before_purge(Store& store, const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace);
    std::ostringstream attendees, check_ins;
    export_attendees_csv(store, attendees);
    export_check_ins_csv(store, check_ins);
    write_private_file(dir / "attendees.csv", attendees.str());
    write_private_file(dir / "checkins.csv", check_ins.str());
    std::cout << "exported attendees.csv and checkins.csv to " << dir.string() << " (mode 0600)\n";
}

int run_purge(const PurgeArgs& a) {
    if (!a.yes) {
        std::cerr << "matchbooth: error: purge removes every person's data from the event for good; stop the "
                     "event's kiosks and board, then run it again with --yes\n";
        return 2;
    }
    PurgeReport r;
    {
        auto store = open_store(a.db);
        if (!a.export_first.empty()) export_before_purge(*store, a.export_first);
        r = purge_event(*store, now_unix_ms());
    }
    std::cout << r.summary() << "; " << scrub_store(a.db, "the event's personal data is purged", "purge") << "\n";
    return 0;
}

} // namespace

void add_privacy_commands(CLI::App& root, int& exit_code) {
    auto erase_args = std::make_shared<EraseArgs>();
    CLI::App* erase = root.add_subcommand(
        "erase", "Erase one attendee on request: profile, contact details, likes/declines, suggestions and the\n"
                 "reasons of their past pairings, and this kiosk's offline outbox entries; the check-in log keeps\n"
                 "an anonymous row so counts stay true. Stop the event's kiosks first (SQLite files are then\n"
                 "scrubbed so the erased data is not left in them or their WAL).");
    add_db_option(*erase, erase_args->db);
    erase->add_option("--attendee", erase_args->attendee, "Attendee id (matchbooth export attendees lists them)")->required();
    erase->add_option("--outbox", erase_args->outbox,
                      "This kiosk's offline outbox file (default: the one a kiosk uses for a server --db)");
    erase->callback([erase_args, &exit_code] { exit_code = guarded([&] { return run_erase(*erase_args); }); });

    auto person_args = std::make_shared<PersonArgs>();
    CLI::App* person = root.add_subcommand(
        "person-data", "Everything stored about one attendee, as JSON, for an access request (profile and consents,\n"
                       "check-ins, likes/declines given and received, suggestions, rounds)");
    add_db_option(*person, person_args->db);
    person->add_option("--attendee", person_args->attendee, "Attendee id")->required();
    person->add_option("-o,--output", person_args->output, "Write to this file (mode 0600) instead of standard output");
    person->callback([person_args, &exit_code] { exit_code = guarded([&] { return run_person_data(*person_args); }); });

    auto purge_args = std::make_shared<PurgeArgs>();
    CLI::App* purge = root.add_subcommand(
        "purge", "After the event: remove every person's data (profiles blanked, likes, suggestions, round reasons),\n"
                 "keep only aggregate counts (config show prints them). See also: config set retention_days N");
    add_db_option(*purge, purge_args->db);
    purge->add_option("--export-first", purge_args->export_first,
                      "Folder to write attendees.csv and checkins.csv to before purging");
    purge->add_flag("--yes", purge_args->yes, "Confirm: the data cannot be brought back");
    purge->callback([purge_args, &exit_code] { exit_code = guarded([&] { return run_purge(*purge_args); }); });
}

} // namespace mb::cli
