// app/kiosk_fixtures.cpp — canned command sequences that bring the kiosk to each screen (see header).
#include "app/kiosk_fixtures.hpp"

#include <algorithm>
#include <utility>

#include "core/kiosk/form.hpp"
#include "core/kiosk/pin.hpp"
#include "core/live/live_matching.hpp"
#include "core/match/scoring.hpp"

namespace mb::app {

namespace {

using namespace mb::kiosk;

// The first attendee whose name needs more than ASCII, so screenshots show the font's coverage.
std::optional<Attendee> showcase_attendee(Store& store) {
    const std::vector<Attendee> all = store.attendees();
    if (all.empty()) return std::nullopt;
    const auto accented = std::find_if(all.begin(), all.end(), [](const Attendee& a) {
        return std::any_of(a.display_name.begin(), a.display_name.end(),
                           [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) &&
               !a.organization.empty();
    });
    return accented != all.end() ? *accented : all.front();
}

std::string first_word(const std::string& name) { return name.substr(0, name.find(' ')); }

// The best mentor on the list for `who` (checking in as Both), preferring people who consented to share a
// contact detail, so the Done screen shows a real match with a real partner code. Scored as the matcher does.
std::optional<Attendee> best_partner_for(Store& store, const Attendee& who) {
    Attendee as_both = who;
    as_both.role = Role::Both;
    std::optional<Attendee> best;
    std::pair<bool, int> best_key{false, 0};                 // (shares a detail, score)
    for (const Attendee& a : store.attendees()) {
        if (a.id == who.id) continue;
        const int score = explain_pair(a, as_both, {}, MatchSettings{}).score;
        const std::pair<bool, int> key{a.email.shared || a.linkedin_url.shared || a.phone.shared, score};
        if (score > 0 && key > best_key) {
            best_key = key;
            best = a;
        }
    }
    return best;
}

// The first `count` people on the list other than the showcase attendee, checked in by "another kiosk".
void check_in_crowd(Store& store, std::size_t count) {
    const std::optional<Attendee> showcase = showcase_attendee(store);
    std::size_t done = 0;
    for (const Attendee& a : store.attendees()) {
        if (done == count) return;
        if (showcase && a.id == showcase->id) continue;
        store.check_in(a.id, "fixture");
        ++done;
    }
}

// Mentees only, so the showcase mentor's table fills (the group Done screen).
void check_in_mentees(Store& store, std::size_t count) {
    std::size_t done = 0;
    for (const Attendee& a : store.attendees()) {
        if (done == count) return;
        if (a.role != Role::Mentee) continue;
        store.check_in(a.id, "fixture");
        ++done;
    }
}

} // namespace

std::vector<std::string_view> fixture_names() {
    return {"attract",      "find",  "find-none", "register", "register-error", "register-accents",
            "about",        "about-typing", "goals", "share", "done", "done-match", "done-liked", "pin",
            "organizer",    "organizer-round", "organizer-pairs", "organizer-settings", "idle",
            "about-groups", "done-group", "done-mentor-waiting", "share-scan", "organizer-erase"};
}

namespace {

// Commands only; visual tweaks are applied afterwards by drive_to_fixture.
std::string send_commands(Kiosk& kiosk, Store& store, std::string_view name, SteadyTime now) {
    auto send = [&](const Command& c) { kiosk.apply(c, now); };
    if (name == "attract") return {};
    if (name == "pin" || name.starts_with("organizer")) {
        send(OpenOrganizer{});
        if (name == "pin") return {};
        if (has_organizer_pin(store)) return "the database already has an organizer PIN; the fixture cannot enter";
        send(ChoosePin{"2468", "2468"});
        if (name == "organizer-round") {
            check_in_crowd(store, 24);
            send(SetTables{8});
            send(StartRound{});
            if (kiosk.view().organizer.matching.round_number == 0) return "the round did not start";
        }
        if (name == "organizer-erase") {                     // the first row asks "Erase ...?"
            const std::vector<OrganizerRowView> rows = kiosk.view().organizer.rows;
            if (rows.empty()) return "the database has no attendees (use --demo)";
            send(AskErase{rows.front().id});
            return {};
        }
        if (name == "organizer-pairs") {                     // most people here, the first pair locked
            check_in_crowd(store, 100);
            kiosk.tick(now + std::chrono::seconds(1));            // the kiosk's poll sees them and pairs them
            const std::vector<OrganizerRowView> rows = kiosk.view().organizer.rows;   // a copy: send() rebuilds
            const auto paired = std::find_if(rows.begin(), rows.end(), [](const OrganizerRowView& r) {
                return !r.partner.empty();
            });
            if (paired == rows.end()) return "nobody is paired";
            send(LockPair{paired->id});
            return {};
        }
        return {};
    }
    if (name == "share-scan") {                              // a ticket scanned: one Confirm from checked in
        // Someone whose registration answers are complete (else the scan rightly opens About to fill them).
        const std::vector<Attendee> all = store.attendees();
        const std::vector<AttendeeId> here = store.present();
        const auto complete = std::find_if(all.begin(), all.end(), [&](const Attendee& a) {
            return kiosk::answers_complete(a) && std::find(here.begin(), here.end(), a.id) == here.end();
        });
        if (complete == all.end()) return "nobody on the list has complete answers (use --demo)";
        std::optional<Attendee> who = *complete;
        who->ticket_code = "FIXTURE-TICKET-0001";
        // The demo leaves some answers blank (a mentor without expertise); a registration that asked them all
        // is what this screen is for, so fill the gaps the way a registration form would have.
        if (who->goals.bits == 0) who->goals.add(Goal::NewPosition);
        if (who->expertise.bits == 0) who->expertise.add(Goal::NewPosition);
        if (who->years_experience <= 0) who->years_experience = 6;
        store.update_attendee(*who);
        kiosk.tick(now + std::chrono::seconds(1));            // a poll later: the kiosk has read the new ticket
        send(ScanCode{who->ticket_code});
        if (kiosk.view().screen == Screen::Share) return {};
        return "the scan did not reach Share but " + std::to_string(static_cast<int>(kiosk.view().screen)) +
               (kiosk.view().problem.empty() ? "" : ": " + kiosk.view().problem);
    }
    send(StartCheckIn{});
    if (name == "find-none") {
        send(SetText{TextField::Query, "Xqzt"});
        return {};
    }
    if (name.starts_with("register") || name == "idle") {
        send(SetText{TextField::Query, "Seán"});
        send(StartWalkIn{});
        send(SetText{TextField::Name, "Seán Ó Briain"});
        if (name == "register-error") {
            send(SetText{TextField::Email, "sean.example.ie"});
            send(Continue{});
        }
        return {};
    }
    const std::optional<Attendee> who = showcase_attendee(store);
    if (!who) return "the database has no attendees (use --demo)";
    const bool waiting = name == "done-mentor-waiting";      // group tables, no mentee here yet
    const bool groups = name.ends_with("-groups") || name == "done-group" || waiting;
    if (groups) store.set_setting(kMentorCapacityKey, "3");    // tables of a mentor and three mentees
    if (name == "done-group") check_in_mentees(store, 12);
    send(SetText{TextField::Query, first_word(who->display_name)});
    if (name == "find") return {};
    send(ChooseAttendee{who->id});
    if (name == "about" || name == "about-typing") return {};
    send(SetRole{groups ? Role::Mentor : Role::Both});
    if (name == "about-groups") return {};
    send(Continue{});
    if (name == "goals") return {};
    send(Continue{});
    if (name == "share") return {};
    send(SetShared{ShareField::Email, true});
    if (name.starts_with("done-") && !groups) {
        const std::optional<Attendee> partner = best_partner_for(store, *who);
        if (!partner) return "nobody on the list can be " + who->display_name + "'s mentor";
        store.check_in(partner->id, "fixture");
    }
    send(ConfirmCheckIn{});
    if (name.starts_with("done-") && !waiting && !kiosk.view().done.partner) return "the matcher suggested no partner";
    if (name == "done-liked") send(LikePartner{kiosk.view().done.partner->id});
    return {};
}

} // namespace

std::string drive_to_fixture(Kiosk& kiosk, Store& store, ui::UiState& ui, std::string_view name, SteadyTime now) {
    const auto names = fixture_names();
    if (std::find(names.begin(), names.end(), name) == names.end()) {
        std::string known;
        for (std::string_view n : names) known += (known.empty() ? "" : ", ") + std::string(n);
        return "unknown screen \"" + std::string(name) + "\" (known: " + known + ")";
    }
    // "idle": the form was last touched long enough ago that the "still there?" notice is up (6 s left).
    const SteadyTime when = name == "idle" ? now - std::chrono::seconds(kiosk.idle_timeout_s() - 6) : now;
    if (std::string error = send_commands(kiosk, store, name, when); !error.empty()) return error;
    // Take the visual state the shell would have set for this screen, then the fixture's own touches.
    const KioskView& view = kiosk.view();
    ui.reset_for(view.screen, view.session);
    if (name == "register-accents") ui.keyboard.layer = ui::KeyboardLayer::Accents;
    if (name == "about-typing") ui.focus = TextField::Title;
    if (name == "organizer-settings") ui.organizer_panel = ui::OrganizerPanel::Settings;
    return {};
}

} // namespace mb::app
