// core/kiosk/kiosk_organizer.cpp — the organizer half of Kiosk: PIN gate, event settings, import/export,
// check-in corrections. Every action answers with one sentence in OrganizerView::message. Rounds and
// re-optimizing are in kiosk_matching.cpp.
#include <limits>
#include <unordered_map>

#include "core/kiosk/export_hook.hpp"
#include "core/kiosk/import_hook.hpp"
#include "core/kiosk/kiosk.hpp"
#include "core/kiosk/settings.hpp"
#include "core/privacy/erase.hpp"
#include "core/util/strings.hpp"

namespace mb::kiosk {

// --- PIN gate ----------------------------------------------------------------------------------------------

void Kiosk::on(const OpenOrganizer&, SteadyTime now) {
    if (screen_ != Screen::Attract) return;
    wipe();
    pin_guard_.load(store_, now, wall_ms());                 // a lock set at another kiosk holds here too
    pin_locked_published_ = pin_guard_.locked_for_s(now);
    go(Screen::OrganizerPin);
}

void Kiosk::on(const SubmitPin& c, SteadyTime now) {
    if (screen_ != Screen::OrganizerPin) return;
    switch (pin_guard_.check(store_, c.pin, now, wall_ms())) {
    case PinCheck::Accepted: enter_organizer(); return;
    case PinCheck::Rejected: {
        const int wait = pin_guard_.locked_for_s(now);
        pin_error_ = wait > 0 ? "Wrong PIN. Too many tries: wait " + std::to_string(wait) + " seconds."
                              : std::string("Wrong PIN.");
        pin_locked_published_ = wait;
        return;
    }
    case PinCheck::LockedOut:
        pin_error_ = "Too many wrong PINs. Try again in " + std::to_string(pin_guard_.locked_for_s(now)) +
                     " seconds.";
        return;
    }
}

void Kiosk::on(const ChoosePin& c, SteadyTime) {
    if (screen_ != Screen::OrganizerPin) return;
    if (has_organizer_pin(store_)) {
        pin_error_ = "A PIN is already set. Enter it to continue.";
        return;
    }
    if (const std::string problem = pin_problem(c.pin); !problem.empty()) {
        pin_error_ = problem;
        return;
    }
    if (c.pin != c.repeat) {
        pin_error_ = "The two PINs are different. Please type it again.";
        return;
    }
    set_organizer_pin(store_, c.pin, config_.pin_cost);
    enter_organizer();
}

void Kiosk::enter_organizer() {
    pin_error_.clear();
    organizer_unlocked_ = true;
    event_name_draft_ = event_name_;
    import_path_ = config_.default_import_path;
    export_path_ = config_.default_export_path;
    organizer_filter_.clear();
    organizer_message_.clear();
    go(Screen::Organizer);
}

void Kiosk::on(const CloseOrganizer&, SteadyTime) {
    if (screen_ == Screen::Organizer || screen_ == Screen::OrganizerPin) wipe();
}

void Kiosk::organizer_message(std::string text, bool is_error) {
    organizer_message_ = std::move(text);
    organizer_message_is_error_ = is_error;
}

// --- Organizer actions (only once unlocked) ----------------------------------------------------------------

void Kiosk::on(const SaveEventName&, SteadyTime) {
    if (!organizer_unlocked_) return;
    const std::string name(trim(event_name_draft_));
    if (name.empty()) return organizer_message("The event name cannot be empty.", true);
    store_.set_setting(kEventNameKey, name);
    refresh_from_store();
    organizer_message("Event name saved.", false);
}

void Kiosk::on(const ImportCsv&, SteadyTime) {
    if (!organizer_unlocked_) return;
    const std::string path(trim(import_path_));
    if (path.empty()) return organizer_message("Type the path of a CSV file to import.", true);
    // First tap on a path: a dry run shows the mapping; a second tap on the same path imports.
    if (import_checked_path_ != path) {
        const ImportOutcome check = check_import_from_path(store_, path);
        import_checked_path_ = check.ok ? path : std::string();
        return organizer_message(check.message, !check.ok);
    }
    import_checked_path_.clear();
    const ImportOutcome outcome = import_attendees_from_path(store_, path);
    refresh_from_store();
    organizer_message(outcome.message, !outcome.ok);
}

void Kiosk::on(const ExportAttendees&, SteadyTime) {
    if (!organizer_unlocked_) return;
    const std::string path(trim(export_path_));
    try {
        const std::size_t n = export_attendees_to_path(store_, path);
        organizer_message("Wrote " + std::to_string(n) + " attendees to " + path + ".", false);
    } catch (const std::exception& e) {
        organizer_message(e.what(), true);
    }
}

void Kiosk::on(const UndoCheckIn& c, SteadyTime) {
    if (!organizer_unlocked_) return;
    const auto person = store_.attendee(c.id);
    if (!person) return organizer_message("That attendee no longer exists.", true);
    const bool undone = store_.undo_check_in(c.id, "organizer");
    refresh_from_store();
    organizer_message(undone ? "Check-in undone for " + person->display_name + "."
                             : person->display_name + " was not checked in.",
                      !undone);
}

void Kiosk::on(const CheckInByOrganizer& c, SteadyTime) {
    if (!organizer_unlocked_) return;
    const auto person = store_.attendee(c.id);
    if (!person) return organizer_message("That attendee no longer exists.", true);
    const CheckInResult result = store_.check_in(c.id, "organizer");
    refresh_from_store();
    organizer_message(result.already_present ? person->display_name + " was already checked in."
                                             : person->display_name + " is checked in.",
                      false);
}

// Erasing one person on request (GDPR Art. 17) takes two taps on their row: "Erase…", then "Erase for good".
// The whole erasure is core/privacy's erase_attendee(); then the file is scrubbed where this kiosk can (an
// embedded SQLite file). The confirmation names the person once, on this PIN-protected screen only; nothing
// about them is logged.
void Kiosk::on(const AskErase& c, SteadyTime) {
    if (!organizer_unlocked_) return;
    erase_pending_ = c.id;
    organizer_message("", false);
}

void Kiosk::on(const CancelErase&, SteadyTime) { erase_pending_ = 0; }

void Kiosk::on(const ConfirmErase& c, SteadyTime) {
    if (!organizer_unlocked_ || erase_pending_ != c.id) return;   // only the row that asked
    erase_pending_ = 0;
    EraseReport report;
    try {
        report = erase_attendee(store_, c.id);
    } catch (const std::exception& e) {
        return organizer_message(std::string("Nothing was erased: ") + e.what(), true);
    }
    index_stale_ = true;
    refresh_from_store();
    refresh_matching();
    std::string said = report.was_named + " is erased: profile, contact details, likes and suggestions.";
    if (config_.scrub_after_erase) {
        const std::string problem = config_.scrub_after_erase();
        if (!problem.empty()) return organizer_message(said + " But " + problem, true);
        said += " The database file is scrubbed.";
    }
    organizer_message(said, false);
}

void Kiosk::on(const SetIdleTimeout& c, SteadyTime) {
    if (!organizer_unlocked_) return;
    const int seconds = clamp_idle_timeout_s(c.seconds);
    store_.set_setting(kIdleTimeoutKey, std::to_string(seconds));
    config_.idle_timeout_s = 0;                      // the organizer's choice replaces a command-line value
    refresh_from_store();
    organizer_message("Unattended screens now reset after " + std::to_string(seconds) + " seconds.", false);
}

void Kiosk::on(const LeaveKiosk&, SteadyTime) {
    if (organizer_unlocked_) exit_requested_ = true;
}

// --- View --------------------------------------------------------------------------------------------------

void Kiosk::build_organizer_view(KioskView& v) {
    v.pin.choosing = !has_organizer_pin(store_);
    v.pin.error = pin_error_;
    v.pin.locked_for_s = pin_locked_published_;
    if (!organizer_unlocked_) return;

    OrganizerView& o = v.organizer;
    o.event_name = {event_name_draft_, {}, true};
    o.import_path = {import_path_, {}, false};
    o.import_checked = !import_checked_path_.empty() && import_checked_path_ == std::string(trim(import_path_));
    o.export_path = {export_path_, {}, false};
    o.filter = {organizer_filter_, {}, false};
    o.present_count = present_count_;
    o.idle_timeout_s = idle_timeout_s_;
    build_matching_view(o.matching);
    o.message = organizer_message_;
    o.message_is_error = organizer_message_is_error_;
    o.erase_pending = erase_pending_;
    const FindIndex& idx = index();
    o.attendee_count = static_cast<std::int64_t>(idx.size());
    // Who is paired with whom on the board, so each row can say it and offer Lock / Unlock. A mentor at a
    // group table lists every mentee, and counts as locked once all of their pairs are.
    struct Partners {
        std::vector<AttendeeId> ids;
        bool locked = true;
    };
    std::unordered_map<AttendeeId, Partners> pair_of;
    for (const Pairing& p : shown_pairs()) {
        for (const auto& [self, other] : {std::pair{p.mentor, p.mentee}, std::pair{p.mentee, p.mentor}}) {
            Partners& of = pair_of[self];
            of.ids.push_back(other);
            of.locked = of.locked && p.locked;
        }
    }
    std::unordered_map<AttendeeId, const FindEntry*> by_id;
    if (!pair_of.empty()) {
        for (const FindEntry& e : idx.entries()) by_id[e.id] = &e;
    }
    auto add_row = [&](const FindEntry& e) {
        OrganizerRowView row{e.id, e.name, e.organization, e.role, present_.contains(e.id), {}, false};
        if (const auto it = pair_of.find(e.id); it != pair_of.end()) {
            for (AttendeeId other : it->second.ids) {
                const auto partner = by_id.find(other);
                if (partner == by_id.end()) continue;
                if (!row.partner.empty()) row.partner += ", ";
                row.partner += partner->second->name;
            }
            row.pair_locked = it->second.locked;
        }
        o.rows.push_back(std::move(row));
    };
    if (trim(organizer_filter_).empty()) {
        o.rows.reserve(idx.size());
        for (const FindEntry& e : idx.entries()) add_row(e);
    } else {
        for (const FindHit& hit : idx.search(organizer_filter_, std::numeric_limits<std::size_t>::max()).hits)
            add_row(*hit.entry);
    }
}

} // namespace mb::kiosk
