// The attendee flow driven by commands, against a real SQLite store: what the store holds afterwards.
#include <catch2/catch.hpp>

#include "core/kiosk/settings.hpp"
#include "tests/kiosk/kiosk_fixture.hpp"

using namespace mb;
using namespace mb::kiosk;
using namespace std::chrono_literals;

namespace {
using Flow = test::KioskDriver;
} // namespace

TEST_CASE("a listed attendee finds themselves, states their goals, chooses what to share, is checked in") {
    Flow f;
    REQUIRE(f.view().screen == Screen::Attract);
    REQUIRE(f.view().event_name == "Test Mixer");
    REQUIRE(f.view().present_count == 0);

    f.send(StartCheckIn{});
    REQUIRE(f.view().screen == Screen::Find);
    f.send(SetText{TextField::Query, "zo"});
    CHECK(f.view().find.letters_needed == 1);
    CHECK(f.view().find.results.empty());                    // privacy: nothing before three letters
    f.send(SetText{TextField::Query, "zoe nunez"});
    REQUIRE(f.view().find.results.size() == 1);
    CHECK(f.view().find.results[0].name == "Zoë Ñúñez");
    CHECK(f.view().find.results[0].organization == "Hospital Clínic");

    f.send(ChooseAttendee{f.zoe});
    REQUIRE(f.view().screen == Screen::About);
    CHECK(f.view().about.role == Role::Mentee);              // from the list
    f.send(SetRole{Role::Both});
    f.send(SetText{TextField::Title, "Resident"});
    f.send(SetYears{4});
    f.send(Continue{});
    REQUIRE(f.view().screen == Screen::Goals);
    f.send(ToggleGoal{Goal::LeadershipGrowth});
    f.send(ToggleExpertise{Goal::Relocation});
    f.send(SetPreferOutsideOrg{false});
    f.send(Continue{});
    REQUIRE(f.view().screen == Screen::Share);

    // Contact details of a found attendee are masked: anyone could have tapped this name.
    const auto& rows = f.view().share.rows;
    REQUIRE(rows.size() >= 2);
    CHECK(rows[0].label == "Email");
    CHECK(rows[0].value == "z\u2022\u2022\u2022@example.org");
    CHECK_FALSE(rows[0].shared);                              // nothing shared by default
    CHECK(f.view().share.qr_sentence == "Your QR code will hold your name \u2014 nothing else.");
    f.send(SetShared{ShareField::Email, true});
    CHECK(f.view().share.qr_sentence ==
          "Your QR code will hold your name and your email address \u2014 nothing else.");

    f.send(ConfirmCheckIn{});
    REQUIRE(f.view().screen == Screen::Done);
    CHECK(f.view().done.name == "Zoë Ñúñez");
    CHECK_FALSE(f.view().done.was_already_checked_in);
    REQUIRE(f.view().done.contact_qr.has_value());            // the consented card as a QR code
    CHECK(f.view().done.contact_qr->side() > 21);
    CHECK(f.view().present_count == 1);

    const Attendee stored = *f.store->attendee(f.zoe);
    CHECK(stored.role == Role::Both);
    CHECK(stored.title == "Resident");
    CHECK(stored.years_experience == 4);
    CHECK(stored.goals.has(Goal::LeadershipGrowth));
    CHECK(stored.expertise.has(Goal::Relocation));
    CHECK_FALSE(stored.prefer_outside_org);
    CHECK(stored.email.shared);
    CHECK_FALSE(stored.phone.shared);
    CHECK(f.store->present() == std::vector<AttendeeId>{f.zoe});

    f.send(Finish{});
    CHECK(f.view().screen == Screen::Attract);
}

TEST_CASE("checking in twice says welcome back and appends nothing") {
    Flow f;
    for (int round = 0; round < 2; ++round) {
        f.send(StartCheckIn{});
        f.send(SetText{TextField::Query, "sean"});
        f.send(ChooseAttendee{f.sean});
        f.send(Continue{});
        f.send(Continue{});
        f.send(ConfirmCheckIn{});
        REQUIRE(f.view().screen == Screen::Done);
        CHECK(f.view().done.was_already_checked_in == (round == 1));
        f.send(Finish{});
    }
    CHECK(f.store->check_in_log().size() == 1);
}

TEST_CASE("a walk-in registers: the form refuses bad input with a sentence, not silence") {
    Flow f;
    f.send(StartCheckIn{});
    f.send(SetText{TextField::Query, "Ana Li"});
    CHECK(f.view().find.searched);
    CHECK(f.view().find.results.empty());
    f.send(StartWalkIn{});
    REQUIRE(f.view().screen == Screen::Register);
    CHECK(f.view().registration.name.text == "Ana Li");       // what they searched for
    CHECK(f.view().registration.name.required);

    f.send(SetText{TextField::Name, "  "});
    f.send(SetText{TextField::Email, "ana.example.org"});
    f.send(Continue{});
    REQUIRE(f.view().screen == Screen::Register);
    CHECK_THAT(f.view().registration.name.error, Catch::Contains("type your name"));
    CHECK_THAT(f.view().registration.email.error, Catch::Contains("@"));

    f.send(SetText{TextField::Name, "Ana Li"});
    CHECK(f.view().registration.name.error.empty());         // editing withdraws the complaint
    f.send(SetText{TextField::Email, "ZOE@example.org"});
    f.send(Continue{});
    CHECK_THAT(f.view().registration.email.error, Catch::Contains("already on the guest list"));

    f.send(SetText{TextField::Email, "ana@example.org"});
    f.send(SetText{TextField::Phone, "+1 (617) 555-0100"});
    f.send(Continue{});
    REQUIRE(f.view().screen == Screen::About);
    CHECK_FALSE(f.view().about.role.has_value());
    f.send(Continue{});
    CHECK(f.view().screen == Screen::About);                  // a role is required
    CHECK_FALSE(f.view().about.role_error.empty());
    f.send(SetRole{Role::Mentor});
    f.send(SetText{TextField::Organization, "Kaiser Permanente"});
    f.send(Continue{});
    f.send(Continue{});
    REQUIRE(f.view().screen == Screen::Share);
    CHECK(f.view().share.rows[0].value == "ana@example.org"); // their own fresh typing is shown in full
    f.send(SetShared{ShareField::Phone, true});
    f.send(ConfirmCheckIn{});
    REQUIRE(f.view().screen == Screen::Done);

    const auto ana = f.store->attendee_by_email("ana@example.org");
    REQUIRE(ana);
    CHECK(ana->display_name == "Ana Li");
    CHECK(ana->role == Role::Mentor);
    CHECK(ana->organization == "Kaiser Permanente");
    CHECK(ana->phone.value == "+1 (617) 555-0100");
    CHECK(ana->phone.shared);
    CHECK_FALSE(ana->email.shared);
    CHECK(f.store->present() == std::vector<AttendeeId>{ana->id});
}

TEST_CASE("going back one step loses nothing, start over loses everything") {
    Flow f;
    f.send(StartCheckIn{});
    f.send(SetText{TextField::Query, "minh"});
    f.send(ChooseAttendee{f.minh});
    f.send(SetText{TextField::Title, "Chief of Staff"});
    f.send(Continue{});
    f.send(ToggleGoal{Goal::NewPosition});
    f.send(GoBack{});
    CHECK(f.view().screen == Screen::About);
    CHECK(f.view().about.title.text == "Chief of Staff");
    f.send(GoBack{});
    CHECK(f.view().screen == Screen::Find);
    CHECK(f.view().find.query.text == "minh");
    f.send(ChooseAttendee{f.minh});                           // the same person again: edits kept
    CHECK(f.view().about.title.text == "Chief of Staff");
    f.send(Continue{});
    CHECK(f.view().goals.goals.has(Goal::NewPosition));

    const auto session = f.view().session;
    f.send(StartOver{});
    CHECK(f.view().screen == Screen::Attract);
    CHECK(f.view().session != session);
    f.send(StartCheckIn{});
    CHECK(f.view().find.query.text.empty());
    CHECK(f.store->attendee(f.minh)->title.empty());          // nothing was written
}

TEST_CASE("an unattended form is wiped after the idle timeout, with a warning first") {
    Flow f;
    REQUIRE(f.kiosk.idle_timeout_s() == 60);
    f.send(StartCheckIn{});
    f.send(SetText{TextField::Query, "Zoë"});
    f.advance(45s);
    f.kiosk.tick(f.now);
    CHECK(f.view().idle_warning_s == 0);
    f.advance(6s);                                            // 9 s left
    f.kiosk.tick(f.now);
    CHECK(f.view().idle_warning_s == 9);
    f.kiosk.note_activity(f.now);                             // a touch anywhere
    CHECK(f.view().idle_warning_s == 0);
    f.advance(59s);
    f.kiosk.tick(f.now);
    CHECK(f.view().screen == Screen::Find);
    f.advance(1s);
    f.kiosk.tick(f.now);
    CHECK(f.view().screen == Screen::Attract);
    f.send(StartCheckIn{});
    CHECK(f.view().find.query.text.empty());                  // the half-typed name is gone
}

TEST_CASE("the idle timeout comes from the store setting, clamped") {
    test::KioskFixture fx;
    fx.store->set_setting("idle_timeout_s", "90");
    CHECK(Kiosk(*fx.store, fx.config(), fx.now).idle_timeout_s() == 90);
    fx.store->set_setting("idle_timeout_s", "2");
    CHECK(Kiosk(*fx.store, fx.config(), fx.now).idle_timeout_s() == kMinIdleTimeoutS);
    fx.store->set_setting("idle_timeout_s", "soon");
    CHECK(Kiosk(*fx.store, fx.config(), fx.now).idle_timeout_s() == kDefaultIdleTimeoutS);
}

TEST_CASE("another process's check-in shows up in the live count") {
    Flow f;
    CHECK(f.view().present_count == 0);
    f.store->check_in(f.sean, "other-kiosk");
    f.kiosk.tick(f.now);
    CHECK(f.view().present_count == 1);
}

TEST_CASE("commands for another screen are ignored") {
    Flow f;
    f.send(ConfirmCheckIn{});
    f.send(ChooseAttendee{f.zoe});
    f.send(SetText{TextField::Name, "Mallory"});
    CHECK(f.view().screen == Screen::Attract);
    CHECK(f.store->check_in_log().empty());
}

TEST_CASE("the share screen says which detail keeps the QR code from being made") {
    Flow f;
    Attendee sean = *f.store->attendee(f.sean);
    sean.title = "Chief\x07Surgeon";                          // a control character from an old import
    f.store->update_attendee(sean);
    f.send(StartCheckIn{});
    f.send(SetText{TextField::Query, "sean"});
    f.send(ChooseAttendee{f.sean});
    f.send(Continue{});
    f.send(Continue{});
    REQUIRE(f.view().screen == Screen::Share);
    CHECK(f.view().share.qr_problem.empty());                 // the title is not shared: no problem
    f.send(SetShared{ShareField::Title, true});
    CHECK_THAT(f.view().share.qr_problem, Catch::Contains("title"));
    f.send(ConfirmCheckIn{});                                 // checking in still works, without a code
    CHECK(f.view().screen == Screen::Done);
    CHECK_FALSE(f.view().done.contact_qr.has_value());
}

TEST_CASE("the organizer's link notice follows what the outbox reports, and is empty when all is well") {
    test::KioskFixture fx;
    std::string notice;                                       // what core/sync's outbox_notice() would say
    KioskConfig config = test::KioskFixture::config();
    config.link_notice = [&notice] { return notice; };
    Kiosk kiosk(*fx.store, config, fx.now);
    auto tick = [&] {
        fx.advance(1s);
        const auto before = kiosk.revision();
        kiosk.tick(fx.now);
        return std::pair{kiosk.view().link_notice, kiosk.revision() != before};
    };
    CHECK(tick() == std::pair{std::string(), false});
    notice = "Offline \u2014 3 waiting to sync";
    CHECK(tick() == std::pair{notice, true});                  // shown, and the screen redraws
    CHECK(tick() == std::pair{notice, false});                 // unchanged: no redraw
    notice.clear();
    CHECK(tick() == std::pair{std::string(), true});
}
