// tests/sync/test_outbox_kiosk.cpp — the real kiosk (core/kiosk) on an OutboxStore whose server goes away:
// find-me, a listed check-in and a walk-in all finish on the Done screen, and arrive on the server later.
#include <catch2/catch.hpp>

#include "core/kiosk/kiosk.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace mb;
using namespace mb::kiosk;
using namespace mb::test;
using namespace std::chrono_literals;

namespace {

struct OfflineKiosk : SyncEvent {
    std::unique_ptr<OutboxStore> store = kiosk(0ms);                 // retries on every poll
    std::chrono::steady_clock::time_point now{std::chrono::hours(1)};
    Kiosk ui{*store, config(), now};

    static KioskConfig config() {
        KioskConfig c;
        c.pin_cost = PinHashCost::minimum();
        c.change_poll = 0ms;
        return c;
    }
    void send(const Command& c) {
        now += 1s;
        ui.apply(c, now);
        ui.tick(now);
    }
    // A walk-in typed in up to the share screen, ready for ConfirmCheckIn.
    void walk_in_to_share(const std::string& name, const std::string& email) {
        send(StartCheckIn{});
        send(SetText{TextField::Query, name});
        send(StartWalkIn{});
        send(SetText{TextField::Email, email});
        send(Continue{});
        send(SetRole{Role::Mentee});
        send(Continue{});
        send(Continue{});
    }
};

} // namespace

TEST_CASE("An offline kiosk finds, checks in and registers people, and the server gets them when back") {
    OfflineKiosk k;
    k.send(Finish{});                        // one poll online: the mirror is current
    k.net.down = true;

    k.send(StartCheckIn{});
    k.send(SetText{TextField::Query, "zoe nunez"});
    REQUIRE(k.ui.view().find.results.size() == 1);
    k.send(ChooseAttendee{k.zoe});
    k.send(Continue{});
    k.send(Continue{});
    k.send(ConfirmCheckIn{});
    REQUIRE(k.ui.view().screen == Screen::Done);
    CHECK(k.ui.view().present_count == 1);
    k.send(Finish{});

    k.walk_in_to_share("Ana Li", "ana.li@example.org");
    k.send(ConfirmCheckIn{});
    REQUIRE(k.ui.view().screen == Screen::Done);
    CHECK(k.ui.view().present_count == 2);
    k.send(Finish{});

    CHECK(k.store->status().pending >= 2);
    CHECK_FALSE(k.server_present(k.zoe));
    k.net.down = false;
    k.send(Finish{});                        // the next poll delivers
    CHECK(k.store->status().pending == 0);
    CHECK(k.server_present(k.zoe));
    const auto ana = k.server->attendee_by_email("ana.li@example.org");
    REQUIRE(ana);
    CHECK(k.server_present(ana->id));
    CHECK(k.ui.view().present_count == 2);
}

// The kiosk's check-in body runs again offline after a lost commit answer; its first run had set the
// server's id on the walk-in, so the body starts from the form's id each time (core/kiosk/kiosk.cpp).
TEST_CASE("A walk-in whose commit answer was lost still reaches Done, and is stored once") {
    OfflineKiosk k;
    k.send(Finish{});
    k.walk_in_to_share("Ana Li", "ana.li@example.org");
    k.net.lose_acks = 1;                     // the server commits the walk-in; the answer is lost
    k.send(ConfirmCheckIn{});
    CHECK(k.ui.view().share.error.empty());
    REQUIRE(k.ui.view().screen == Screen::Done);
    k.send(Finish{});
    k.store->sync_once();
    CHECK(k.store->status().pending == 0);
    CHECK(k.server->attendee_count() == 4);
}
