// tests/kiosk/kiosk_fixture.hpp — a real SQLite store in a temporary directory with a few known people,
// and a controllable clock. Shared by tests/kiosk (commands) and tests/app (synthetic touches).
#pragma once

#include <chrono>
#include <memory>

#include "core/kiosk/kiosk.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/temp_dir.hpp"

namespace mb::test {

struct KioskFixture {
    TempDir dir;                                               // removed with the fixture
    std::unique_ptr<Store> store = open_sqlite_store(dir / "kiosk.db");
    AttendeeId zoe = 0;                                        // "Zoë Ñúñez", Hospital Clínic, mentee
    AttendeeId sean = 0;                                       // "Seán O'Brien", Mayo Clinic, mentor
    AttendeeId minh = 0;                                       // "Nguyễn Thị Minh", Mayo Clinic, both
    std::chrono::steady_clock::time_point now{std::chrono::hours(1)};   // advanced by the tests

    KioskFixture() {
        Attendee z = person("Zoë Ñúñez", "zoe@example.org", Role::Mentee, 3);
        z.organization = "Hospital Clínic";
        z.phone.value = "+34 600 123 456";
        zoe = store->add_attendee(z);
        Attendee s = person("Seán O'Brien", "sean@example.ie", Role::Mentor, 22);
        s.organization = "Mayo Clinic";
        sean = store->add_attendee(s);
        Attendee m = person("Nguyễn Thị Minh", "minh@example.vn", Role::Both, 12);
        m.organization = "Mayo Clinic";
        minh = store->add_attendee(m);
        store->set_setting("event_name", "Test Mixer");
    }

    static kiosk::KioskConfig config() {
        kiosk::KioskConfig c;
        c.pin_cost = kiosk::PinHashCost::minimum();           // Argon2id at its cheapest: tests stay quick
        c.change_poll = std::chrono::milliseconds(0);         // every tick sees the store
        return c;
    }

    void advance(std::chrono::milliseconds ms) { now += ms; }
};

// The fixture with a Kiosk on it, driven by commands one second apart (as a person would tap).
struct KioskDriver : KioskFixture {
    kiosk::Kiosk kiosk{*store, config(), now};

    void send(const kiosk::Command& c) {
        advance(std::chrono::seconds(1));
        kiosk.apply(c, now);
        kiosk.tick(now);
    }
    const kiosk::KioskView& view() { return kiosk.view(); }

    // Sets the organizer PIN to 2468 and enters organizer mode with it. Returns false if that failed.
    bool unlock() {
        kiosk::set_organizer_pin(*store, "2468", kiosk::PinHashCost::minimum());
        send(kiosk::OpenOrganizer{});
        send(kiosk::SubmitPin{"2468"});
        return view().screen == kiosk::Screen::Organizer;
    }
};

} // namespace mb::test
