// The command line, run as a user would run it: exit codes, one-line errors, nothing lost.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include "core/store/sqlite_store.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/run_process.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;
using test::quoted;
using test::run_matchbooth;

namespace {
int line_count(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }
} // namespace

TEST_CASE("cli: --help on the root and on every subcommand") {
    for (const char* sub : {"", "import", "export", "checkin", "demo", "card", "badge", "solve", "pair", "round",
                             "kiosk", "config", "config set", "config set-pin", "config show", "config capacity"}) {
        INFO(sub);
        const auto r = run_matchbooth(std::string(sub) + " --help");
        CHECK(r.exit_code == 0);
        CHECK_THAT(r.output, Catch::Contains("Usage: matchbooth"));
    }
}

TEST_CASE("cli: bad arguments give one clear line and exit code 2") {
    for (const char* args : {"frobnicate", "import", "export", "export people", "checkin",
                             "checkin --attendee 1 --email a@b.co", "demo --attendees 0", "demo --attendees x"}) {
        INFO(args);
        const auto r = run_matchbooth(args);
        CHECK(r.exit_code == 2);
        CHECK(line_count(r.output) == 1);
        CHECK_THAT(r.output, Catch::StartsWith("matchbooth: "));
    }
}

TEST_CASE("cli: unreadable files and unknown attendees give one line and exit code 1") {
    test::TempDir dir;
    const std::string db = quoted((dir / "e.db").string());
    auto r = run_matchbooth("import --db " + db + " " + quoted((dir / "nope.csv").string()));
    CHECK(r.exit_code == 1);
    CHECK(line_count(r.output) == 1);
    CHECK_THAT(r.output, Catch::Contains("cannot read") && Catch::Contains("nope.csv"));

    r = run_matchbooth("checkin --db " + db + " --email nobody@example.org");
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("no attendee with that email") && !Catch::Contains("nobody@"));

    // A database path that is a directory, and a file that is not a database.
    r = run_matchbooth("demo --db " + quoted(dir.path().string()));
    CHECK(r.exit_code == 1);
    CHECK(line_count(r.output) == 1);
    { std::ofstream junk(dir / "junk.db"); junk << "this is not a database, it is a shopping list\n"; }
    r = run_matchbooth("checkin --db " + quoted((dir / "junk.db").string()) + " --attendee 1");
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("junk.db"));
}

TEST_CASE("cli: import, check in by email and by id, export — end to end") {
    test::TempDir dir;
    const std::string db = quoted((dir / "e.db").string());
    { std::ofstream csv(dir / "list.csv"); csv << "Name,Email,Company\r\nZoë Ñúñez,zoe@example.es,Clínic\r\nBad,nope,X\r\n"; }
    auto r = run_matchbooth("import --db " + db + " " + quoted((dir / "list.csv").string()));
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("imported 1, merged 0, skipped 1") && Catch::Contains("line 3"));

    r = run_matchbooth("checkin --db " + db + " --email ZOE@example.es");
    CHECK(r.exit_code == 0);
    CHECK(r.output == "checked in: Zoë Ñúñez (id 1)\n");
    r = run_matchbooth("checkin --db " + db + " --attendee 1");
    CHECK(r.output == "already checked in: Zoë Ñúñez (id 1)\n");
    {
        auto store = open_sqlite_store(dir / "e.db");        // the commit is visible to another connection
        CHECK(store->present_count() == 1);
    }
    r = run_matchbooth("export checkins --db " + db + " -o " + quoted((dir / "out.csv").string()));
    CHECK(r.exit_code == 0);
    std::ifstream in(dir / "out.csv");
    std::string header, row;
    std::getline(in, header);
    std::getline(in, row);
    CHECK_THAT(row, Catch::Contains("Zoë Ñúñez,check-in,cli"));
}

TEST_CASE("cli: export rounds and attendees: pairs per round, ticket codes only with --with-ticket-codes") {
    test::TempDir dir;
    const std::string db = quoted((dir / "e.db").string());
    {
        std::ofstream csv(dir / "list.csv");
        csv << "Name,Email,Role,Years of Experience,Max mentees,Ticket code\r\n"
               "Dr. Kim,kim@example.org,mentor,25,2,KIM-TICKET-1\r\nAna,ana@example.org,mentee,2,,ANA-TICKET-2\r\n";
    }
    REQUIRE(run_matchbooth("import --db " + db + " " + quoted((dir / "list.csv").string())).exit_code == 0);
    REQUIRE(run_matchbooth("checkin --db " + db + " --attendee 1").exit_code == 0);
    REQUIRE(run_matchbooth("checkin --db " + db + " --attendee 2").exit_code == 0);
    REQUIRE(run_matchbooth("round --db " + db).exit_code == 0);

    const auto out = dir / "rounds.csv";
    auto r = run_matchbooth("export rounds --db " + db + " -o " + quoted(out.string()));
    CHECK(r.exit_code == 0);
    CHECK(std::filesystem::status(out).permissions() ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    std::ifstream in(out);
    std::string header, row;
    std::getline(in, header);
    std::getline(in, row);
    CHECK(header == "round,table,mentor_name,mentor_id,mentee_name,mentee_id,score,reasons\r");
    CHECK_THAT(row, Catch::StartsWith("1,1,Dr. Kim,1,Ana,2,"));

    r = run_matchbooth("export attendees --db " + db);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("mentor_capacity"));
    CHECK_THAT(r.output, !Catch::Contains("TICKET") && !Catch::Contains("ticket_code"));
    r = run_matchbooth("export attendees --with-ticket-codes --db " + db);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains(",ticket_code") && Catch::Contains("KIM-TICKET-1") &&
                             Catch::Contains("ANA-TICKET-2"));
    r = run_matchbooth("export checkins --with-ticket-codes --db " + db);
    CHECK(r.exit_code == 2);
    CHECK(line_count(r.output) == 1);
    CHECK_THAT(r.output, Catch::StartsWith("matchbooth: ") && Catch::Contains("attendees"));
    r = run_matchbooth("export --help");
    CHECK_THAT(r.output, Catch::Contains("rounds") && Catch::Contains("--with-ticket-codes"));
}

TEST_CASE("cli: demo creates the event it says it creates") {
    test::TempDir dir;
    const auto r = run_matchbooth("demo --db " + quoted((dir / "d.db").string()) + " --attendees 40 --seed 9");
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("created 40 demo attendees"));
    auto store = open_sqlite_store(dir / "d.db");
    CHECK(store->attendee_count() == 40);
}

TEST_CASE("cli: solve reads a graph on stdin and prints the optimum, bad input names the line") {
    test::TempDir dir;
    {
        std::ofstream g(dir / "g.txt");
        g << "4 3\n0 1 5\n1 2 9\n2 3 5\n";
        std::ofstream bad(dir / "bad.txt");
        bad << "3 2\n0 1 4\n1 7 2\n";
    }
    auto r = run_matchbooth("solve < " + quoted((dir / "g.txt").string()));
    CHECK(r.exit_code == 0);
    CHECK(r.output == "weight 10 pairs 2\n0 1\n2 3\n");
    r = run_matchbooth("solve < " + quoted((dir / "bad.txt").string()));
    CHECK(r.exit_code == 2);
    CHECK(line_count(r.output) == 1);
    CHECK_THAT(r.output, Catch::Contains("line 3"));
}

TEST_CASE("cli: pair prints the board, round seats it, and the next pairs are new") {
    test::TempDir dir;
    const std::string db = quoted((dir / "e.db").string());
    REQUIRE(run_matchbooth("demo --db " + db + " --attendees 40 --checked-in 100").exit_code == 0);
    auto r = run_matchbooth("pair --db " + db + " --json");
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::StartsWith("{\"pairs\":[{\"table\":1,"));
    r = run_matchbooth("pair --db " + db);
    CHECK_THAT(r.output, Catch::StartsWith("Table 1: "));
    CHECK_THAT(r.output, Catch::Contains("years ahead"));
    r = run_matchbooth("round --db " + db + " --tables 3 --minutes 12");
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::StartsWith("round 1 started: "));
    CHECK_THAT(r.output, Catch::Contains("  table 1: "));
    auto store = open_sqlite_store(dir / "e.db");
    const auto rounds = store->rounds();
    REQUIRE(rounds.size() == 1);
    CHECK(rounds[0].duration_s == 12 * 60);
    std::set<std::pair<AttendeeId, AttendeeId>> met;
    for (const Pairing& p : store->round_pairings(rounds[0].id)) met.insert({p.mentor, p.mentee});
    for (const Pairing& p : store->stored_suggestions()) CHECK_FALSE(met.count({p.mentor, p.mentee}));
}

TEST_CASE("cli: config validates keys and values, the PIN comes from stdin and is stored hashed") {
    test::TempDir dir;
    const std::string db = quoted((dir / "e.db").string());
    auto r = run_matchbooth("config set tables 12 --db " + db);
    CHECK(r.exit_code == 0);
    r = run_matchbooth("config set tables twelve --db " + db);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains("whole number"));
    r = run_matchbooth("config set colour blue --db " + db);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains("unknown setting"));
    r = run_matchbooth("config set-pin --db " + db + " <<< 12");
    CHECK(r.exit_code == 2);
    r = run_matchbooth("config set-pin --db " + db + " <<< 2468");
    CHECK(r.exit_code == 0);
    auto store = open_sqlite_store(dir / "e.db");
    const auto hash = store->setting("organizer_pin_hash");
    REQUIRE(hash.has_value());
    CHECK(hash->find("2468") == std::string::npos);
    CHECK_THAT(*hash, Catch::StartsWith("$argon2id$"));
    CHECK(store->setting("tables") == "12");
}

TEST_CASE("cli: the kiosk without a display says so in one line and explains xvfb-run") {
    test::TempDir dir;
    const auto r = test::run_matchbooth_env("env -u DISPLAY -u WAYLAND_DISPLAY",
                                            "kiosk --demo --db " + quoted((dir / "k.db").string()));
    CHECK(r.exit_code == 3);
    CHECK(line_count(r.output) == 1);
    CHECK_THAT(r.output, Catch::Contains("xvfb-run"));
}

TEST_CASE("cli: import --dry-run shows the mapping and stores nothing, and --map corrects a column") {
    test::TempDir dir;
    const std::string db = quoted((dir / "d.db").string());
    const std::string eventbrite = quoted(std::string(MATCHBOOTH_SOURCE_DIR) + "/tests/io/fixtures/eventbrite_attendees.csv");
    auto r = run_matchbooth("import --dry-run --db " + db + " " + eventbrite);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("dry run: nothing was stored") && Catch::Contains("would import 7") &&
                             Catch::Contains("column \"Attendee #\" ignored") &&
                             Catch::Contains("column \"Years in practice\" -> years") &&
                             Catch::Contains("first rows as they would be stored"));
    {
        auto store = open_sqlite_store(dir / "d.db");
        CHECK(store->attendee_count() == 0);
    }
    { std::ofstream csv(dir / "q.csv"); csv << "Name,Seniority,Role\nAna,20,mentor\nBo,2,mentee\n"; }
    r = run_matchbooth("import --db " + db + " " + quoted((dir / "q.csv").string()));
    CHECK_THAT(r.output, Catch::Contains("warning: all 1 mentor has 0 years"));
    r = run_matchbooth("import --db " + db + " --map Seniority=years " + quoted((dir / "q.csv").string()));
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("merged 2") && Catch::Contains("-> years (--map)"));
    CHECK_THAT(r.output, !Catch::Contains("warning:"));
    r = run_matchbooth("import --db " + db + " --map Seniority=yearz " + quoted((dir / "q.csv").string()));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains("\"yearz\" is not a field"));
}

TEST_CASE("cli: config capacity overrides one mentor's mentees per table, 0 gives them the event's again") {
    test::TempDir dir;
    const std::string db = quoted((dir / "e.db").string());
    AttendeeId kim = 0;
    {
        auto store = open_sqlite_store(dir / "e.db");
        kim = store->add_attendee(test::person("Hannah Kim", "kim@example.org", Role::Mentor, 24));
    }
    const std::string who = " --attendee " + std::to_string(kim);
    auto r = run_matchbooth("config capacity 3 --db " + db + who);
    CHECK(r.exit_code == 0);
    CHECK(open_sqlite_store(dir / "e.db")->attendee(kim)->mentor_capacity == 3);
    r = run_matchbooth("config capacity 5 --db " + db + who);
    CHECK(r.exit_code == 2);                                    // 1..4 (0 = default): a table of five at most
    CHECK(line_count(r.output) == 1);
    r = run_matchbooth("config capacity 2 --db " + db + " --attendee 999");
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("no attendee 999"));
    r = run_matchbooth("config capacity 0 --db " + db + who);
    CHECK(r.exit_code == 0);
    CHECK(open_sqlite_store(dir / "e.db")->attendee(kim)->mentor_capacity == 0);
}
