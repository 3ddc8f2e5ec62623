#include <catch2/catch.hpp>

#include <set>

#include "core/io/demo.hpp"
#include "core/store/sqlite_store.hpp"
#include "core/text/fold.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;

TEST_CASE("the demo event is deterministic per seed and different across seeds") {
    const auto a = make_demo_attendees(200, 7);
    const auto b = make_demo_attendees(200, 7);
    const auto c = make_demo_attendees(200, 8);
    REQUIRE(a == b);
    REQUIRE(a != c);
}

TEST_CASE("the demo crowd looks like a real mixer") {
    const auto people = make_demo_attendees(2000, 3);
    int mentors = 0, mentees = 0, both = 0, accented = 0;
    std::set<std::string> orgs, emails;
    for (const Attendee& p : people) {
        mentors += p.role == Role::Mentor;
        mentees += p.role == Role::Mentee;
        both += p.role == Role::Both;
        for (unsigned char ch : p.display_name) accented += ch >= 0x80 ? 1 : 0;
        orgs.insert(normalize_organization(p.organization));
        emails.insert(p.email.value);
        REQUIRE(looks_like_email(p.email.value));
        if (p.role != Role::Mentor) REQUIRE_FALSE(p.goals.empty());
        if (p.role != Role::Mentee) REQUIRE_FALSE(p.expertise.empty());
    }
    CHECK(mentors > 700);
    CHECK(mentors < 900);          // ~40 %
    CHECK(mentees > 800);
    CHECK(mentees < 1000);         // ~45 %
    CHECK(both > 200);
    CHECK(both < 400);             // ~15 %
    CHECK(accented > 0);
    CHECK(orgs.size() == 100);     // N/20 distinct organizations after normalization
    CHECK(emails.size() == people.size());
}

TEST_CASE("generating a demo event stores people, names the event and checks some in") {
    test::TempDir dir;
    auto store = open_sqlite_store(dir / "demo.db");
    DemoOptions opt;
    opt.attendees = 300;
    opt.checked_in_percent = 50;
    const DemoResult r = generate_demo_event(*store, opt);
    REQUIRE(r.created == 300);
    REQUIRE(store->attendee_count() == 300);
    REQUIRE(store->present_count() == r.checked_in);
    REQUIRE(r.checked_in > 100);
    REQUIRE(r.checked_in < 200);
    REQUIRE(store->setting("event_name").has_value());
    // The same seed again collides on email: refused as a whole, nothing added.
    REQUIRE_THROWS(generate_demo_event(*store, opt));
    REQUIRE(store->attendee_count() == 300);
}
