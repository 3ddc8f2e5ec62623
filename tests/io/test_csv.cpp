#include <catch2/catch.hpp>

#include "core/io/csv.hpp"

using namespace mb;
using Fields = std::vector<std::string>;

TEST_CASE("CSV: BOM, CRLF, quotes, doubled quotes and embedded newlines") {
    const std::string text = "\xEF\xBB\xBF" "Name,Company\r\n"
                             "\"O'Brien, Seán\",\"Mayo \"\"Clinic\"\"\"\r\n"
                             "\"Two\r\nLines\",Acme\r\n"
                             "Plain,Co\n";
    const auto recs = parse_csv(text);
    REQUIRE(recs.size() == 4);
    CHECK(recs[0].fields == Fields{"Name", "Company"});
    CHECK(recs[1].fields == Fields{"O'Brien, Seán", "Mayo \"Clinic\""});
    CHECK(recs[2].fields == Fields{"Two\r\nLines", "Acme"});
    CHECK(recs[2].line == 3);
    CHECK(recs[3].line == 5);                                    // the embedded newline counted
    CHECK(recs[3].fields == Fields{"Plain", "Co"});
}

TEST_CASE("CSV: lone CR line ends, blank lines and a missing final newline") {
    const auto recs = parse_csv("a,b\r\r1,2\r3,4");
    REQUIRE(recs.size() == 3);
    CHECK(recs[1].line == 3);
    CHECK(recs[2].fields == Fields{"3", "4"});
}

TEST_CASE("CSV: semicolon and tab delimiters are recognised from the header") {
    CHECK(guess_csv_delimiter("Name;Email;Company\n") == ';');
    CHECK(guess_csv_delimiter("Name\tEmail\n") == '\t');
    CHECK(guess_csv_delimiter("\"a;b\",c\n") == ',');
    const auto recs = parse_csv("Name;Company\nZoë;\"A;B\"\n");
    CHECK(recs[1].fields == Fields{"Zoë", "A;B"});
}

TEST_CASE("CSV: malformed records carry an error and the line, parsing goes on") {
    const auto recs = parse_csv("a,b\n\"x\"y,2\nok,1\n\"never closed,3\nmore\n");
    REQUIRE(recs.size() == 4);
    CHECK(recs[1].error == "unexpected text after a closing quote");
    CHECK(recs[1].line == 2);
    CHECK(recs[2].fields == Fields{"ok", "1"});
    CHECK(recs[3].line == 4);
    CHECK_THAT(recs[3].error, Catch::Contains("starting on line 4 is never closed"));
}

TEST_CASE("CSV: invalid UTF-8 is reported per record with the column") {
    const auto recs = parse_csv("Name,Company\nJos\xe9,Acme\nJosé,Acme\n");
    REQUIRE(recs.size() == 3);
    CHECK_THAT(recs[1].error, Catch::Contains("column 1 is not valid UTF-8"));
    CHECK(recs[2].error.empty());
}

TEST_CASE("CSV writing quotes what needs it and neutralizes formulas") {
    CHECK(csv_cell("plain") == "plain");
    CHECK(csv_cell("a,b") == "\"a,b\"");
    CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
    CHECK(csv_cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csv_cell("+1 555") == "'+1 555");
    CHECK(csv_cell("-2") == "'-2");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_row({"a", "b"}) == "a,b\r\n");
}

TEST_CASE("CSV round trip: what we write, we read back (apart from the formula guard)") {
    const Fields cells{"Zoë Ñúñez", "O'Brien, Seán; \"Jr.\"", "multi\r\nline", "", " padded "};
    const auto recs = parse_csv(csv_row(cells));
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].fields == cells);
}
