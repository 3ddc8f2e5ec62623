// tests/kiosk/test_scan.cpp — keyboard-wedge scans told from typing, and what a scanned code does at the kiosk.
#include <catch2/catch.hpp>

#include "core/kiosk/scan_detector.hpp"
#include "kiosk_fixture.hpp"

using namespace mb;
using namespace mb::kiosk;

namespace {

// Types `text` into the detector `gap_us` apart starting at t; returns the time after the last key.
std::int64_t type(ScanDetector& d, std::u32string_view text, std::int64_t t, std::int64_t gap_us) {
    for (char32_t c : text) {
        d.key(c, t);
        t += gap_us;
    }
    return t;
}

struct Scanning : test::KioskDriver {
    AttendeeId ana = 0;                                       // ticket ANA-7F3K-91QZ, answers complete
    AttendeeId raj = 0;                                       // ticket RAJ-0000-1111, no goals on file
    Scanning() {
        Attendee a = test::person("Ana Lima", "ana@example.br", Role::Mentee, 4);
        a.ticket_code = "ANA-7F3K-91QZ";
        a.goals.add(Goal::NewPosition);
        a.field = "Cardiology";
        ana = store->add_attendee(a);
        Attendee r = test::person("Raj Patel", "raj@example.in", Role::Mentee, 1);
        r.ticket_code = "RAJ-0000-1111";
        raj = store->add_attendee(r);
        kiosk.tick(now);
    }
};

} // namespace

TEST_CASE("scan detector: a fast burst ending in Enter is a scan and nothing is typed", "[scan]") {
    ScanDetector d;
    const std::int64_t t = type(d, U"ANA-7F3K-91QZ", 1'000'000, 4'000);
    d.key(U'\n', t);
    const auto out = d.poll(t + 1);
    REQUIRE(out.size() == 1);
    CHECK(out[0].kind == KeyInput::Scan);
    CHECK(out[0].text == "ANA-7F3K-91QZ");
    CHECK_FALSE(d.holding());
}

TEST_CASE("scan detector: a scanner that sends no Enter is read once the burst pauses", "[scan]") {
    ScanDetector d;
    const std::int64_t t = type(d, U"0123456789012", 0, 8'000);
    CHECK(d.poll(t + 80'000).empty());                        // still within the end gap: held, not typed
    CHECK(d.holding());
    const auto out = d.poll(t + 200'000);
    REQUIRE(out.size() == 1);
    CHECK(out[0].kind == KeyInput::Scan);
    CHECK(out[0].text == "0123456789012");
}

TEST_CASE("scan detector: keys a slow frame delivered together still read as one scan", "[scan]") {
    ScanDetector d;
    std::int64_t t = 0;
    for (const char32_t* part : {U"TKT-", U"7F3K", U"-91QZ"}) {   // three frames 60 ms apart, keys at once
        for (const char32_t* c = part; *c; ++c) d.key(*c, t);
        t += 60'000;
    }
    d.key(U'\n', t);
    const auto out = d.poll(t + 1);
    REQUIRE(out.size() == 1);
    CHECK(out[0].kind == KeyInput::Scan);
    CHECK(out[0].text == "TKT-7F3K-91QZ");
}

TEST_CASE("scan detector: a person's typing stays typing, short fast bursts too", "[scan]") {
    ScanDetector d;
    std::int64_t t = type(d, U"Zoë", 0, 180'000);             // a person, 180 ms a key: each key alone
    auto out = d.poll(t + 500'000);
    std::string typed;
    for (const KeyInput& k : out) {
        CHECK(k.kind == KeyInput::Typed);
        typed += k.text;
    }
    CHECK(typed == "Zoë");
    t = type(d, U"abcdef", t + 1'000'000, 70'000);             // a fast typist: one burst, but too slow a scan
    out = d.poll(t + 500'000);
    REQUIRE(out.size() == 1);
    CHECK(out[0].kind == KeyInput::Typed);
    CHECK(out[0].text == "abcdef");
    t = type(d, U"abc", t + 1'000'000, 5'000);                // fast but too short for a code
    d.key(U'\n', t);
    out = d.poll(t + 1);
    REQUIRE(out.size() == 1);
    CHECK(out[0].kind == KeyInput::Typed);
    CHECK(out[0].text == "abc\n");
    // One slow key inside an otherwise fast burst splits it: the person's key is not swallowed into a code.
    t = type(d, U"ABCDEFGH", t + 1'000'000, 5'000);
    d.key(U'x', t + 300'000);
    out = d.poll(t + 1'000'000);
    REQUIRE(out.size() == 2);
    CHECK(out[0].kind == KeyInput::Scan);
    CHECK(out[1].kind == KeyInput::Typed);
    CHECK(out[1].text == "x");
}

TEST_CASE("scan: a known ticket with answers on file is one tap from checked in", "[scan]") {
    Scanning m;
    m.send(ScanCode{"ANA-7F3K-91QZ"});
    REQUIRE(m.view().screen == Screen::Share);
    CHECK_THAT(m.view().share.from_registration, Catch::Contains("Mentee"));
    CHECK_THAT(m.view().share.from_registration, Catch::Contains("New position"));
    CHECK(m.view().share.from_registration.find("ANA-7F3K") == std::string::npos);   // never on a screen
    m.send(ConfirmCheckIn{});
    REQUIRE(m.view().screen == Screen::Done);
    const auto present = m.store->present();
    CHECK(std::count(present.begin(), present.end(), m.ana) == 1);
}

TEST_CASE("scan: a ticket whose answers are missing opens About, pre-filled", "[scan]") {
    Scanning m;
    m.send(ScanCode{"RAJ-0000-1111"});
    REQUIRE(m.view().screen == Screen::About);
    CHECK(m.view().about.name == "Raj Patel");
    CHECK(m.view().about.role == Role::Mentee);
}

TEST_CASE("scan: a ticket already used checks in once and shows nobody's match", "[scan]") {
    Scanning m;
    kiosk::Kiosk other(*m.store, test::KioskFixture::config(), m.now);
    m.send(ScanCode{"ANA-7F3K-91QZ"});
    m.send(ConfirmCheckIn{});
    m.send(Finish{});
    m.send(ScanCode{"ANA-7F3K-91QZ"});                       // again, at this kiosk
    CHECK(m.view().screen == Screen::Find);
    CHECK_THAT(m.view().problem, Catch::Contains("already used to check in"));
    CHECK(m.view().problem.find("Ana") == std::string::npos);   // nobody's name, match or contact QR
    CHECK(m.view().done.id == 0);
    m.send(SetText{TextField::Query, "An"});                  // the name search is the way on
    CHECK(m.view().screen == Screen::Find);
    CHECK(m.view().find.query.text == "An");
    other.tick(m.now);
    other.apply(ScanCode{"ANA-7F3K-91QZ"}, m.now);           // and at the other one
    CHECK(other.view().screen == Screen::Find);
    CHECK_THAT(other.view().problem, Catch::Contains("already used"));
    std::size_t ins = 0;
    for (const CheckInEvent& e : m.store->check_in_log()) ins += e.attendee == m.ana && e.kind == CheckInKind::In;
    CHECK(ins == 1);
}

TEST_CASE("scan: an unknown code and a badge's contact card are explained, nobody is shown", "[scan]") {
    Scanning m;
    m.send(StartCheckIn{});
    m.send(SetText{TextField::Query, "Zo"});                  // someone else's half-typed search
    m.send(ScanCode{"NOPE-1234-5678"});
    CHECK(m.view().screen == Screen::Find);
    CHECK(m.view().find.query.text.empty());                  // the scan did not type into the field
    CHECK_THAT(m.view().problem, Catch::Contains("could not find that ticket"));
    m.send(ScanCode{"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Seán O'Brien\r\nEND:VCARD\r\n"});
    CHECK(m.view().screen == Screen::Find);
    CHECK_THAT(m.view().problem, Catch::Contains("contact card"));
    CHECK(m.view().problem.find("Seán") == std::string::npos);
    CHECK(m.view().done.id == 0);
    CHECK(m.store->present().empty());
}

TEST_CASE("scan: organizer screens ignore a scan", "[scan]") {
    Scanning m;
    REQUIRE(m.unlock());
    m.send(ScanCode{"ANA-7F3K-91QZ"});
    CHECK(m.view().screen == Screen::Organizer);
    CHECK(m.store->present().empty());
}

TEST_CASE("scan: the camera counts on Attract and Find only, a wedge scanner everywhere", "[scan]") {
    Scanning m;
    m.send(ScanCode{"RAJ-0000-1111", ScanCode::Camera});      // from Attract: Raj's About, pre-filled
    REQUIRE(m.view().screen == Screen::About);
    m.send(ScanCode{"ANA-7F3K-91QZ", ScanCode::Camera});      // a badge in view while Raj fills in: ignored
    CHECK(m.view().screen == Screen::About);
    CHECK(m.view().about.name == "Raj Patel");
    m.send(ScanCode{"ANA-7F3K-91QZ"});                       // a handheld scanner is pointed on purpose
    CHECK(m.view().screen == Screen::Share);
    m.send(StartOver{});
    m.send(StartCheckIn{});
    REQUIRE(m.view().screen == Screen::Find);
    m.send(ScanCode{"NOPE-1234-5678", ScanCode::Camera});     // on Find the camera is heard
    CHECK_THAT(m.view().problem, Catch::Contains("could not find that ticket"));
}
