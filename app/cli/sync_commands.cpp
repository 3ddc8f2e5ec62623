// app/cli/sync_commands.cpp — see sync_commands.hpp.
#include "app/cli/sync_commands.hpp"

#include <filesystem>
#include <iostream>
#include <memory>

#include "app/cli/common.hpp"
#include "core/sync/outbox_file.hpp"
#include "core/sync/outbox_store.hpp"

namespace mb::cli {

namespace {

// One line per refused op, in an organizer's words (ids are the kiosk's; negative = registered offline).
// The name lets the organizer find the person; the e-mail stays out (this report may end up in a log).
std::string describe(const sync::OutboxOp& op) {
    const std::string who = op.attendee ? op.attendee->display_name + " (id " + std::to_string(op.attendee->id) + ")"
                                        : "attendee " + std::to_string(op.who);
    switch (op.kind) {
    case sync::OpKind::AddAttendee: return "registration of " + who;
    case sync::OpKind::UpdateAttendee: return "profile edit of " + who;
    case sync::OpKind::CheckIn: return "check-in of " + who;
    case sync::OpKind::SetPreference:
        return std::string(op.preference == Preference::Like      ? "like"
                           : op.preference == Preference::Decline ? "decline"
                                                                  : "withdrawn like/decline") +
               " from " + who + " for attendee " + std::to_string(op.other);
    }
    return who;
}

} // namespace

int run_sync(const SyncArgs& args, std::ostream& out, std::ostream& err) {
    const std::filesystem::path file = args.outbox.empty() ? sync::default_outbox_path(args.db) : std::filesystem::path(args.outbox);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {          // do not create an outbox just to say it is empty
        out << "nothing to sync: no outbox at " << file.string() << "\n";
        return 0;
    }
    const std::string db = args.db;
    // Opening delivers what waits (see open_outbox_store); one more attempt reports the final state.
    auto store = open_outbox_store([db] { return open_store(db); }, {file, {}, false});
    const OutboxStatus s = store->sync_once();
    out << "outbox " << file.string() << ": " << s.pending << " waiting, " << s.refused << " refused"
        << (s.online ? "" : " (server unreachable)") << "\n";
    if (!s.last_error.empty()) err << "matchbooth: " << s.last_error << "\n";
    if (s.refused > 0) {
        // Kept in the file, never dropped: say what each was, so an organizer can redo it by hand.
        store.reset();                                     // the outbox file is ours alone again
        sync::OutboxFile outbox(file);
        for (const auto& [op, reason] : outbox.refused_ops()) out << "refused: " << describe(op) << ": " << reason << "\n";
    }
    return s.pending == 0 && s.refused == 0 ? 0 : 1;
}

void add_sync_commands(CLI::App& root, int& exit_code) {
    auto args = std::make_shared<SyncArgs>();
    CLI::App* cmd = root.add_subcommand("sync", "Deliver this kiosk's offline outbox to the event server now");
    add_db_option(*cmd, args->db);
    cmd->add_option("--outbox", args->outbox, "Outbox file (default: next to the default database, named after --db)");
    cmd->callback([args, &exit_code] {
        exit_code = guarded([&] { return run_sync(*args, std::cout, std::cerr); });
    });
}

} // namespace mb::cli
