// matchbooth --version: what a bug report from a booth must say (version, commit, library versions).
#include <catch2/catch.hpp>

#include <regex>

#include "tests/support/run_process.hpp"

using mb::test::run_matchbooth;

TEST_CASE("package: --version names the version, the git commit and the four libraries") {
    const auto r = run_matchbooth("--version");
    REQUIRE(r.exit_code == 0);
    CHECK(std::regex_search(r.output, std::regex(R"(^matchbooth [0-9]+\.[0-9]+\.[0-9]+ \(git [^)]+\)\n)")));
    for (const char* lib : {"SQLite", "Dear ImGui", "GLFW", "qrencode"}) {
        INFO(lib);
        CHECK(std::regex_search(r.output, std::regex(std::string("\n  ") + lib + R"( +[0-9]+\.[0-9]+)")));
    }
}
