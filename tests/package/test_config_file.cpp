// --config FILE and MATCHBOOTH_CONFIG: the kiosk service's settings file (packaging/matchbooth.conf), its
// precedence (command line > [section] key > shared key > default) and its errors (one line, exit code 2).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "tests/support/run_process.hpp"
#include "tests/support/temp_dir.hpp"

using mb::test::quoted;
using mb::test::run_matchbooth;
using mb::test::run_matchbooth_env;
namespace fs = std::filesystem;

namespace {

fs::path write_config(const mb::test::TempDir& dir, const std::string& text) {
    const fs::path path = dir / "matchbooth.conf";
    std::ofstream(path) << text;
    return path;
}

// "created N demo attendees ... in PATH": which database did the command use?
bool used(const mb::test::ProcessResult& r, const fs::path& db) {
    return r.exit_code == 0 && r.output.find(" in " + db.string()) != std::string::npos;
}

} // namespace

TEST_CASE("package: a shared db key reaches the subcommand that runs") {
    mb::test::TempDir dir;
    const auto conf = write_config(dir, "# booth\ndb = \"" + (dir / "shared.db").string() + "\"\n");
    const auto r = run_matchbooth("--config " + quoted(conf.string()) + " demo --attendees 3");
    CHECK(used(r, dir / "shared.db"));
    CHECK(fs::exists(dir / "shared.db"));
}

TEST_CASE("package: a [section] key wins over a shared key, the command line over both") {
    mb::test::TempDir dir;
    const auto conf = write_config(dir, "db = \"" + (dir / "shared.db").string() + "\"\n[demo]\ndb = \"" +
                                            (dir / "section.db").string() + "\"\n[import]\ndb = \"" +
                                            (dir / "import.db").string() + "\"\n");
    CHECK(used(run_matchbooth("--config " + quoted(conf.string()) + " demo --attendees 3"), dir / "section.db"));
    CHECK(used(run_matchbooth("--config " + quoted(conf.string()) + " demo --attendees 3 --db " +
                              quoted((dir / "cli.db").string())),
               dir / "cli.db"));
    // Sections for other subcommands do not leak in (import and demo share one --db variable in app/cli).
    CHECK_FALSE(fs::exists(dir / "import.db"));
    CHECK_FALSE(fs::exists(dir / "shared.db"));
}

TEST_CASE("package: MATCHBOOTH_CONFIG names the file when --config is not given") {
    mb::test::TempDir dir;
    const auto conf = write_config(dir, "db = \"" + (dir / "env.db").string() + "\"\n");
    CHECK(used(run_matchbooth_env("MATCHBOOTH_CONFIG=" + quoted(conf.string()), "demo --attendees 3"), dir / "env.db"));
}

TEST_CASE("package: config file mistakes give one line and exit code 2") {
    mb::test::TempDir dir;
    for (const char* text : {"dbb = \"x.db\"\n", "[kiosk]\nidle-timout = 30\n", "[import]\nnope = 1\n",
                             "[nosuchcommand]\ndb = \"x.db\"\n"}) {
        INFO(text);
        const auto conf = write_config(dir, text);
        const auto r = run_matchbooth("--config " + quoted(conf.string()) + " demo --attendees 3 --db " +
                                      quoted((dir / "demo.db").string()));
        CHECK(r.exit_code == 2);
        CHECK(std::count(r.output.begin(), r.output.end(), '\n') == 1);
        CHECK_THAT(r.output, Catch::StartsWith("matchbooth: "));
    }
    CHECK_FALSE(fs::exists(dir / "demo.db"));   // nothing ran on a bad file
    const auto missing = run_matchbooth_env("MATCHBOOTH_CONFIG=" + quoted((dir / "missing.conf").string()),
                                            "demo --attendees 3");
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.output, Catch::Contains("missing.conf"));
}

TEST_CASE("package: the shipped config file is accepted by every subcommand that takes --db") {
    const fs::path shipped = fs::path(MATCHBOOTH_SOURCE_DIR) / "packaging" / "matchbooth.conf";
    mb::test::TempDir dir;
    const auto db = dir / "event.db";
    for (const char* cmd : {"demo --attendees 3", "config show", "export checkins", "pair"}) {
        INFO(cmd);
        // --db on the command line: the shipped db points at /var/lib/matchbooth, not ours to touch.
        const auto r = run_matchbooth("--config " + quoted(shipped.string()) + " " + cmd + " --db " + quoted(db.string()));
        CHECK(r.exit_code == 0);
    }
}
