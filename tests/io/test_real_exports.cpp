// tests/io/test_real_exports.cpp — the exports organizers really have, as fixtures under tests/io/fixtures/.
//
// Each fixture copies one platform's export shape (columns, order-level vs attendee-level fields, custom
// questions, BOM and delimiter) with names in many scripts. The tests check what the issue reported lost:
// names, people of one order, answers of custom questions, and that the mapping is reported.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include "core/io/attendee_import.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;

namespace {

std::string fixture(const char* name) { return std::string(MATCHBOOTH_SOURCE_DIR) + "/tests/io/fixtures/" + name; }

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<Store> store = open_sqlite_store(dir / "import.db");

    std::optional<Attendee> by_name(std::string_view name) {
        for (const Attendee& a : store->attendees())
            if (a.display_name == name) return a;
        return std::nullopt;
    }
};

const MappedColumn* column_for(const ImportSummary& s, ImportField f) { return s.mapping.find(f); }

bool ignored(const ImportSummary& s, std::string_view header) {
    return std::any_of(s.mapping.ignored.begin(), s.mapping.ignored.end(),
                       [&](const IgnoredColumn& c) { return c.header == header; });
}

} // namespace

TEST_CASE("Eventbrite: 'Attendee #' is never a name, custom questions are read, one order's people stay apart") {
    Fixture f;
    const ImportSummary s = import_attendees_csv_file(*f.store, fixture("eventbrite_attendees.csv"));
    CHECK(s.rows == 7);
    CHECK(s.imported == 7);
    CHECK(s.skipped.empty());
    CHECK(ignored(s, "Attendee #"));
    REQUIRE(column_for(s, ImportField::GivenName));
    CHECK(column_for(s, ImportField::GivenName)->header == "First Name");
    CHECK(column_for(s, ImportField::Email)->header == "Email");
    CHECK(column_for(s, ImportField::Years)->header == "Years in practice");
    CHECK(column_for(s, ImportField::Phone)->header == "Cell Phone");
    CHECK(column_for(s, ImportField::TicketCode)->header == "Barcode #");
    CHECK(column_for(s, ImportField::Role)->header == "Would you like to mentor, be mentored, or both?");
    // No stored name is a number.
    for (const Attendee& a : f.store->attendees()) CHECK(a.display_name.find_first_not_of("0123456789") != std::string::npos);

    const auto francois = f.by_name("François L'Héritier; MBA");
    REQUIRE(francois);
    CHECK(francois->years_experience == 22);
    CHECK(francois->role == Role::Mentor);
    CHECK(francois->phone.value == "+33 6 12 34 56 78");
    CHECK(francois->ticket_code == "111122223333");
    CHECK_FALSE(francois->phone.shared);                                 // consent is never imported
    CHECK(f.by_name("Светлана Иванова")->years_experience == 25);          // "25+"
    // Rahul has his sister's email (she bought both tickets): another person, stored without it.
    const auto rahul = f.by_name("Rahul Sharma");
    REQUIRE(rahul);
    CHECK(rahul->email.value.empty());
    CHECK(rahul->role == Role::Mentee);
    CHECK(f.by_name("Priya Sharma")->email.value == "priya@aiims.example");
    // A CJK name from parts keeps family name first.
    const auto chen = f.by_name("陈静");
    REQUIRE(chen);
    CHECK(chen->given_name == "静");
    CHECK(chen->family_name == "陈");
    // Fatima left her email empty; the order's email is the buyer Omar's, so it is not hers.
    const auto fatima = f.by_name("Fatima al-Zahra");
    REQUIRE(fatima);
    CHECK(fatima->email.value.empty());
    CHECK_THAT(describe(s), Catch::Contains("the order's email is the buyer's (Omar Haddad)"));
    CHECK_THAT(describe(s), Catch::Contains("column \"Years in practice\" -> years"));
    CHECK_THAT(describe(s), Catch::Contains("column \"Attendee #\" ignored"));
}

TEST_CASE("pretix: 'Attendee email' wins over the order's Email, and every position is a person") {
    Fixture f;
    const ImportSummary s = import_attendees_csv_file(*f.store, fixture("pretix_orders.csv"));
    CHECK(s.rows == 6);
    CHECK(s.imported == 6);                                  // was 5: two attendees of one order merged
    CHECK(s.merged == 0);
    CHECK(f.store->attendee_count() == 6);
    CHECK(column_for(s, ImportField::Email)->header == "Attendee email");
    REQUIRE(s.mapping.order_email);
    CHECK(s.mapping.order_email->header == "Email");
    CHECK(column_for(s, ImportField::TicketCode)->header == "Secret");
    CHECK(column_for(s, ImportField::Organization)->header == "Employer / institution");
    CHECK(column_for(s, ImportField::Capacity)->header == "Max mentees");
    const auto anna = f.store->attendee_by_email("anna.schmidt@charite.example");
    REQUIRE(anna);
    CHECK(anna->display_name == "Dr. Anna Schmidt");
    CHECK(anna->given_name == "Anna");
    CHECK(anna->mentor_capacity == 3);
    CHECK(anna->years_experience == 19);
    CHECK(anna->organization == "Charité Berlin");
    CHECK(anna->expertise.has(Goal::ClinicalToAdministrative));
    // Yamada left the attendee email empty and is the only position of his order: the order's email is his.
    const auto yamada = f.by_name("山田太郎");
    REQUIRE(yamada);
    CHECK(yamada->email.value == "yamada@keio.example");
    CHECK(yamada->role == Role::Both);
    // The Cohens share the order's email: neither gets it, both are there.
    CHECK(f.by_name("נועה כהן"));
    CHECK(f.by_name("David Cohen"));
    CHECK(f.by_name("David Cohen")->email.value.empty());
}

TEST_CASE("pretix re-import merges by ticket secret, even with an email changed") {
    Fixture f;
    import_attendees_csv_file(*f.store, fixture("pretix_orders.csv"));
    const ImportSummary again = import_attendees_csv_file(*f.store, fixture("pretix_orders.csv"));
    CHECK(again.imported == 0);
    CHECK(again.merged == 6);
    CHECK(f.store->attendee_count() == 6);
}

TEST_CASE("Hi.Events: the ticket QR's 'Public ID' is the code, 'Ticket ID' a ticket type that merges nobody") {
    Fixture f;
    const ImportSummary s = import_attendees_csv_file(*f.store, fixture("hievents_attendees.csv"));
    CHECK(s.imported == 4);
    REQUIRE(column_for(s, ImportField::TicketCode));
    CHECK(column_for(s, ImportField::TicketCode)->header == "Public ID");
    CHECK(ignored(s, "Ticket ID"));
    CHECK(ignored(s, "Short ID"));
    CHECK(column_for(s, ImportField::Role)->header == "Mentor or mentee");
    const auto minh = f.store->attendee_by_email("minh.nguyen@choray.example");
    REQUIRE(minh);
    CHECK(minh->family_name == "Nguyễn Thị");
    CHECK(minh->ticket_code == "A-4KXJ2Q");                  // what the kiosk's camera reads off her ticket
    CHECK(f.store->attendee_by_email("sean@mater.example")->role == Role::Both);
    const ImportSummary again = import_attendees_csv_file(*f.store, fixture("hievents_attendees.csv"));
    CHECK(again.merged == 4);                                 // re-import merges by the code
    CHECK(f.store->attendee_count() == 4);
}

TEST_CASE("Hi.Events: a repeating 'Ticket ID' alone is refused as a code") {
    Fixture f;
    const std::string csv = f.dir.path().string() + "/hievents_old.csv";
    std::ofstream(csv) << "First Name,Last Name,Email,Ticket ID\n"
                          "Ana,Lima,ana@example.br,7\nRaj,Patel,raj@example.in,7\nZoë,Ng,zoe@example.org,8\n";
    const ImportSummary s = import_attendees_csv_file(*f.store, csv);
    CHECK(s.imported == 3);
    CHECK_FALSE(column_for(s, ImportField::TicketCode));
    CHECK(ignored(s, "Ticket ID"));
}

TEST_CASE("Attendize: names and emails, and the shared 'Order Reference' is no ticket code") {
    Fixture f;
    const ImportSummary s = import_attendees_csv_file(*f.store, fixture("attendize_attendees.csv"));
    CHECK(s.imported == 4);
    CHECK_FALSE(column_for(s, ImportField::TicketCode));      // Attendize exports no per-ticket code
    CHECK(ignored(s, "Order Reference"));
    CHECK(ignored(s, "Ticket Type"));
    CHECK(column_for(s, ImportField::GivenName)->header == "First Name");
    CHECK(f.store->attendee_by_email("oyelaran@luth.example")->given_name == "Adébáyọ̀");
    CHECK(f.store->attendee_by_email("thao.tran@bvbm.example"));   // one order, two people, both kept
    CHECK(f.store->attendee_by_email("hung.le@bvbm.example"));
}

TEST_CASE("Indico: the personal 'Title' is an honorific, 'Position' the job, and answers in sentences are read") {
    Fixture f;
    const ImportSummary s = import_attendees_csv_file(*f.store, fixture("indico_registrations.csv"));
    CHECK(s.imported == 4);
    CHECK(column_for(s, ImportField::NamePrefix)->header == "Title");
    CHECK(column_for(s, ImportField::Title)->header == "Position");
    CHECK(column_for(s, ImportField::Organization)->header == "Affiliation");
    CHECK(column_for(s, ImportField::Years)->header == "How many years have you practised?");
    const auto priya = f.store->attendee_by_email("priya.s@kem.example");
    REQUIRE(priya);
    CHECK(priya->display_name == "Prof प्रिया शर्मा");
    CHECK(priya->title == "Professor of Medicine");
    CHECK(priya->years_experience == 28);
    CHECK(f.store->attendee_by_email("f.alzahra@kfsh.example")->role == Role::Both);
    CHECK(f.store->attendee_by_email("minjun@snuh.example")->display_name == "Mr 김민준");
}

TEST_CASE("a hand-made sheet with a BOM and semicolons: titles kept in the name, capacity capped") {
    Fixture f;
    const ImportSummary s = import_attendees_csv_file(*f.store, fixture("handmade_semicolon.csv"));
    CHECK(s.imported == 4);
    CHECK(column_for(s, ImportField::Name)->header == "Full Name");
    CHECK(column_for(s, ImportField::Organization)->header == "Employer / institution");
    CHECK(column_for(s, ImportField::PreferOutside)->header == "Prefer a mentor from outside your organization?");
    CHECK(column_for(s, ImportField::Capacity)->header == "Mentor capacity");
    const auto kim = f.store->attendee_by_email("kim@asan.example");
    CHECK(kim->display_name == "Dr. Kim Min-jun, MD, FACPE");
    CHECK(kim->mentor_capacity == 4);
    CHECK(f.store->attendee_by_email("zoe@clinic.example")->mentor_capacity == 4);   // 7 lowered, with a warning
    CHECK_THAT(describe(s), Catch::Contains("lowered to 4"));
    CHECK_FALSE(f.store->attendee_by_email("sam@mgh.example")->prefer_outside_org);
}

TEST_CASE("answers that would block matching are flagged: every mentor at 0 years") {
    Fixture f;
    const ImportSummary s = import_attendees_csv_file(*f.store, fixture("zero_years.csv"));
    CHECK(s.imported == 15);
    REQUIRE(s.blockers.size() == 1);
    CHECK_THAT(s.blockers[0], Catch::Contains("all 10 mentors have 0 years") && Catch::Contains("years column"));
    CHECK_THAT(describe(s), Catch::Contains("warning: all 10 mentors have 0 years"));
    // With the years filled in, nothing is flagged.
    Fixture g;
    const ImportSummary ok = import_attendees_csv(*g.store, "Name,Role,Years\nAna,mentor,20\nBo,mentee,2\n");
    CHECK(ok.blockers.empty());
    const ImportSummary no_roles = import_attendees_csv(*g.store, "Name,Email\nCy,cy@x.example\n");
    (void)no_roles;
}

TEST_CASE("a dry run reports the mapping and the first rows, and stores nothing") {
    Fixture f;
    ImportOptions dry;
    dry.dry_run = true;
    const ImportSummary s = import_attendees_csv_file(*f.store, fixture("pretix_orders.csv"), dry);
    CHECK(s.imported == 6);
    CHECK(f.store->attendee_count() == 0);
    REQUIRE(s.preview.size() == 5);
    CHECK(s.preview[0].display_name == "Dr. Anna Schmidt");
    CHECK(s.preview[0].id == 0);
    CHECK_THAT(describe(s), Catch::StartsWith("dry run: nothing was stored") && Catch::Contains("would import 6") &&
                                Catch::Contains("Dr. Anna Schmidt | anna.schmidt@charite.example"));
}

TEST_CASE("a column map fixes what guessing cannot, and a wrong one is refused before anything is stored") {
    Fixture f;
    const std::string csv = "Name,Seniority,Q7\nAna,20,mentor\nBo,2,mentee\n";
    ImportOptions dry;
    dry.dry_run = true;
    const ImportSummary guessed = import_attendees_csv(*f.store, csv, dry);
    CHECK_FALSE(column_for(guessed, ImportField::Years));                 // "Seniority" names no field
    REQUIRE(column_for(guessed, ImportField::Role));                      // Q7's answers are all roles
    CHECK_THAT(column_for(guessed, ImportField::Role)->how, Catch::Contains("by values"));
    REQUIRE(guessed.blockers.size() == 1);
    CHECK_THAT(guessed.blockers[0], Catch::Contains("all 1 mentor has 0 years"));
    ImportOptions mapped;
    mapped.overrides = parse_column_overrides({"seniority=years"});
    const ImportSummary s = import_attendees_csv(*f.store, csv, mapped);
    CHECK(column_for(s, ImportField::Years)->how == "--map");
    CHECK(s.blockers.empty());
    const auto ana = f.store->attendees().front();
    CHECK(ana.years_experience == 20);
    CHECK(ana.role == Role::Mentor);

    CHECK_THROWS_WITH(parse_column_overrides({"Exp=yearz"}), Catch::Contains("\"yearz\" is not a field"));
    CHECK_THROWS_WITH(parse_column_overrides({"no equals sign"}), Catch::Contains("Header=field"));
    ImportOptions missing;
    missing.overrides = parse_column_overrides({"Nope=years"});
    CHECK_THROWS_WITH(import_attendees_csv(*f.store, csv, missing), Catch::Contains("no column \"Nope\""));
}

TEST_CASE("a header that fits two fields is reported as ambiguous, never guessed") {
    Fixture f;
    const ImportSummary s = import_attendees_csv(*f.store, "Name,Years at your hospital\nAna,3\n");
    CHECK_FALSE(column_for(s, ImportField::Years));
    CHECK_FALSE(column_for(s, ImportField::Organization));
    CHECK_THAT(describe(s), Catch::Contains("could be") && Catch::Contains("--map"));
}
