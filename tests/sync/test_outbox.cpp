// tests/sync/test_outbox.cpp — the offline outbox: acknowledged while the server is away, delivered once,
// in order, when it is back; reads answered from the mirror meanwhile.
#include <catch2/catch.hpp>

#include "core/kiosk/find_index.hpp"
#include "core/sync/outbox_file.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace mb;
using namespace mb::test;

// --- Check-ins ------------------------------------------------------------------------------------------------

TEST_CASE("An offline check-in is acknowledged, then delivered exactly once when the server is back") {
    SyncEvent ev;
    auto kiosk = ev.kiosk();
    REQUIRE(kiosk->status().online);

    ev.net.down = true;
    const CheckInResult r = kiosk->check_in(ev.ana, "kiosk");
    CHECK_FALSE(r.already_present);
    CHECK_FALSE(r.event.uuid.empty());
    CHECK(kiosk->status().pending == 1);
    CHECK_FALSE(kiosk->status().online);
    CHECK(kiosk->present() == std::vector<AttendeeId>{ev.ana});     // the kiosk shows it at once
    CHECK(ev.server_check_ins(ev.ana) == 0);                        // the server has not heard of it

    CHECK(kiosk->sync_once().pending == 1);                          // still down: nothing moves
    ev.net.down = false;
    const OutboxStatus s = kiosk->sync_once();
    CHECK(s.online);
    CHECK(s.pending == 0);
    CHECK(s.last_error.empty());
    REQUIRE(ev.server_check_ins(ev.ana) == 1);
    CHECK(ev.server->check_in_log().back().uuid == r.event.uuid);   // the uuid made before the first attempt
    kiosk->sync_once();
    CHECK(ev.server_check_ins(ev.ana) == 1);
}

TEST_CASE("A check-in whose acknowledgement was lost after the server committed is stored once") {
    SyncEvent ev;
    auto kiosk = ev.kiosk();
    ev.net.lose_acks = 1;
    const CheckInResult r = kiosk->check_in(ev.ben, "kiosk");       // committed, answer lost, queued
    CHECK(kiosk->status().pending == 1);
    CHECK(ev.server_check_ins(ev.ben) == 1);
    kiosk->sync_once();
    CHECK(kiosk->status().pending == 0);
    CHECK(ev.server_check_ins(ev.ben) == 1);
    CHECK(ev.server->check_in_log().back().uuid == r.event.uuid);
}

TEST_CASE("Writes made offline reach the server in the order they were acknowledged") {
    SyncEvent ev;
    auto kiosk = ev.kiosk();
    ev.net.down = true;
    kiosk->check_in(ev.ana, "kiosk");
    Attendee edited = *kiosk->attendee(ev.ana);
    edited.title = "Charge nurse";
    kiosk->update_attendee(edited);
    kiosk->set_preference(ev.ana, ev.ben, Preference::Like);
    CHECK(kiosk->attendee(ev.ana)->title == "Charge nurse");        // offline reads see offline writes
    CHECK(kiosk->preferences().size() == 1);
    CHECK(kiosk->status().pending == 3);

    ev.net.down = false;
    ev.net.calls.clear();
    kiosk->sync_once();
    const std::vector<std::string> expected{"check_in " + std::to_string(ev.ana), "update " + std::to_string(ev.ana),
                                            "preference " + std::to_string(ev.ana) + " " + std::to_string(ev.ben)};
    CHECK(ev.net.calls == expected);
    CHECK(ev.server->attendee(ev.ana)->title == "Charge nurse");
    REQUIRE(ev.server->preferences().size() == 1);
    CHECK(ev.server->preferences()[0].preference == Preference::Like);
}

TEST_CASE("While anything waits, new writes queue behind it even though the server answers again") {
    SyncEvent ev;
    auto kiosk = ev.kiosk();
    ev.net.down = true;
    kiosk->check_in(ev.ana, "kiosk");
    ev.net.down = false;                     // back, but nobody delivered yet
    kiosk->check_in(ev.ben, "kiosk");
    CHECK(kiosk->status().pending == 2);
    ev.net.calls.clear();
    kiosk->sync_once();
    CHECK(ev.net.calls == std::vector<std::string>{"check_in " + std::to_string(ev.ana), "check_in " + std::to_string(ev.ben)});
}

// --- Walk-ins and transactions ----------------------------------------------------------------------------------

TEST_CASE("A walk-in registered offline gets the server's id at sync and its check-in lands on it") {
    SyncEvent ev;
    auto kiosk = ev.kiosk();
    ev.net.down = true;
    AttendeeId provisional = 0;
    kiosk->transaction([&] {
        provisional = kiosk->add_attendee(walk_in("Mia Chen", "mia@example.org", "11111111-1111-4111-8111-111111111111"));
        kiosk->check_in(provisional, "kiosk");
    });
    CHECK(provisional < 0);
    CHECK(kiosk->attendee(provisional)->display_name == "Mia Chen");
    CHECK(kiosk->present() == std::vector<AttendeeId>{provisional});
    kiosk->set_preference(provisional, ev.ben, Preference::Like);

    ev.net.down = false;
    kiosk->sync_once();
    CHECK(kiosk->status().pending == 0);
    const auto mia = ev.server->attendee_by_email("mia@example.org");
    REQUIRE(mia);
    CHECK(mia->id > 0);
    CHECK(ev.server_present(mia->id));
    REQUIRE(ev.server->preferences().size() == 1);
    CHECK(ev.server->preferences()[0].from == mia->id);
    CHECK(kiosk->attendee(provisional)->id == mia->id);            // the kiosk may still hold the old id
    CHECK(ev.server->attendee_count() == 4);
}

TEST_CASE("A transaction that loses the server at commit runs again offline and is stored once") {
    SyncEvent ev;
    auto kiosk = ev.kiosk();
    ev.net.lose_acks = 1;                    // the server commits the walk-in and check-in; the answer is lost
    AttendeeId id = 0;
    int runs = 0;
    kiosk->transaction([&] {
        ++runs;
        id = kiosk->add_attendee(walk_in("Leo Park", "leo@example.org", "22222222-2222-4222-8222-222222222222"));
        kiosk->check_in(id, "kiosk");
    });
    CHECK(runs == 2);
    CHECK(id < 0);                           // the offline run's provisional id
    CHECK(kiosk->status().pending == 2);
    kiosk->sync_once();
    CHECK(kiosk->status().pending == 0);
    CHECK(ev.server->attendee_count() == 4);
    const auto leo = ev.server->attendee_by_email("leo@example.org");
    REQUIRE(leo);
    CHECK(ev.server_check_ins(leo->id) == 1);
    CHECK(kiosk->attendee(id)->id == leo->id);
}

TEST_CASE("A walk-in whose email was registered meanwhile on the server becomes that attendee") {
    SyncEvent ev;
    auto kiosk = ev.kiosk();
    ev.net.down = true;
    const AttendeeId provisional = kiosk->add_attendee(walk_in("Sam Roe", "sam@example.org", "33333333-3333-4333-8333-333333333333"));
    kiosk->check_in(provisional, "kiosk");
    const AttendeeId imported = ev.server->add_attendee(person("Samuel Roe", "SAM@example.org"));
    ev.net.down = false;
    const OutboxStatus s = kiosk->sync_once();
    CHECK(s.pending == 0);
    CHECK(s.refused == 0);
    CHECK(ev.server->attendee_count() == 4);
    CHECK(ev.server_present(imported));
}

TEST_CASE("A write the server refuses is set aside, reported, and does not block the ones after it") {
    SyncEvent ev;
    auto kiosk = ev.kiosk();
    ev.net.down = true;
    Attendee ana = *kiosk->attendee(ev.ana);
    ana.email.value = "new@example.org";
    kiosk->update_attendee(ana);
    kiosk->check_in(ev.ben, "kiosk");
    ev.server->add_attendee(person("Someone Else", "new@example.org"));   // takes the email first
    ev.net.down = false;
    const OutboxStatus s = kiosk->sync_once();
    CHECK(s.pending == 0);
    CHECK(s.refused == 1);
    CHECK_FALSE(s.last_error.empty());
    CHECK(ev.server_present(ev.ben));
    CHECK(outbox_notice(s).find("1 refused") != std::string::npos);
}

// --- Reads offline -------------------------------------------------------------------------------------------------

TEST_CASE("Find-me works offline from the last synced attendee list, also after a restart") {
    SyncEvent ev;
    ev.server->check_in(ev.zoe, "cli");
    ev.server->set_setting("event_name", "Nursing Leaders 2026");
    {
        auto kiosk = ev.kiosk();
        CHECK(kiosk->setting("event_name") == "Nursing Leaders 2026");
        kiosk->change_counter();             // the kiosk's poll keeps the mirror current
    }
    ev.net.down = true;
    auto kiosk = ev.kiosk();                 // starts offline
    CHECK_FALSE(kiosk->status().online);
    const kiosk::FindIndex index(kiosk->attendees_changed_since(0).changed);
    const kiosk::FindOutcome found = index.search("zoe nu", 5);
    REQUIRE(found.hits.size() == 1);
    CHECK(found.hits[0].entry->id == ev.zoe);
    CHECK(kiosk->attendee_by_email("BEN@example.org")->id == ev.ben);
    CHECK(kiosk->present() == std::vector<AttendeeId>{ev.zoe});
    CHECK(kiosk->setting("event_name") == "Nursing Leaders 2026");
    CHECK(kiosk->attendee_count() == 3);
}

TEST_CASE("The mirror follows the server's changes through change_counter polls") {
    SyncEvent ev;
    auto kiosk = ev.kiosk();
    const std::uint64_t before = kiosk->change_counter();
    const AttendeeId kai = ev.server->add_attendee(person("Kai Berg", "kai@example.org"));
    ev.server->check_in(kai, "other kiosk");
    CHECK(kiosk->change_counter() != before);
    ev.net.down = true;
    CHECK(kiosk->attendee(kai));             // answered from the mirror now
    CHECK(kiosk->present() == std::vector<AttendeeId>{kai});
}

// --- Organizer writes, the lease, automatic delivery -------------------------------------------------------------

TEST_CASE("Organizer changes need the server: offline they fail with a sentence, the lease is not taken") {
    SyncEvent ev;
    auto kiosk = ev.kiosk();
    ev.net.down = true;
    try {
        kiosk->set_setting("event_name", "x");
        FAIL("set_setting succeeded offline");
    } catch (const StoreError& e) {
        CHECK(e.kind == StoreErrorKind::Unreachable);
        CHECK(std::string(e.what()).find("cannot be reached") != std::string::npos);
    }
    CHECK_THROWS_AS(kiosk->undo_check_in(ev.ana, "organizer"), StoreError);
    CHECK_THROWS_AS(kiosk->start_round({}, 600), StoreError);
    CHECK_FALSE(kiosk->acquire_matcher_lease("kiosk-1", 10000));
    CHECK_FALSE(kiosk->matcher_lease_holder());
    ev.net.down = false;
    kiosk->sync_once();
    CHECK(kiosk->acquire_matcher_lease("kiosk-1", 10000));
}

TEST_CASE("The kiosk's change_counter poll delivers by itself once the retry interval has passed") {
    SyncEvent ev;
    auto patient = ev.kiosk(std::chrono::hours(1));
    ev.net.down = true;
    patient->check_in(ev.ana, "kiosk");
    ev.net.down = false;
    patient->change_counter();
    CHECK(patient->status().pending == 1);   // not yet: it retries every hour
    patient.reset();

    auto eager = ev.kiosk(std::chrono::milliseconds(0));             // reopening delivers what was left
    CHECK(eager->status().pending == 0);
    ev.net.down = true;
    eager->check_in(ev.ben, "kiosk");
    ev.net.down = false;
    const std::uint64_t before = eager->change_counter();
    CHECK(eager->status().pending == 0);
    CHECK(ev.server_present(ev.ben));
    CHECK(eager->change_counter() == before);                        // and then it settles
}

TEST_CASE("The organizer notice says offline and how many wait, and nothing when all is delivered") {
    CHECK(outbox_notice({false, 3, 0, "server down"}) == "Offline — 3 waiting to sync");
    CHECK(outbox_notice({true, 0, 0, ""}).empty());
    CHECK(outbox_notice({true, 2, 0, ""}) == "Syncing — 2 waiting");
}

TEST_CASE("The outbox file is named after the server without its password and lives with the database") {
    const auto p = sync::default_outbox_path("postgresql://kiosk:s3cret@db.example.org:5432/mixer?sslmode=require");
    CHECK(p.filename() == "outbox-db.example.org_5432_mixer.db");
    CHECK(p.string().find("s3cret") == std::string::npos);
    CHECK(p.parent_path() == default_database_path().parent_path());
}

TEST_CASE("A kiosk notices when another process (matchbooth sync) emptied its outbox, and writes directly again") {
    SyncEvent ev;
    auto kiosk = ev.kiosk();                 // retries only every hour by itself
    ev.net.down = true;
    kiosk->check_in(ev.ana, "kiosk");
    ev.net.down = false;
    ev.kiosk().reset();                      // a second process on the same outbox delivers it
    CHECK(ev.server_check_ins(ev.ana) == 1);
    kiosk->change_counter();
    CHECK(kiosk->status().pending == 0);
    kiosk->sync_once();                      // reconnects (the kiosk lost its connection when the server went)
    kiosk->check_in(ev.ben, "kiosk");
    CHECK(ev.server_present(ev.ben));        // straight to the server, nothing queued
    CHECK(kiosk->status().pending == 0);
    CHECK(ev.server_check_ins(ev.ana) == 1);
}

TEST_CASE("Rounds, seats, suggestions and likes stay readable offline, as last seen") {
    SyncEvent ev;
    const Pairing seat{ev.ben, ev.ana, 3, 80, "same field", false};
    const Round round = ev.server->start_round(std::span<const Pairing>(&seat, 1), 900);
    REQUIRE(ev.server->acquire_matcher_lease("board", 60000));
    const Pairing suggestion{ev.zoe, ev.ana, 0, 70, "leadership", true};
    ev.server->store_suggestions(std::span<const Pairing>(&suggestion, 1), "board");
    ev.server->set_preference(ev.ana, ev.zoe, Preference::Decline);
    auto kiosk = ev.kiosk();                 // opening reads the mirror
    ev.net.down = true;
    REQUIRE(kiosk->rounds().size() == 1);
    CHECK(kiosk->rounds()[0].id == round.id);
    CHECK(kiosk->rounds()[0].duration_s == 900);
    const auto seats = kiosk->round_pairings(round.id);
    REQUIRE(seats.size() == 1);
    CHECK(seats[0].table == 3);
    CHECK(seats[0].mentor == ev.ben);
    const auto pairs = kiosk->stored_suggestions();
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].mentor == ev.zoe);
    CHECK(pairs[0].locked);
    REQUIRE(kiosk->preferences().size() == 1);
    CHECK(kiosk->preferences()[0].preference == Preference::Decline);
    CHECK_THROWS_AS(kiosk->check_in_log(), StoreError);     // the log's numbering is the server's
}
