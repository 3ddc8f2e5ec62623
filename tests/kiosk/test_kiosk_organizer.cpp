// Organizer mode: the PIN gate (hash, lockout) and the organizer's actions, through commands.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/kiosk/settings.hpp"
#include "tests/kiosk/failing_store.hpp"
#include "tests/kiosk/kiosk_fixture.hpp"

using namespace mb;
using namespace mb::kiosk;
using namespace std::chrono_literals;

namespace {
using Organizer = test::KioskDriver;
} // namespace

TEST_CASE("the PIN is stored as a salted Argon2id hash, never as the digits") {
    test::KioskFixture fx;
    CHECK_FALSE(has_organizer_pin(*fx.store));
    set_organizer_pin(*fx.store, "2468", PinHashCost::minimum());
    const std::string hash = *fx.store->setting(kPinHashKey);
    CHECK_THAT(hash, Catch::StartsWith("$argon2id$"));
    CHECK(hash.find("2468") == std::string::npos);
    CHECK(pin_matches_hash("2468", hash));
    CHECK_FALSE(pin_matches_hash("2469", hash));
    set_organizer_pin(*fx.store, "2468", PinHashCost::minimum());
    CHECK(*fx.store->setting(kPinHashKey) != hash);           // a fresh salt every time
    CHECK_THROWS_WITH(set_organizer_pin(*fx.store, "12a4"), Catch::Contains("digits"));
    CHECK_THROWS_WITH(set_organizer_pin(*fx.store, "123"), Catch::Contains("4 to 8"));
}

TEST_CASE("a wrong PIN is rejected, repeated failures lock entry for a growing delay") {
    Organizer o;
    set_organizer_pin(*o.store, "2468", PinHashCost::minimum());
    o.send(OpenOrganizer{});
    REQUIRE(o.view().screen == Screen::OrganizerPin);
    CHECK_FALSE(o.view().pin.choosing);
    o.send(SubmitPin{"1111"});
    CHECK(o.view().screen == Screen::OrganizerPin);
    CHECK(o.view().pin.error == "Wrong PIN.");
    o.send(SubmitPin{"2222"});
    o.send(SubmitPin{"3333"});                                // third failure: locked for 30 s
    CHECK(o.view().pin.locked_for_s == 30);
    o.send(SubmitPin{"2468"});                                // even the right PIN waits
    CHECK(o.view().screen == Screen::OrganizerPin);
    CHECK_THAT(o.view().pin.error, Catch::Contains("Try again in"));
    o.advance(30s);
    o.kiosk.tick(o.now);
    CHECK(o.view().pin.locked_for_s == 0);
    o.send(SubmitPin{"4444"});                                // fourth failure: 60 s
    CHECK(o.view().pin.locked_for_s == 60);
    o.advance(60s);
    o.send(SubmitPin{"2468"});
    CHECK(o.view().screen == Screen::Organizer);
}

TEST_CASE("a PIN lockout holds at another kiosk of the event and after a restart, and a right PIN clears it") {
    Organizer first;
    set_organizer_pin(*first.store, "2468", PinHashCost::minimum());
    first.send(OpenOrganizer{});
    for (const char* wrong : {"1111", "2222", "3333"}) first.send(SubmitPin{wrong});
    REQUIRE(first.view().pin.locked_for_s == 30);
    CHECK(*first.store->setting(kPinFailuresKey) == "3");

    // A second kiosk on the same event (or this one restarted): the pad opens locked.
    Kiosk second(*first.store, test::KioskFixture::config(), first.now);
    second.apply(OpenOrganizer{}, first.now);
    CHECK(second.view().pin.locked_for_s >= 25);              // the wall clock moved a little meanwhile
    second.apply(SubmitPin{"2468"}, first.now);
    CHECK(second.view().screen == Screen::OrganizerPin);      // even the right PIN waits
    CHECK_THAT(second.view().pin.error, Catch::Contains("Try again in"));

    // Once the lock is over, the right PIN opens it and the stored count starts again from zero.
    first.advance(31s);
    first.send(SubmitPin{"2468"});
    REQUIRE(first.view().screen == Screen::Organizer);
    CHECK(*first.store->setting(kPinFailuresKey) == "0");
    CHECK(*first.store->setting(kPinLockedUntilKey) == "0");
}

TEST_CASE("the first organizer chooses the PIN by typing it twice") {
    Organizer o;
    o.send(OpenOrganizer{});
    REQUIRE(o.view().pin.choosing);
    o.send(ChoosePin{"1234", "1243"});
    CHECK_THAT(o.view().pin.error, Catch::Contains("different"));
    o.send(ChoosePin{"12", "12"});
    CHECK_THAT(o.view().pin.error, Catch::Contains("4 to 8"));
    o.send(ChoosePin{"123456", "123456"});
    CHECK(o.view().screen == Screen::Organizer);
    CHECK(has_organizer_pin(*o.store));
    o.send(CloseOrganizer{});
    o.send(OpenOrganizer{});
    CHECK_FALSE(o.view().pin.choosing);
    o.send(ChoosePin{"9999", "9999"});                        // cannot replace a PIN from the kiosk
    CHECK(o.view().screen == Screen::OrganizerPin);
    CHECK(pin_matches_hash("123456", *o.store->setting(kPinHashKey)));
}

TEST_CASE("organizer actions need the PIN") {
    Organizer o;
    o.store->check_in(o.zoe, "test");
    o.send(UndoCheckIn{o.zoe});
    o.send(SetIdleTimeout{300});
    o.send(LeaveKiosk{});
    CHECK(o.store->present_count() == 1);
    CHECK_FALSE(o.store->setting(kIdleTimeoutKey).has_value());
    CHECK_FALSE(o.kiosk.exit_requested());
}

TEST_CASE("the organizer sees everyone with their state, undoes a check-in, and changes settings") {
    Organizer o;
    o.store->check_in(o.zoe, "test");
    REQUIRE(o.unlock());
    const OrganizerView& view = o.view().organizer;
    REQUIRE(view.rows.size() == 3);
    CHECK(view.attendee_count == 3);
    CHECK(view.present_count == 1);
    CHECK(view.rows[0].name == "Nguyễn Thị Minh");           // by folded name
    CHECK(view.rows[2].name == "Zoë Ñúñez");
    CHECK(view.rows[2].checked_in);

    o.send(SetText{TextField::OrganizerFilter, "mayo"});
    CHECK(o.view().organizer.rows.size() == 2);

    o.send(UndoCheckIn{o.zoe});
    CHECK(o.store->present_count() == 0);
    CHECK_THAT(o.view().organizer.message, Catch::Contains("undone"));
    o.send(UndoCheckIn{o.zoe});
    CHECK(o.view().organizer.message_is_error);
    o.send(CheckInByOrganizer{o.sean});
    CHECK(o.store->present() == std::vector<AttendeeId>{o.sean});

    o.send(SetText{TextField::EventName, "  Spring Mixer "});
    o.send(SaveEventName{});
    CHECK(*o.store->setting(kEventNameKey) == "Spring Mixer");
    CHECK(o.view().event_name == "Spring Mixer");

    o.send(SetIdleTimeout{5000});
    CHECK(o.kiosk.idle_timeout_s() == kMaxIdleTimeoutS);
    CHECK(*o.store->setting(kIdleTimeoutKey) == std::to_string(kMaxIdleTimeoutS));

    o.send(LeaveKiosk{});
    CHECK(o.kiosk.exit_requested());
}

TEST_CASE("the organizer imports a CSV and exports the attendee list") {
    Organizer o;
    REQUIRE(o.unlock());
    const auto csv = o.dir / "people.csv";
    std::ofstream(csv) << "Name,Email,Company\nAda Lovelace,ada@example.org,Analytical\n,broken@example.org,\n";
    o.send(SetText{TextField::ImportPath, csv.string()});
    o.send(ImportCsv{});                                   // first tap: a dry run with the column mapping
    CHECK_FALSE(o.view().organizer.message_is_error);
    CHECK_THAT(o.view().organizer.message, Catch::StartsWith("Checked: would import 1 new") &&
                                               Catch::Contains("Name \u2192 name") && Catch::Contains("Tap Import again"));
    CHECK(o.view().organizer.import_checked);
    CHECK_FALSE(o.store->attendee_by_email("ada@example.org"));
    o.send(ImportCsv{});                                   // second tap: stores
    CHECK_FALSE(o.view().organizer.message_is_error);
    CHECK_THAT(o.view().organizer.message, Catch::StartsWith("Imported 1 new"));
    CHECK_FALSE(o.view().organizer.import_checked);
    CHECK(o.store->attendee_by_email("ada@example.org"));
    CHECK(o.view().organizer.rows.size() == 4);

    o.send(SetText{TextField::ImportPath, (o.dir / "missing.csv").string()});
    o.send(ImportCsv{});
    CHECK(o.view().organizer.message_is_error);

    const auto out = o.dir / "export.csv";
    o.send(SetText{TextField::ExportPath, out.string()});
    o.send(ExportAttendees{});
    CHECK_THAT(o.view().organizer.message, Catch::StartsWith("Wrote 4 attendees"));
    std::stringstream text;
    text << std::ifstream(out).rdbuf();
    CHECK_THAT(text.str(), Catch::Contains("Ada Lovelace"));
    CHECK(std::filesystem::status(out).permissions() ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));

    o.send(SetText{TextField::ExportPath, (o.dir / "no-such-dir" / "x.csv").string()});
    o.send(ExportAttendees{});
    CHECK(o.view().organizer.message_is_error);
}

TEST_CASE("a store failure at check-in becomes a sentence and leaves nothing half-written") {
    test::KioskFixture fx;
    test::FailingStore failing(*fx.store);
    Kiosk kiosk(failing, fx.config(), fx.now);
    kiosk.apply(StartCheckIn{}, fx.now);
    kiosk.apply(SetText{TextField::Query, "ana"}, fx.now);
    kiosk.apply(StartWalkIn{}, fx.now);
    kiosk.apply(SetText{TextField::Email, "ana@example.org"}, fx.now);
    kiosk.apply(Continue{}, fx.now);
    kiosk.apply(SetRole{Role::Mentee}, fx.now);
    kiosk.apply(Continue{}, fx.now);
    kiosk.apply(Continue{}, fx.now);
    failing.fail_check_in = true;
    kiosk.apply(ConfirmCheckIn{}, fx.now);
    CHECK(kiosk.view().screen == Screen::Share);
    CHECK_THAT(kiosk.view().share.error, Catch::Contains("could not be saved"));
    CHECK_FALSE(fx.store->attendee_by_email("ana@example.org"));   // the add rolled back with the check-in
    failing.fail_check_in = false;
    kiosk.apply(ConfirmCheckIn{}, fx.now);                          // the same form, tried again
    CHECK(kiosk.view().screen == Screen::Done);
    CHECK(fx.store->attendee_by_email("ana@example.org"));
}

TEST_CASE("the organizer erases a person in two taps: the profile is blanked, the file scrubbed, nobody finds them") {
    test::KioskFixture fx;
    fx.store->check_in(fx.zoe, "another kiosk");
    int scrubs = 0;
    KioskConfig config = test::KioskFixture::config();
    config.scrub_after_erase = [&] {
        ++scrubs;
        return std::string();
    };
    Kiosk kiosk(*fx.store, config, fx.now);
    auto send = [&](const Command& c) {
        fx.advance(1s);
        kiosk.apply(c, fx.now);
        kiosk.tick(fx.now);
    };
    send(ConfirmErase{fx.zoe});                                 // locked organizer: nothing happens
    CHECK(fx.store->attendee(fx.zoe)->display_name == "Zoë Ñúñez");
    set_organizer_pin(*fx.store, "2468", PinHashCost::minimum());
    send(OpenOrganizer{});
    send(SubmitPin{"2468"});
    REQUIRE(kiosk.view().screen == Screen::Organizer);

    send(ConfirmErase{fx.zoe});                                 // no row asked yet: a stray tap erases nobody
    CHECK(fx.store->attendee(fx.zoe)->display_name == "Zoë Ñúñez");
    send(AskErase{fx.zoe});
    CHECK(kiosk.view().organizer.erase_pending == fx.zoe);
    send(CancelErase{});
    CHECK(kiosk.view().organizer.erase_pending == 0);
    send(ConfirmErase{fx.zoe});
    CHECK(fx.store->attendee(fx.zoe)->display_name == "Zoë Ñúñez");

    send(AskErase{fx.zoe});
    send(ConfirmErase{fx.zoe});
    const Attendee erased = *fx.store->attendee(fx.zoe);
    CHECK(erased.display_name != "Zoë Ñúñez");
    CHECK(erased.email.value.empty());
    CHECK(scrubs == 1);
    CHECK_FALSE(kiosk.view().organizer.message_is_error);
    CHECK_THAT(kiosk.view().organizer.message, Catch::Contains("is erased") && Catch::Contains("scrubbed"));
    const auto present = fx.store->present();
    CHECK(std::find(present.begin(), present.end(), fx.zoe) == present.end());
    for (const OrganizerRowView& r : kiosk.view().organizer.rows) CHECK(r.id != fx.zoe);   // not listed

    send(CloseOrganizer{});                                     // the public search finds nobody by her name
    send(StartCheckIn{});
    send(SetText{TextField::Query, "zoe"});
    for (const auto& hit : kiosk.view().find.results) CHECK(hit.id != fx.zoe);
}

TEST_CASE("an erase whose scrub is blocked says so as an error, and the erase itself stands") {
    test::KioskFixture fx;
    KioskConfig config = test::KioskFixture::config();
    config.scrub_after_erase = [] { return std::string("old copies may still be in the database file (busy)."); };
    Kiosk kiosk(*fx.store, config, fx.now);
    set_organizer_pin(*fx.store, "2468", PinHashCost::minimum());
    for (const Command& c : std::vector<Command>{OpenOrganizer{}, SubmitPin{"2468"}, AskErase{fx.sean},
                                                 ConfirmErase{fx.sean}})
        kiosk.apply(c, fx.now);
    CHECK(fx.store->attendee(fx.sean)->email.value.empty());
    CHECK(kiosk.view().organizer.message_is_error);
    CHECK_THAT(kiosk.view().organizer.message, Catch::Contains("old copies may still be"));
}
