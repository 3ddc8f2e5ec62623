// tests/contact/test_contact_card.cpp — consent (exhaustively), tidying, names, and the vCard's shape.
#include <catch2/catch.hpp>

#include <set>

#include "core/contact/contact_card.hpp"
#include "core/contact/vcard.hpp"
#include "vcard_parse.hpp"

using namespace mb;
using namespace mbtest;

namespace {

// Every field holds a value that cannot appear by accident, so its presence in a payload is proof of a leak.
Attendee sentinel_attendee() {
    Attendee a;
    a.id = 7;
    a.display_name = "Ada Lovelace";
    a.organization = "OrgSentinel Analytical Engines";
    a.title = "TitleSentinel Chief Programmer";
    a.field = "FieldSentinel";
    a.location = "LocationSentinel";
    a.email.value = "email.sentinel@example.org";
    a.phone.value = "+44 20 7946 0958";
    a.linkedin_url.value = "https://www.linkedin.com/in/urlsentinel";
    return a;
}

} // namespace

// --- Consent ---------------------------------------------------------------------------------------------

TEST_CASE("every consent combination puts exactly the consented fields in the vCard, nothing else") {
    const Attendee base = sentinel_attendee();
    for (int mask = 0; mask < 32; ++mask) {
        for (const bool fold : {true, false}) {
            Attendee a = base;
            a.share_organization = mask & 1;
            a.share_title = mask & 2;
            a.email.shared = mask & 4;
            a.phone.shared = mask & 8;
            a.linkedin_url.shared = mask & 16;
            INFO("consent mask " << mask << " fold " << fold);
            const std::string payload = vcard_for(a, VCardOptions{fold});
            const std::string flat = unfold(payload);

            CHECK((flat.find("OrgSentinel") != std::string::npos) == a.share_organization);
            CHECK((flat.find("TitleSentinel") != std::string::npos) == a.share_title);
            CHECK((flat.find("email.sentinel") != std::string::npos) == a.email.shared);
            CHECK((flat.find("7946") != std::string::npos) == a.phone.shared);
            CHECK((flat.find("urlsentinel") != std::string::npos) == a.linkedin_url.shared);
            CHECK(flat.find("FieldSentinel") == std::string::npos);      // never shared
            CHECK(flat.find("LocationSentinel") == std::string::npos);   // never shared

            const auto lines = parse_vcard_lines(payload);
            std::set<std::string> names;
            for (const auto& l : lines) names.insert(l.name);
            std::set<std::string> expected{"BEGIN", "VERSION", "N", "FN", "END"};
            if (a.share_organization) expected.insert("ORG");
            if (a.share_title) expected.insert("TITLE");
            if (a.email.shared) expected.insert("EMAIL;TYPE=INTERNET");
            if (a.phone.shared) expected.insert("TEL");
            if (a.linkedin_url.shared) expected.insert("URL");
            CHECK(names == expected);
            CHECK(lines.size() == expected.size());                      // no property twice
        }
    }
}

TEST_CASE("an unconsented field is never read, so even broken bytes there cannot block the code") {
    Attendee a = sentinel_attendee();
    a.email.value = "bad\xFF\x00bytes";
    a.title = "\x1b[31mred";
    a.organization = "\xED\xA0\x80";
    CHECK_NOTHROW(vcard_for(a));
    a.share_title = true;
    try {
        (void)vcard_for(a);
        FAIL("a consented title with a control character must be refused");
    } catch (const ContactError& e) {
        CHECK(e.kind == ContactError::Kind::InvalidField);
        CHECK(e.field == CardField::Title);
        CHECK(std::string(e.what()).find("title") != std::string::npos);
    }
}

TEST_CASE("consented but empty fields add no line, and the name is required") {
    Attendee a;
    a.display_name = "Grace Hopper";
    a.share_organization = a.share_title = a.email.shared = a.phone.shared = a.linkedin_url.shared = true;
    a.organization = "   ";
    const ConsentedCard card = consented_card(a);
    for (const CardField f : {CardField::Organization, CardField::Title, CardField::Email, CardField::Phone,
                              CardField::LinkedIn}) {
        CHECK_FALSE(card.has(f));
    }
    a.display_name = " \n\t ";
    try {
        (void)consented_card(a);
        FAIL("an empty name must be refused");
    } catch (const ContactError& e) {
        CHECK(e.field == CardField::Name);
    }
}

TEST_CASE("consented fields are tidied and validated per field") {
    Attendee a;
    a.display_name = "  Ada \n Lovelace ";
    a.email = {" ada@example.org ", true};
    a.phone = {"+1 (555) 010-0199", true};
    a.linkedin_url = {"linkedin.com/in/ada;lovelace,1\\x", true};
    a.title = " Chief\r\nProgrammer ";
    a.share_title = true;
    const ConsentedCard c = consented_card(a);
    CHECK(c.name == "Ada Lovelace");
    CHECK(c.email == "ada@example.org");
    CHECK(c.title == "Chief\r\nProgrammer");
    CHECK(c.url == "https://linkedin.com/in/ada%3Blovelace%2C1%5Cx");

    a.linkedin_url.value = "http://example.org/x";
    CHECK(consented_card(a).url == "http://example.org/x");             // an existing scheme is kept

    const auto refused_field = [](Attendee b) -> std::optional<CardField> {
        try {
            (void)consented_card(b);
            return std::nullopt;
        } catch (const ContactError& e) {
            return e.field;
        }
    };
    Attendee b = a;
    b.email.value = "not an address";
    CHECK(refused_field(b) == CardField::Email);
    b = a;
    b.phone.value = "call me";
    CHECK(refused_field(b) == CardField::Phone);
    b = a;
    b.phone.value = "555\n0199";
    CHECK(refused_field(b) == CardField::Phone);
    b = a;
    b.linkedin_url.value = "linkedin.com/in/ada lovelace";
    CHECK(refused_field(b) == CardField::LinkedIn);
    b = a;
    b.display_name = "Ada\xC3";
    CHECK(refused_field(b) == CardField::Name);
}

// --- Names -----------------------------------------------------------------------------------------------

TEST_CASE("structured_name derives vCard N components from how people write their names") {
    struct Case { const char* name; StructuredName n; };
    const Case cases[] = {
        {"Ada Lovelace", {"Lovelace", "Ada", "", "", ""}},
        {"Mary Ann Evans", {"Evans", "Mary Ann", "", "", ""}},
        {"Cher", {"", "Cher", "", "", ""}},
        {"O'Brien, Seán; \"Jr.\"", {"O'Brien", "Seán; \"Jr.\"", "", "", ""}},
        {"Lovelace, Ada", {"Lovelace", "Ada", "", "", ""}},
        {"Dr. Jane Smith", {"Smith", "Jane", "", "Dr.", ""}},
        {"Martin Luther King, Jr.", {"King", "Martin Luther", "", "", "Jr."}},
        {"Jane Smith, MD, PhD", {"Smith", "Jane", "", "", "MD, PhD"}},
        {"John Smith III", {"Smith", "John", "", "", "III"}},
        {"Jan van der Berg", {"van der Berg", "Jan", "", "", ""}},
        {"Ludwig van Beethoven", {"van Beethoven", "Ludwig", "", "", ""}},
        {"Anh Do", {"Do", "Anh", "", "", ""}},
        {"Nguyễn Văn An", {"An", "Nguyễn Văn", "", "", ""}},
        {"李小龍", {"", "李小龍", "", "", ""}},
        {"Dr", {"", "Dr", "", "", ""}},                          // a lone word is a name, not a prefix
        {"Prof. Smith", {"", "Smith", "", "Prof.", ""}},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        const StructuredName n = structured_name(c.name);
        CHECK(n.family == c.n.family);
        CHECK(n.given == c.n.given);
        CHECK(n.additional == c.n.additional);
        CHECK(n.prefix == c.n.prefix);
        CHECK(n.suffix == c.n.suffix);
    }
}

// --- Shape of the payload --------------------------------------------------------------------------------

TEST_CASE("the payload is vCard 3.0, UTF-8 without BOM, CRLF everywhere, escaped per RFC 2426") {
    Attendee a;
    a.display_name = "O'Brien, Seán; \"Jr.\"";
    a.title = "Head of A\\B, Clinical;\nand Research";
    a.share_title = true;
    a.organization = "Ünïversity Hospital; Dept. 4";
    a.share_organization = true;
    const std::string p = vcard_for(a);

    CHECK(p.rfind("BEGIN:VCARD\r\nVERSION:3.0\r\n", 0) == 0);   // also: no BOM before BEGIN
    CHECK(p.size() >= 11);
    CHECK(p.substr(p.size() - 11) == "END:VCARD\r\n");
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (p[i] == '\n') CHECK((i > 0 && p[i - 1] == '\r'));
        if (p[i] == '\r') CHECK((i + 1 < p.size() && p[i + 1] == '\n'));
    }
    CHECK(p.find("FN:O'Brien\\, Seán\\; \"Jr.\"\r\n") != std::string::npos);
    CHECK(p.find("N:O'Brien;Seán\\; \"Jr.\";;;\r\n") != std::string::npos);
    CHECK(p.find("TITLE:Head of A\\\\B\\, Clinical\\;\\nand Research\r\n") != std::string::npos);
    CHECK(p.find("ORG:Ünïversity Hospital\\; Dept. 4\r\n") != std::string::npos);

    const auto lines = parse_vcard_lines(p);
    CHECK(unescape_text(find_line(lines, "FN")->raw) == a.display_name);
    CHECK(unescape_text(find_line(lines, "TITLE")->raw) == a.title);
    const auto n = split_structured(find_line(lines, "N")->raw);
    REQUIRE(n.size() == 5);
    CHECK(n[0] == "O'Brien");
    CHECK(n[1] == "Seán; \"Jr.\"");
}
