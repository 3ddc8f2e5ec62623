#include <catch2/catch.hpp>

#include <sstream>

#include "core/io/attendee_import.hpp"
#include "core/io/csv.hpp"
#include "core/io/export.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;

namespace {
struct Fixture {
    test::TempDir dir;
    std::unique_ptr<Store> store = open_sqlite_store(dir / "import.db");
};
} // namespace

TEST_CASE("import maps the usual header spellings, first and last names included") {
    Fixture f;
    const auto s = import_attendees_csv(*f.store,
        "\xEF\xBB\xBF" "First Name,Last Name,E-mail Address,Organisation,Job Title,Role,Years of Experience,"
        "Specialty,Goals,Can advise on\r\n"
        "Zoë,Ñúñez,zoe@example.es,Hospital Clínic,Resident,mentee,3,Cardiology,relocation;New position,\r\n"
        "Seán,O'Brien,sean@example.ie,Mater,Chief Medical Officer,Mentor,22,Cardiology,,clinical_to_administrative\r\n");
    REQUIRE(s.imported == 2);
    REQUIRE(s.skipped.empty());
    const auto zoe = f.store->attendee_by_email("zoe@example.es");
    REQUIRE(zoe);
    CHECK(zoe->display_name == "Zoë Ñúñez");
    CHECK(zoe->organization == "Hospital Clínic");
    CHECK(zoe->years_experience == 3);
    CHECK(zoe->goals.has(Goal::Relocation));
    CHECK(zoe->goals.has(Goal::NewPosition));
    const auto sean = f.store->attendee_by_email("SEAN@example.ie");
    REQUIRE(sean);
    CHECK(sean->role == Role::Mentor);
    CHECK(sean->expertise.has(Goal::ClinicalToAdministrative));
    // Consent is never imported: only the person can agree to share.
    CHECK_FALSE(sean->email.shared);
    CHECK_FALSE(sean->share_organization);
}

TEST_CASE("bad rows are skipped with their line numbers, good rows still import") {
    Fixture f;
    const auto s = import_attendees_csv(*f.store,
        "Name,Email,Company,Years\n"
        "Ana,ana@example.org,Acme,5\n"            // line 2 ok
        "Short,short@example.org\n"               // line 3 short row
        ",nobody@example.org,Acme,1\n"            // line 4 no name
        "Bad Mail,not-an-email,Acme,1\n"          // line 5
        "\"Multi\nLine\",ml@example.org,Acme,x\n" // lines 6-7: bad years
        "Old,old@example.org,Acme,120\n"          // line 8
        "Extra,extra@example.org,Acme,1,surprise\n" // line 9 long row
        "\"Unclosed,u@example.org,Acme,1\n");      // line 10 to end
    CHECK(s.imported == 1);
    REQUIRE(s.skipped.size() == 7);
    CHECK(s.skipped[0].line == 3);
    CHECK_THAT(s.skipped[0].message, Catch::Contains("2 columns"));
    CHECK(s.skipped[1].line == 4);
    CHECK(s.skipped[1].message == "no name");
    CHECK(s.skipped[2].line == 5);
    CHECK_THAT(s.skipped[2].message, Catch::Contains("does not look like an email"));
    CHECK(s.skipped[3].line == 6);
    CHECK_THAT(s.skipped[3].message, Catch::Contains("years of experience \"x\""));
    CHECK(s.skipped[4].line == 8);
    CHECK(s.skipped[5].line == 9);
    CHECK(s.skipped[6].line == 10);
    CHECK_THAT(s.skipped[6].message, Catch::Contains("never closed"));
    CHECK(f.store->attendee_count() == 1);
    CHECK_THAT(describe(s), Catch::Contains("line 5: skipped"));
}

TEST_CASE("duplicate emails merge, in the file and against the store, and are reported") {
    Fixture f;
    import_attendees_csv(*f.store, "Name,Email,Company\nAna Li,ana@example.org,Acme\n");
    const auto s = import_attendees_csv(*f.store,
        "Name,Email,Company,Job Title\n"
        "Ana Li,ANA@example.org,,Director\n"      // merges into the stored Ana: keeps Acme, adds the title
        "Bo,bo@example.org,Beta,\n"
        "Bo Berg,bo@example.org,,Fellow\n");      // merges into the Bo of line 3
    CHECK(s.imported == 1);
    CHECK(s.merged == 2);
    REQUIRE(s.merges.size() == 2);
    CHECK(s.merges[0].line == 2);
    CHECK(s.merges[1].line == 4);
    CHECK(f.store->attendee_count() == 2);
    const auto ana = f.store->attendee_by_email("ana@example.org");
    CHECK(ana->organization == "Acme");
    CHECK(ana->title == "Director");
    const auto bo = f.store->attendee_by_email("bo@example.org");
    CHECK(bo->display_name == "Bo Berg");
    CHECK(bo->organization == "Beta");
}

TEST_CASE("a file without a name column is refused as a whole") {
    Fixture f;
    REQUIRE_THROWS_WITH(import_attendees_csv(*f.store, "Email,Company\na@b.co,X\n"), Catch::Contains("no name column"));
    REQUIRE_THROWS_WITH(import_attendees_csv(*f.store, ""), Catch::Contains("empty"));
    REQUIRE_THROWS_WITH(import_attendees_csv_file(*f.store, (f.dir / "missing.csv").string()),
                        Catch::Contains("cannot read") && Catch::Contains("missing.csv"));
}

TEST_CASE("unknown goals import with a warning") {
    Fixture f;
    const auto s = import_attendees_csv(*f.store, "Name,Goals\nAna,relocation;astrology\n");
    CHECK(s.imported == 1);
    REQUIRE(s.warnings.size() == 1);
    CHECK_THAT(s.warnings[0].message, Catch::Contains("astrology"));
}

TEST_CASE("10,000 rows import in one go") {
    Fixture f;
    std::string text = "Attendee name,Email,Company\r\n";
    for (int i = 0; i < 10000; ++i)
        text += "Person " + std::to_string(i) + ",p" + std::to_string(i) + "@example.org,Org " + std::to_string(i % 500) + "\r\n";
    const auto s = import_attendees_csv(*f.store, text);
    CHECK(s.imported == 10000);
    CHECK(s.skipped.empty());
    CHECK(f.store->attendee_count() == 10000);
}

TEST_CASE("formula-looking names survive import as data and are neutralized on export") {
    Fixture f;
    import_attendees_csv(*f.store, "Name,Email,Company\n\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",h@example.org,+Acme\n"
                                   "@Sum,s@example.org,-Beta\n");
    const auto h = f.store->attendee_by_email("h@example.org");
    REQUIRE(h);
    CHECK(h->display_name == "=HYPERLINK(\"http://evil\",\"x\")");   // stored exactly as given
    f.store->check_in(h->id, "test");
    std::ostringstream out;
    export_attendees_csv(*f.store, out);
    const auto recs = parse_csv(out.str());
    REQUIRE(recs.size() == 3);
    for (std::size_t r = 1; r < recs.size(); ++r) {
        for (const std::string& cell : recs[r].fields) {
            INFO(cell);
            CHECK((cell.empty() || (cell[0] != '=' && cell[0] != '+' && cell[0] != '-' && cell[0] != '@')));
        }
    }
    CHECK(recs[1].fields[1] == "'=HYPERLINK(\"http://evil\",\"x\")");
    CHECK(recs[1].fields[19] == "yes");                          // checked_in
    CHECK(recs[2].fields[19] == "no");
}

TEST_CASE("check-in export lists every event with its UTC time") {
    Fixture f;
    const AttendeeId id = f.store->add_attendee([] { Attendee a; a.display_name = "Ana"; return a; }());
    f.store->check_in(id, "kiosk");
    f.store->undo_check_in(id, "organizer");
    std::ostringstream out;
    export_check_ins_csv(*f.store, out);
    const auto recs = parse_csv(out.str());
    REQUIRE(recs.size() == 3);
    CHECK(recs[1].fields[4] == "check-in");
    CHECK(recs[2].fields[4] == "undo");
    CHECK(recs[2].fields[5] == "organizer");
    CHECK(recs[1].fields[1].back() == 'Z');
    CHECK(iso8601_utc(0) == "1970-01-01T00:00:00.000Z");
    CHECK(iso8601_utc(1795000000123) == "2026-11-18T11:06:40.123Z");
}

TEST_CASE("attendee export: mentor capacity always, ticket codes only when asked, and both re-import") {
    Fixture f;
    import_attendees_csv(*f.store, "Name,Email,Max mentees,Ticket code\n"
                                   "Dr. Kim,kim@example.org,3,=SECRET-KIM\n"
                                   "Lee,lee@example.org,,SECRET-LEE\n");
    std::ostringstream plain, with_codes;
    export_attendees_csv(*f.store, plain);
    export_attendees_csv(*f.store, with_codes, AttendeeExportOptions{true});
    CHECK(plain.str().find("SECRET") == std::string::npos);      // a code checks its holder in: never by default
    CHECK(plain.str().find("ticket") == std::string::npos);
    const auto recs = parse_csv(plain.str());
    REQUIRE(recs.size() == 3);
    REQUIRE(recs[0].fields.size() == 22);
    CHECK(recs[0].fields[21] == "mentor_capacity");
    CHECK(recs[1].fields[21] == "3");
    CHECK(recs[2].fields[21] == "");                              // the event's default
    const auto coded = parse_csv(with_codes.str());
    REQUIRE(coded.size() == 3);
    REQUIRE(coded[0].fields.size() == 23);
    CHECK(coded[0].fields[22] == "ticket_code");
    CHECK(coded[1].fields[22] == "'=SECRET-KIM");                 // formula-guarded like every cell
    CHECK(coded[2].fields[22] == "SECRET-LEE");
    // The exported headers are import headers: capacity and code come back on another device.
    Fixture other;
    const auto s = import_attendees_csv(*other.store, with_codes.str());
    CHECK(s.imported == 2);
    const auto kim = other.store->attendee_by_email("kim@example.org");
    REQUIRE(kim);
    CHECK(kim->mentor_capacity == 3);
    CHECK(other.store->attendee_by_email("lee@example.org")->ticket_code == "SECRET-LEE");
}

TEST_CASE("rounds export: one row per mentor-mentee pair per round, group tables included") {
    Fixture f;
    auto add = [&](const std::string& name) {
        Attendee a;
        a.display_name = name;
        return f.store->add_attendee(a);
    };
    const AttendeeId kim = add("Dr. Kim"), ana = add("Ana"), bo = add("@Bo"), cy = add("Cy");
    f.store->start_round(std::vector<Pairing>{{kim, ana, 1, 640, "covers your goals\n15 years ahead", false},
                                              {kim, bo, 1, 420, "15 years ahead", false}},
                         600);
    f.store->start_round(std::vector<Pairing>{{kim, cy, 2, 300, "same field", false}}, 600);
    std::ostringstream out;
    export_rounds_csv(*f.store, out);
    const auto recs = parse_csv(out.str());
    REQUIRE(recs.size() == 4);
    CHECK(recs[0].fields == std::vector<std::string>{"round", "table", "mentor_name", "mentor_id", "mentee_name",
                                                     "mentee_id", "score", "reasons"});
    CHECK(recs[1].fields == std::vector<std::string>{"1", "1", "Dr. Kim", std::to_string(kim), "Ana",
                                                     std::to_string(ana), "640", "covers your goals; 15 years ahead"});
    CHECK(recs[2].fields[4] == "'@Bo");                            // formula guard
    CHECK(recs[2].fields[1] == "1");                               // a group: same table, one row per mentee
    CHECK(recs[3].fields[0] == "2");
    CHECK(recs[3].fields[4] == "Cy");
}
