// tests/sync/test_sync_command.cpp — `matchbooth sync`: the command body, called directly (its registration
// in app/cli/cli.cpp belongs to the CLI's owner).
#include <catch2/catch.hpp>

#include <sstream>

#include "app/cli/sync_commands.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace mb;
using namespace mb::test;

TEST_CASE("matchbooth sync delivers an outbox left by an offline kiosk and says nothing waits") {
    SyncEvent ev;
    {
        auto kiosk = ev.kiosk();             // online once: the mirror knows everybody
        ev.net.down = true;
        kiosk->check_in(ev.ana, "kiosk");
        kiosk->check_in(ev.zoe, "kiosk");
        REQUIRE(kiosk->status().pending == 2);
    }
    std::ostringstream out, err;
    const int code = cli::run_sync({.db = (ev.dir / "server.db").string(), .outbox = (ev.dir / "outbox.db").string()}, out, err);
    CHECK(code == 0);
    CHECK(out.str().find("0 waiting, 0 refused") != std::string::npos);
    CHECK(err.str().empty());
    CHECK(ev.server_present(ev.ana));
    CHECK(ev.server_present(ev.zoe));
    CHECK(ev.server_check_ins(ev.ana) == 1);
}

TEST_CASE("matchbooth sync without an outbox says so and creates none") {
    TempDir dir;
    std::ostringstream out, err;
    const int code = cli::run_sync({.db = (dir / "server.db").string(), .outbox = (dir / "outbox.db").string()}, out, err);
    CHECK(code == 0);
    CHECK(out.str().find("nothing to sync") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "outbox.db"));
}

TEST_CASE("matchbooth sync lists what the server refused, with the reason, and exits 1") {
    SyncEvent ev;
    {
        auto kiosk = ev.kiosk();
        ev.net.down = true;
        Attendee ana = *kiosk->attendee(ev.ana);
        ana.email.value = "taken@example.org";
        kiosk->update_attendee(ana);
    }
    ev.server->add_attendee(person("Early Bird", "taken@example.org"));
    std::ostringstream out, err;
    const int code = cli::run_sync({.db = (ev.dir / "server.db").string(), .outbox = (ev.dir / "outbox.db").string()}, out, err);
    CHECK(code == 1);
    CHECK(out.str().find("0 waiting, 1 refused") != std::string::npos);
    CHECK(out.str().find("refused: profile edit of Ana Lima (id " + std::to_string(ev.ana) +
                          "): another attendee already has this email address") != std::string::npos);
    CHECK(out.str().find("@") == std::string::npos);                         // no e-mail address in the report
    CHECK(ev.server->attendee(ev.ana)->email.value == "ana@example.org");   // the server kept its own
}
