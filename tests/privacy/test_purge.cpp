// tests/privacy/test_purge.cpp — purging the event: personal data out of the tables and the file, aggregate
// counts kept; the retention rule purges by itself once the event is N days over, and only then.
#include <catch2/catch.hpp>

#include "core/privacy/erase.hpp"
#include "core/privacy/purge.hpp"
#include "core/privacy/retention.hpp"
#include "core/store/pg_store.hpp"
#include "core/store/sqlite_store.hpp"
#include "core/util/ids.hpp"
#include "tests/privacy/file_bytes.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/forwarding_store.hpp"
#include "tests/support/pg_cluster.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;
using mb::test::all_files;
using mb::test::contains;

namespace {

constexpr std::int64_t kDay = 24LL * 60 * 60 * 1000;
const char* const kSecrets[] = {"Ana Lima", "ana@example.br", "Ben Ode", "ben@example.ng", "Cy Young", "Dee Quuxley",
                                "Quuxley Clinic", "both in cardiology"};

struct Event {
    AttendeeId ana = 0, ben = 0, cy = 0, dee = 0;
};

// Two mentors, two mentees; three check in; likes; one round; live suggestions.
Event make_event(Store& store) {
    Event e;
    e.ana = store.add_attendee(test::person("Ana Lima", "ana@example.br", Role::Mentor, 20));
    e.ben = store.add_attendee(test::person("Ben Ode", "ben@example.ng", Role::Mentee, 3));
    e.cy = store.add_attendee(test::person("Cy Young", "cy@example.ca", Role::Mentor, 15));
    Attendee dee = test::person("Dee Quuxley", "dee@example.org", Role::Both, 8);
    dee.organization = "Quuxley Clinic";
    e.dee = store.add_attendee(dee);
    for (const AttendeeId id : {e.ana, e.ben, e.dee}) store.check_in(id, "kiosk");
    store.set_preference(e.ben, e.ana, Preference::Like);
    store.set_preference(e.dee, e.cy, Preference::Decline);
    const std::vector<Pairing> seated{{e.ana, e.ben, 1, 40, "both in cardiology"}, {e.ana, e.dee, 1, 20, "same city"}};
    store.start_round(seated, 600);
    REQUIRE(store.acquire_matcher_lease("m", 60000));
    const std::vector<Pairing> suggested{{e.ana, e.ben, 0, 40, "both in cardiology"}};
    store.store_suggestions(suggested, "m");
    store.release_matcher_lease("m");
    return e;
}

} // namespace

TEST_CASE("purge: every profile blanked, likes/suggestions/reasons gone, counts kept, file scrubbed") {
    test::TempDir dir;
    const std::filesystem::path db = dir / "event.db";
    PurgeReport r;
    {
        auto store = open_sqlite_store(db);
        make_event(*store);
        REQUIRE(contains(all_files(db), "Dee Quuxley"));
        r = purge_event(*store, now_unix_ms());
        CHECK(r.profiles_blanked == 4);
        CHECK(r.checked_out == 3);
        CHECK(r.preferences_removed == 2);
        CHECK(r.suggestions_withdrawn == 1);
        CHECK(r.round_reasons_blanked == 2);
        for (const Attendee& a : store->attendees()) CHECK(is_erased(a));
        CHECK(store->present().empty());
        CHECK(store->preferences().empty());
        CHECK(store->stored_suggestions().empty());
        CHECK(store->round_pairings(store->rounds().at(0).id).size() == 2);
        const EventTotals kept = stored_totals(*store);
        CHECK(kept == r.totals);
        CHECK(kept.at("attendees") == 4);
        CHECK(kept.at("mentors") == 2);
        CHECK(kept.at("mentees") == 1);
        CHECK(kept.at("both") == 1);
        CHECK(kept.at("checked_in") == 3);
        CHECK(kept.at("likes") == 1);
        CHECK(kept.at("declines") == 1);
        CHECK(kept.at("rounds") == 1);
        CHECK(kept.at("groups") == 1);                            // Ana's table seated two mentees
        CHECK(kept.at("pairings") == 2);
        CHECK(contains(format_totals(kept), "4 attendees, 2 mentors, 1 mentees"));
        CHECK(store->attendee_count() == 4);                      // rows stay, so the log's counts stay true
    }
    CHECK_FALSE(contains(r.summary(), "Ana"));
    scrub_sqlite_file(db);
    const std::string files = all_files(db);
    for (const char* secret : kSecrets) {
        INFO(secret);
        CHECK_FALSE(contains(files, secret));
    }
}

TEST_CASE("retention: the event ends at its last check-in or round end, and is purged N days later, once") {
    test::TempDir dir;
    auto store = open_sqlite_store(dir / "event.db");
    CHECK_FALSE(event_end_ms(*store));                            // nothing happened: no end
    make_event(*store);
    const std::int64_t end = *event_end_ms(*store);
    const Round round = store->rounds().at(0);
    CHECK(end >= round.started_ms + 600'000);                     // the round's planned end counts
    CHECK_FALSE(retention_due_ms(*store));                        // no retention set: never
    store->set_setting(kRetentionDaysKey, "0");
    CHECK_FALSE(retention_due_ms(*store));                        // 0 = never
    store->set_setting(kRetentionDaysKey, "30");
    REQUIRE(retention_due_ms(*store) == end + 30 * kDay);

    CHECK_FALSE(apply_retention(*store, end + 30 * kDay - 1));    // a millisecond early: nothing
    CHECK(store->attendee(1)->display_name == "Ana Lima");
    const std::optional<PurgeReport> purged = apply_retention(*store, end + 30 * kDay);
    REQUIRE(purged);
    CHECK(purged->profiles_blanked == 4);
    CHECK(is_erased(*store->attendee(1)));
    CHECK_FALSE(retention_due_ms(*store));                        // done: not again ...
    CHECK_FALSE(apply_retention(*store, end + 90 * kDay));

    // ... unless the file is used for another event later.
    const AttendeeId eve = store->add_attendee(test::person("Eve Next", "eve@example.org"));
    store->check_in(eve, "kiosk");
    REQUIRE(retention_due_ms(*store));
    CHECK(*retention_due_ms(*store) >= end + 30 * kDay);
}

TEST_CASE("retention: opening the store after the retention period purges and scrubs the file") {
    test::TempDir dir;
    const std::filesystem::path db = dir / "event.db";
    std::int64_t end = 0;
    {
        auto store = open_sqlite_store(db);
        make_event(*store);
        store->set_setting(kRetentionDaysKey, "7");
        end = *event_end_ms(*store);
    }
    std::vector<std::string> notices;
    auto note = [&](const std::string& line) { notices.push_back(line); };
    open_store_with_retention(db.string(), end + 6 * kDay, note);   // six days: too early
    CHECK(notices.empty());
    CHECK(contains(all_files(db), "Dee Quuxley"));

    auto store = open_store_with_retention(db.string(), end + 7 * kDay, note);
    REQUIRE(notices.size() == 1);
    CHECK(contains(notices[0], "retention period has passed"));
    CHECK(contains(notices[0], "4 attendees"));
    CHECK(is_erased(*store->attendee(1)));                        // the store handed back is the purged one
    const std::string files = all_files(db);
    for (const char* secret : kSecrets) {
        INFO(secret);
        CHECK_FALSE(contains(files, secret));
    }
}

TEST_CASE("retention: the event's end is its latest time, even when a kiosk with a slow clock wrote last") {
    test::TempDir dir;
    auto inner = open_sqlite_store(dir / "event.db");
    // Check-ins from three kiosks; the last one written came from a kiosk whose clock is a day behind.
    struct SkewedLog : test::ForwardingStore {
        using ForwardingStore::ForwardingStore;
        std::vector<CheckInEvent> check_in_log() override {
            return {{1, 1, CheckInKind::In, 5 * kDay, "door A", ""},
                    {2, 2, CheckInKind::In, 9 * kDay, "door B", ""},
                    {3, 3, CheckInKind::In, 8 * kDay, "door C, slow clock", ""}};
        }
    } store(*inner);
    CHECK(event_end_ms(store) == 9 * kDay);                       // not 8 days: nothing is purged a day early
}

TEST_CASE("retention: an event server is never purged by the clock of a program that opens it, only told") {
    test::PgTestDatabase server;
    std::int64_t end = 0;
    {
        auto store = open_pg_store(server.conninfo());
        make_event(*store);
        store->set_setting(kRetentionDaysKey, "7");
        end = *event_end_ms(*store);
    }
    std::vector<std::string> notices;
    auto store = open_store_with_retention(server.conninfo(), end + 30 * kDay,
                                           [&](const std::string& line) { notices.push_back(line); });
    REQUIRE(notices.size() == 1);
    CHECK(contains(notices[0], "run matchbooth purge on the event server"));
    CHECK_FALSE(is_erased(*store->attendee(1)));                  // still there for everyone else
    CHECK(store->attendee(1)->display_name == "Ana Lima");
}
