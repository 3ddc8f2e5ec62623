// tests/contact/test_vcard_text.cpp — byte rules of vCard text: UTF-8 checks, escaping, folding.
#include <catch2/catch.hpp>

#include "core/contact/vcard_text.hpp"

using namespace mb;

TEST_CASE("escape_vcard_text escapes backslash, comma, semicolon and every line break form") {
    CHECK(escape_vcard_text("plain") == "plain");
    CHECK(escape_vcard_text("a\\b") == "a\\\\b");
    CHECK(escape_vcard_text("O'Brien, Seán; \"Jr.\"") == "O'Brien\\, Seán\\; \"Jr.\"");
    CHECK(escape_vcard_text("line1\nline2") == "line1\\nline2");
    CHECK(escape_vcard_text("line1\r\nline2") == "line1\\nline2");   // CRLF is one break, not two
    CHECK(escape_vcard_text("line1\rline2") == "line1\\nline2");
    CHECK(escape_vcard_text("a\n\nb") == "a\\n\\nb");
    CHECK(escape_vcard_text("colon: stays") == "colon: stays");      // ':' needs no escape in a value
    CHECK(escape_vcard_text("\\,;") == "\\\\\\,\\;");
}

TEST_CASE("check_card_text accepts well-formed UTF-8 and refuses malformed sequences with their offset") {
    CHECK(check_card_text("Seán Ó Briain 李小龍 😀", false).problem == TextProblem::None);
    CHECK(check_card_text("tab\there", false).problem == TextProblem::None);

    struct Bad { std::string bytes; std::size_t offset; };
    const Bad bad[] = {
        {"ab\x80", 2},                   // lone continuation byte
        {"a\xC3", 1},                    // truncated 2-byte sequence
        {"\xC0\xAF", 0},                 // overlong '/'
        {"\xE0\x80\xAF", 0},             // overlong 3-byte
        {"x\xED\xA0\x80", 1},            // UTF-16 surrogate U+D800
        {"\xF4\x90\x80\x80", 0},         // U+110000, beyond Unicode
        {"\xF5\x80\x80\x80", 0},         // invalid lead byte
        {"\xFF", 0},
        {"ok\xE2\x82", 2},               // truncated euro sign
    };
    for (const auto& b : bad) {
        INFO("bytes at offset " << b.offset);
        const TextCheck c = check_card_text(b.bytes, true);
        CHECK(c.problem == TextProblem::InvalidUtf8);
        CHECK(c.offset == b.offset);
    }
}

TEST_CASE("check_card_text refuses control characters and, for one-line fields, line breaks") {
    CHECK(check_card_text(std::string("a\0b", 3), true).problem == TextProblem::ControlCharacter);
    CHECK(check_card_text("a\x1b[31m", true).problem == TextProblem::ControlCharacter);   // ESC
    CHECK(check_card_text("a\x7f", true).problem == TextProblem::ControlCharacter);       // DEL
    CHECK(check_card_text("a\xC2\x85", true).problem == TextProblem::ControlCharacter);   // NEL (C1)
    CHECK(check_card_text("a\xC2\xA0", true).problem == TextProblem::None);               // NBSP is text
    CHECK(check_card_text("a\nb", true).problem == TextProblem::None);
    const TextCheck c = check_card_text("ab\r\nc", false);
    CHECK(c.problem == TextProblem::LineBreak);
    CHECK(c.offset == 2);
}

TEST_CASE("fold_vcard_line keeps every physical line within 75 octets and unfolds to the original") {
    std::string line = "TITLE:";
    for (int i = 0; i < 40; ++i) line += "Seán\\, 李 😀 ";   // mixes 1-, 2-, 3- and 4-byte units and escapes
    const std::string folded = fold_vcard_line(line);

    std::string unfolded;
    std::size_t start = 0;
    bool first = true;
    while (start <= folded.size()) {
        auto end = folded.find("\r\n", start);
        if (end == std::string::npos) end = folded.size();
        const std::string physical = folded.substr(start, end - start);
        CHECK(physical.size() <= 75);
        if (!first) {
            REQUIRE(!physical.empty());
            CHECK(physical[0] == ' ');
            unfolded += physical.substr(1);
        } else {
            unfolded += physical;
        }
        // No physical line may start with a UTF-8 continuation byte or end inside an escape pair.
        const std::string body = first ? physical : physical.substr(1);
        if (!body.empty()) CHECK((static_cast<unsigned char>(body[0]) & 0xC0) != 0x80);
        std::size_t trailing_backslashes = 0;
        for (auto it = physical.rbegin(); it != physical.rend() && *it == '\\'; ++it) ++trailing_backslashes;
        CHECK(trailing_backslashes % 2 == 0);
        first = false;
        start = end + 2;
    }
    CHECK(unfolded == line);
    CHECK(fold_vcard_line("FN:short") == "FN:short");
}

TEST_CASE("collapse_whitespace turns runs of spaces, tabs and line breaks into single spaces") {
    CHECK(collapse_whitespace("  Ada \t\r\n Lovelace  ") == "Ada Lovelace");
    CHECK(collapse_whitespace(" \n\t ").empty());
    CHECK(collapse_whitespace("Ada\xC2\xA0Lovelace") == "Ada\xC2\xA0Lovelace");   // NBSP is not ASCII space
}
