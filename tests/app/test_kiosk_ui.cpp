// The kiosk UI driven headless with synthetic touches: what a person does, and what the store holds after.
#include <catch2/catch.hpp>

#include "app/kiosk_fixtures.hpp"
#include "core/contact/contact_qr.hpp"
#include "core/io/demo.hpp"
#include "core/kiosk/pin.hpp"
#include "core/kiosk/settings.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/kiosk/kiosk_fixture.hpp"

using namespace mb;
using kiosk::Screen;

TEST_CASE("an attendee on the list finds themselves by touch and is checked in with their choices") {
    test::KioskFixture fx;
    test::UiHarness ui(*fx.store);
    REQUIRE(ui.view().screen == Screen::Attract);
    ui.tap("Tap to check in");
    REQUIRE(ui.view().screen == Screen::Find);

    ui.type_keys({"z", "o"});
    CHECK(ui.view().find.query.text == "zo");
    CHECK(ui.find("find-result:0") == nullptr);                // nothing listed before three letters
    ui.type_keys({"e", "space", "n", "u"});
    REQUIRE(ui.view().find.results.size() == 1);
    CHECK(ui.view().find.results[0].name == "Zoë Ñúñez");
    ui.tap("find-result:0");
    REQUIRE(ui.view().screen == Screen::About);

    ui.tap("role:both");
    ui.tap("years:plus");
    ui.tap("Continue");
    REQUIRE(ui.view().screen == Screen::Goals);
    ui.tap("goal:leadership_growth");
    ui.tap("expertise:relocation");
    ui.tap("prefer-outside");                                   // default on: this turns it off
    ui.tap("Continue");
    REQUIRE(ui.view().screen == Screen::Share);
    CHECK_FALSE(ui.view().share.rows[0].shared);               // nothing shared until switched on
    ui.tap("share:Email");
    ui.tap("share:Phone");
    ui.tap("share:Phone");                                      // changed their mind
    ui.tap("Check me in");
    REQUIRE(ui.view().screen == Screen::Done);

    const Attendee zoe = *fx.store->attendee(fx.zoe);
    CHECK(fx.store->present() == std::vector<AttendeeId>{fx.zoe});
    CHECK(zoe.role == Role::Both);
    CHECK(zoe.years_experience == 4);                           // 3 on the list, one tap on +
    CHECK(zoe.goals.has(Goal::LeadershipGrowth));
    CHECK(zoe.expertise.has(Goal::Relocation));
    CHECK_FALSE(zoe.prefer_outside_org);
    CHECK(zoe.email.shared);
    CHECK_FALSE(zoe.phone.shared);
    CHECK_FALSE(zoe.linkedin_url.shared);

    ui.tap("Finish");
    CHECK(ui.view().screen == Screen::Attract);
}

TEST_CASE("a walk-in registers with the on-screen keyboard, accents and email symbols included") {
    test::KioskFixture fx;
    test::UiHarness ui(*fx.store);
    ui.tap("Tap to check in");
    ui.tap("Not on the list");
    REQUIRE(ui.view().screen == Screen::Register);

    // "Seán O'Brien": capitals come by themselves at the start of each word; á from the accent layer.
    ui.type_keys({"s", "e", "layer-accents", "á", "layer-letters", "n", "space", "o", "'", "b", "r", "i", "e", "n"});
    CHECK(ui.view().registration.name.text == "Seán O'brien");
    ui.type_keys({"backspace", "backspace", "backspace", "backspace", "backspace", "shift", "b", "r", "i", "e", "n"});
    CHECK(ui.view().registration.name.text == "Seán O'Brien");

    ui.tap("key:enter");                                        // Next: the email box
    ui.type_keys({"s", "e", "a", "n"});
    ui.tap("Continue");                                         // refused, with a reason beside the field
    CHECK(ui.view().screen == Screen::Register);
    CHECK_THAT(ui.view().registration.email.error, Catch::Contains("@"));
    ui.type_keys({"@", "layer-symbols", "."});                  // '@' is on the email letters layer
    CHECK(ui.view().registration.email.error.empty());          // editing withdraws the complaint
    ui.type_keys({"layer-letters", "i", "e"});
    CHECK(ui.view().registration.email.text == "sean@.ie");
    ui.type_keys({"backspace", "backspace", "backspace", "layer-symbols", "layer-letters", "e", "x", ".", "i", "e"});
    CHECK(ui.view().registration.email.text == "sean@ex.ie");
    ui.tap("Continue");
    REQUIRE(ui.view().screen == Screen::About);

    ui.tap("Continue");                                         // no role yet: refused with a sentence
    CHECK(ui.view().screen == Screen::About);
    CHECK_FALSE(ui.view().about.role_error.empty());
    ui.tap("role:mentee");
    ui.tap("field:Organization");                               // the keyboard appears for this box
    ui.type_keys({"m", "a", "y", "o", "enter"});
    CHECK(ui.find("key:enter") == nullptr);                     // Done hid the keyboard
    ui.tap("Continue");
    ui.tap("Continue");
    REQUIRE(ui.view().screen == Screen::Share);
    CHECK(ui.view().share.rows[0].value == "sean@ex.ie");      // their own typing is shown in full
    ui.tap("share:Email");
    ui.tap("Check me in");
    REQUIRE(ui.view().screen == Screen::Done);

    const auto sean = fx.store->attendee_by_email("sean@ex.ie");
    REQUIRE(sean);
    CHECK(sean->display_name == "Seán O'Brien");
    CHECK(sean->organization == "Mayo");
    CHECK(sean->role == Role::Mentee);
    CHECK(sean->email.shared);
    CHECK_FALSE(sean->share_organization);
    CHECK(fx.store->present_count() == 1);
}

TEST_CASE("accent keys compose Vietnamese letters typed after their base letter") {
    test::KioskFixture fx;
    test::UiHarness ui(*fx.store);
    ui.tap("Tap to check in");
    ui.tap("Not on the list");
    ui.type_keys({"n", "g", "u", "y", "e", "layer-accents", "mark-circumflex", "mark-tilde", "layer-letters", "n"});
    CHECK(ui.view().registration.name.text == "Nguy\u1ec5n");   // one precomposed ễ, as the import stores it
}

TEST_CASE("going back keeps what was typed, an unattended form is wiped after the idle timeout") {
    test::KioskFixture fx;
    test::UiHarness ui(*fx.store);
    ui.tap("Tap to check in");
    ui.tap("Not on the list");
    ui.type_keys({"a", "n", "a"});
    ui.tap("Back");
    CHECK(ui.view().screen == Screen::Find);
    ui.tap("Not on the list");
    CHECK(ui.view().registration.name.text == "Ana");

    ui.wait(51);                                                // 9 s left: the warning covers the screen
    REQUIRE(ui.view().idle_warning_s > 0);
    ui.tap_at({960, 540});                                      // "still there": only keeps the form
    CHECK(ui.view().screen == Screen::Register);
    CHECK(ui.view().idle_warning_s == 0);
    CHECK(ui.view().registration.name.text == "Ana");

    ui.wait(61);
    CHECK(ui.view().screen == Screen::Attract);
    ui.tap("Tap to check in");
    ui.tap("Not on the list");
    CHECK(ui.view().registration.name.text.empty());            // the half-filled form is gone
    CHECK(ui.shell().ui_state().focus == kiosk::TextField::Name);
    CHECK(fx.store->attendee_count() == 3);                     // and nothing was stored
}

TEST_CASE("the organizer corner needs a long press, and a wrong PIN is rejected") {
    test::KioskFixture fx;
    kiosk::set_organizer_pin(*fx.store, "2468", kiosk::PinHashCost::minimum());
    fx.store->check_in(fx.sean, "test");
    test::UiHarness ui(*fx.store);

    ui.hold_at({30, 30}, 1.0);                                  // too short: nothing, not even a check-in
    CHECK(ui.view().screen == Screen::Attract);
    ui.hold_at({30, 30}, 3.5);
    REQUIRE(ui.view().screen == Screen::OrganizerPin);

    for (const char* k : {"pin:1", "pin:1", "pin:1", "pin:1", "pin:ok"}) ui.tap(k);
    CHECK(ui.view().screen == Screen::OrganizerPin);
    CHECK(ui.view().pin.error == "Wrong PIN.");
    CHECK(ui.shell().ui_state().pin_digits.empty());

    for (const char* k : {"pin:2", "pin:4", "pin:6", "pin:8", "pin:ok"}) ui.tap(k);
    REQUIRE(ui.view().screen == Screen::Organizer);
    ui.tap("organizer-row:" + std::to_string(fx.sean) + ":undo");
    CHECK(fx.store->present_count() == 0);
    CHECK(ui.find("idle-timeout:plus") == nullptr);             // the rounds panel comes first
    ui.tap("panel:settings");
    ui.tap("idle-timeout:plus");
    CHECK(*fx.store->setting(kiosk::kIdleTimeoutKey) == "75");
    ui.tap("Back");                                             // "Close": locked again
    CHECK(ui.view().screen == Screen::Attract);
}

TEST_CASE("every touch target is at least 64 px and on screen at 1080p") {
    for (std::string_view name : app::fixture_names()) {
        test::KioskFixture local;
        generate_demo_event(*local.store, {});                  // done-match and organizer-round need a crowd
        test::UiHarness ui(*local.store);
        INFO("screen " << name);
        const std::string error =
            app::drive_to_fixture(ui.shell().kiosk(), *local.store, ui.shell().ui_state(), name, ui.now());
        INFO("fixture error: " << error);
        REQUIRE(error.empty());
        ui.frame();
        ui.frame();
        REQUIRE_FALSE(ui.shell().ui_state().targets.empty());
        for (const ui::HitTarget& t : ui.shell().ui_state().targets) {
            INFO("target " << t.id);
            CHECK(t.max.x - t.min.x >= 64.0f);
            CHECK(t.max.y - t.min.y >= 64.0f);
            if (name.starts_with("organizer")) continue;        // list rows scroll out of view by design
            CHECK(t.min.x >= 0.0f);
            CHECK(t.min.y >= 0.0f);
            CHECK(t.max.x <= 1920.0f);
            CHECK(t.max.y <= 1080.0f);
        }
    }
}

TEST_CASE("every screen fits a 1280x800 display") {
    for (std::string_view name : app::fixture_names()) {
        test::KioskFixture local;
        generate_demo_event(*local.store, {});
        test::UiHarness ui(*local.store, {1280, 800});
        REQUIRE(app::drive_to_fixture(ui.shell().kiosk(), *local.store, ui.shell().ui_state(), name, ui.now()).empty());
        ui.frame();
        INFO("screen " << name);
        for (const ui::HitTarget& t : ui.shell().ui_state().targets) {
            if (name.starts_with("organizer") && t.id.starts_with("organizer-row")) continue;   // scrolls
            INFO("target " << t.id);
            CHECK(t.min.x >= 0.0f);
            CHECK(t.max.x <= 1280.0f);
            CHECK(t.max.y <= 800.0f);
        }
    }
}

// --- Live matching by touch ------------------------------------------------------------------------------------

namespace {
// Zoë checks herself in by touch, sharing her email.
void zoe_checks_in(test::UiHarness& ui) {
    ui.tap("Tap to check in");
    ui.type_keys({"z", "o", "e"});
    ui.tap("find-result:0");
    ui.tap("Continue");
    ui.tap("Continue");
    ui.tap("share:Email");
    ui.tap("Check me in");
    REQUIRE(ui.view().screen == Screen::Done);
}
} // namespace

TEST_CASE("touch: Zoë sees Seán as her match with his code, declines, and the store holds the decline") {
    test::KioskFixture fx;
    Attendee sean = *fx.store->attendee(fx.sean);
    sean.email.shared = true;
    fx.store->update_attendee(sean);
    fx.store->check_in(fx.sean, "another kiosk");
    fx.store->check_in(fx.minh, "another kiosk");
    test::UiHarness ui(*fx.store);
    zoe_checks_in(ui);

    REQUIRE(ui.view().done.partner.has_value());
    const kiosk::PartnerView& p = *ui.view().done.partner;
    CHECK(p.name == "Seán O.");
    CHECK_FALSE(p.reason.empty());
    CHECK(p.qr_payload == contact_qr(sean).payload);             // his consented card, nothing more
    CHECK_THAT(p.qr_payload, !Catch::Contains("Mayo"));
    REQUIRE(ui.find("like-partner") != nullptr);

    ui.tap("decline-partner");
    bool declined = false;
    for (const PreferenceRow& r : fx.store->preferences())
        declined |= r.from == fx.zoe && r.to == fx.sean && r.preference == Preference::Decline;
    CHECK(declined);
    REQUIRE(ui.view().done.partner.has_value());
    CHECK(ui.view().done.partner->id == fx.minh);                // the matcher paired her again at once
    CHECK_THAT(ui.view().done.match_note, Catch::Contains("won't suggest Seán O."));

    ui.tap("like-partner");
    CHECK(ui.view().done.partner->you_liked);
    CHECK(ui.find("like-partner") == nullptr);                   // "You said yes" stands in its place
    CHECK(ui.find("decline-partner") != nullptr);
}

TEST_CASE("touch: a mentor at a group table says yes to one mentee by tapping that mentee's row") {
    test::KioskFixture fx;
    fx.store->set_setting(kMentorCapacityKey, "2");
    const AttendeeId ana = fx.store->add_attendee(test::person("Ana Lima", "ana@example.br", Role::Mentee, 2));
    for (AttendeeId id : {fx.zoe, ana}) fx.store->check_in(id, "another kiosk");
    test::UiHarness ui(*fx.store);
    ui.tap("Tap to check in");
    ui.type_keys({"s", "e", "a"});
    ui.tap("find-result:0");
    ui.tap("Continue");
    ui.tap("Continue");
    ui.tap("Check me in");
    REQUIRE(ui.view().screen == Screen::Done);
    const kiosk::DoneView done = ui.view().done;
    REQUIRE(done.partner);
    REQUIRE(done.tablemates.size() == 1);                       // Zoë and Ana at Seán's table
    CHECK(ui.find("like-partner") == nullptr);                  // one row per mentee instead
    CHECK(ui.find("like-mentee-" + std::to_string(done.partner->id)) != nullptr);
    const AttendeeId last = done.tablemates.back().id;
    ui.tap("like-mentee-" + std::to_string(last));
    bool liked = false;
    for (const PreferenceRow& r : fx.store->preferences())
        liked |= r.from == fx.sean && r.to == last && r.preference == Preference::Like;
    CHECK(liked);
    CHECK(ui.find("like-mentee-" + std::to_string(last)) == nullptr);   // "You said yes" in its place
    CHECK(ui.find("decline-mentee-" + std::to_string(last)) != nullptr);
}

TEST_CASE("touch: a person without a match sees the waiting sentence and no answer buttons") {
    test::KioskFixture fx;
    test::UiHarness ui(*fx.store);
    zoe_checks_in(ui);
    CHECK_FALSE(ui.view().done.partner.has_value());
    CHECK(ui.find("like-partner") == nullptr);
    CHECK(ui.find("decline-partner") == nullptr);
    ui.tap("Finish");
    CHECK(ui.view().screen == Screen::Attract);
}

TEST_CASE("touch: the organizer sets tables and minutes and starts a round with table numbers") {
    test::KioskFixture fx;
    kiosk::set_organizer_pin(*fx.store, "2468", kiosk::PinHashCost::minimum());
    for (AttendeeId id : {fx.sean, fx.zoe, fx.minh}) fx.store->check_in(id, "another kiosk");
    test::UiHarness ui(*fx.store);
    ui.hold_at({30, 30}, 3.5);
    for (const char* k : {"pin:2", "pin:4", "pin:6", "pin:8", "pin:ok"}) ui.tap(k);
    REQUIRE(ui.view().screen == Screen::Organizer);
    CHECK(ui.view().organizer.matching.paired == 2);
    CHECK(ui.view().organizer.matching.waiting == 1);

    ui.tap("tables:plus");
    ui.tap("tables:plus");
    CHECK(*fx.store->setting(kiosk::kTablesKey) == "2");
    ui.tap("round-minutes:plus");
    CHECK(*fx.store->setting(kiosk::kRoundMinutesKey) == "20");
    ui.tap("start-round");
    const std::vector<Round> rounds = fx.store->rounds();
    REQUIRE(rounds.size() == 1);
    CHECK(rounds[0].duration_s == 20 * 60);
    const std::vector<Pairing> seats = fx.store->round_pairings(rounds[0].id);
    REQUIRE(seats.size() == 1);
    CHECK(seats[0].table == 1);
    CHECK(ui.view().organizer.matching.round_number == 1);
}

TEST_CASE("touch: an organizer on a kiosk that is not the matcher is told which screen is") {
    test::KioskFixture fx;
    kiosk::set_organizer_pin(*fx.store, "2468", kiosk::PinHashCost::minimum());
    REQUIRE(fx.store->acquire_matcher_lease("the board in hall B", 600'000));
    test::UiHarness ui(*fx.store);
    ui.hold_at({30, 30}, 3.5);
    for (const char* k : {"pin:2", "pin:4", "pin:6", "pin:8", "pin:ok"}) ui.tap(k);
    REQUIRE(ui.view().screen == Screen::Organizer);
    CHECK_FALSE(ui.view().organizer.matching.is_matcher);
    CHECK_THAT(ui.view().organizer.matching.status, Catch::Contains("the board in hall B"));
    ui.tap("start-round");
    CHECK(ui.view().organizer.message_is_error);
    CHECK_THAT(ui.view().organizer.message, Catch::Contains("the board in hall B"));
    CHECK(fx.store->rounds().empty());
}
