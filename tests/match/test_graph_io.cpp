// tests/match/test_graph_io.cpp — the `solve` text format: results, and one clear line per kind of bad input.
#include <catch2/catch.hpp>

#include <sstream>

#include "core/match/graph_io.hpp"

using namespace mb;

namespace {

struct Run {
    int code;
    std::string out;
    std::string err;
};

Run solve(const std::string& input) {
    std::istringstream in(input);
    std::ostringstream out, err;
    const int code = run_solve(in, out, err);
    return {code, out.str(), err.str()};
}

// The single error line for `input`, checked to be exactly one line.
std::string error_of(const std::string& input) {
    const Run r = solve(input);
    REQUIRE(r.code == 2);
    REQUIRE(r.out.empty());
    REQUIRE(!r.err.empty());
    REQUIRE(r.err.back() == '\n');
    REQUIRE(r.err.find('\n') == r.err.size() - 1);
    return r.err;
}

} // namespace

TEST_CASE("solve prints the optimal weight and sorted pairs") {
    const Run r = solve("4 3\n0 1 5\n2 1 9\n2 3 5\n");
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK(r.out == "weight 10 pairs 2\n0 1\n2 3\n");
}

TEST_CASE("solve accepts comments, blank lines, tabs and CRLF line ends") {
    const Run r = solve("# a triangle plus one\r\n\r\n4\t4\r\n0 1 3\r\n# heavy edge next\n1 2 4\n0 2 3\n2 3 2\n\n");
    CHECK(r.code == 0);
    CHECK(r.out == "weight 5 pairs 2\n0 1\n2 3\n");
}

TEST_CASE("solve handles empty graphs") {
    CHECK(solve("0 0\n").out == "weight 0 pairs 0\n");
    CHECK(solve("3 0").out == "weight 0 pairs 0\n");
}

TEST_CASE("bad input names the line and the problem in one line") {
    CHECK_THAT(error_of(""), Catch::Contains("line 1:") && Catch::Contains("empty input"));
    CHECK_THAT(error_of("4\n"), Catch::Contains("line 1:") && Catch::Contains("'n m'"));
    CHECK_THAT(error_of("x 2\n"), Catch::Contains("line 1:"));
    CHECK_THAT(error_of("-1 0\n"), Catch::Contains("line 1:") && Catch::Contains("vertex count"));
    CHECK_THAT(error_of("3 -2\n"), Catch::Contains("line 1:") && Catch::Contains("edge count"));
    CHECK_THAT(error_of("3 2\n0 1 4\n"), Catch::Contains("line 3:") && Catch::Contains("found only 1"));
    CHECK_THAT(error_of("3 1\n0 1\n"), Catch::Contains("line 2:") && Catch::Contains("'u v w'"));
    CHECK_THAT(error_of("3 1\n0 1 4 9\n"), Catch::Contains("line 2:") && Catch::Contains("'u v w'"));
    CHECK_THAT(error_of("3 1\n0 a 4\n"), Catch::Contains("line 2:") && Catch::Contains("'a' is not an integer"));
    CHECK_THAT(error_of("3 1\n0 1 2.5\n"), Catch::Contains("line 2:") && Catch::Contains("weight"));
    CHECK_THAT(error_of("3 2\n0 1 4\n\n0 3 1\n"), Catch::Contains("line 4:") && Catch::Contains("out of range 0..2"));
    CHECK_THAT(error_of("3 1\n-1 1 4\n"), Catch::Contains("line 2:") && Catch::Contains("out of range"));
    CHECK_THAT(error_of("3 1\n2 2 4\n"), Catch::Contains("line 2:") && Catch::Contains("self-loop"));
    CHECK_THAT(error_of("3 1\n0 1 0\n"), Catch::Contains("line 2:") && Catch::Contains("weight"));
    CHECK_THAT(error_of("3 1\n0 1 -7\n"), Catch::Contains("line 2:") && Catch::Contains("weight"));
    CHECK_THAT(error_of("3 1\n0 1 1000000000000001\n"), Catch::Contains("line 2:") && Catch::Contains("10^15"));
    CHECK_THAT(error_of("3 1\n0 1 99999999999999999999999\n"), Catch::Contains("line 2:"));
    CHECK_THAT(error_of("3 3\n0 1 4\n# c\n1 2 1\n1 0 6\n"),
               Catch::Contains("line 5:") && Catch::Contains("duplicate edge 0 1") &&
                   Catch::Contains("first given on line 2"));
    CHECK_THAT(error_of("3 1\n0 1 4\n1 2 3\n"), Catch::Contains("line 3:") && Catch::Contains("more edge lines"));
}

TEST_CASE("read_graph reports the line number as a field too") {
    std::istringstream in("2 1\n\n\n0 5 1\n");
    try {
        read_graph(in);
        FAIL("no error");
    } catch (const GraphInputError& e) {
        CHECK(e.line == 4);
    }
}

TEST_CASE("write_matching lists each pair once with the smaller vertex first") {
    MatchingResult r;
    r.mate = {3, -1, 4, 0, 2};
    r.total = 17;
    std::ostringstream out;
    write_matching(out, r);
    CHECK(out.str() == "weight 17 pairs 2\n0 3\n2 4\n");
}
