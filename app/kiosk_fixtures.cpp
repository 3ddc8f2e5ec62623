// app/kiosk_fixtures.cpp — canned command sequences that bring the kiosk to each screen (see header).
#include "app/kiosk_fixtures.hpp"

#include <algorithm>

#include "core/kiosk/pin.hpp"

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

} // namespace

std::vector<std::string_view> fixture_names() {
    return {"attract", "find",  "find-none", "register", "register-error", "register-accents", "about",
            "about-typing", "goals", "share", "done", "pin", "organizer", "idle"};
}

namespace {

// Commands only; visual tweaks are applied afterwards by drive_to_fixture.
std::string send_commands(Kiosk& kiosk, Store& store, std::string_view name, SteadyTime now) {
    auto send = [&](const Command& c) { kiosk.apply(c, now); };
    if (name == "attract") return {};
    if (name == "pin" || name == "organizer") {
        send(OpenOrganizer{});
        if (name == "pin") return {};
        if (has_organizer_pin(store)) return "the database already has an organizer PIN; the fixture cannot enter";
        send(ChoosePin{"2468", "2468"});
        return {};
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
    send(SetText{TextField::Query, first_word(who->display_name)});
    if (name == "find") return {};
    send(ChooseAttendee{who->id});
    if (name == "about" || name == "about-typing") return {};
    send(SetRole{Role::Both});
    send(Continue{});
    if (name == "goals") return {};
    send(Continue{});
    if (name == "share") return {};
    send(SetShared{ShareField::Email, true});
    send(ConfirmCheckIn{});
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
    return {};
}

} // namespace mb::app
