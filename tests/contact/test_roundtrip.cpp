// tests/contact/test_roundtrip.cpp — generated PNGs read back by a real decoder (libzbar), byte for byte.
#include <catch2/catch.hpp>

#include "core/contact/contact_qr.hpp"
#include "core/contact/qr_png.hpp"
#include "qr_decode.hpp"
#include "vcard_parse.hpp"

using namespace mb;
using namespace mbtest;

namespace {

std::string decode_single(const QrMatrix& m, int scale, bool binary) {
    const auto symbols = decode_qr(read_png_gray(qr_png(m, scale)), binary);
    REQUIRE(symbols.size() == 1);
    return symbols.front();
}

} // namespace

TEST_CASE("a contact QR decodes back to its payload byte for byte, and the payload to the card") {
    Attendee a;
    a.display_name = "O'Brien, Seán; \"Jr.\"";
    a.title = "Director, Nursing\nResearch; Ops \\ Quality";
    a.share_title = true;
    a.organization = "Hôpital Saint-Louis; AP-HP";
    a.share_organization = true;
    a.email = {"sean.obrien@example.org", true};
    a.phone = {"+353 1 555 0142", true};
    a.linkedin_url = {"linkedin.com/in/seán-obrien", true};

    for (const auto level : {QrErrorCorrection::L, QrErrorCorrection::M, QrErrorCorrection::Q,
                             QrErrorCorrection::H}) {
        ContactQrOptions o;
        o.qr.level = level;
        const ContactQr qr = contact_qr(a, o);
        INFO("level " << qr_level_letter(level) << " version " << qr.matrix.version);
        CHECK(decode_single(qr.matrix, 4, true) == qr.payload);    // raw bytes
    }

    const ContactQr qr = contact_qr(a);
    const auto lines = parse_vcard_lines(decode_single(qr.matrix, 3, true));
    CHECK(unescape_text(find_line(lines, "FN")->raw) == "O'Brien, Seán; \"Jr.\"");
    CHECK(unescape_text(find_line(lines, "TITLE")->raw) == a.title);
    CHECK(split_structured(find_line(lines, "ORG")->raw) == std::vector<std::string>{"Hôpital Saint-Louis; AP-HP"});
    CHECK(unescape_text(find_line(lines, "EMAIL;TYPE=INTERNET")->raw) == "sean.obrien@example.org");
    CHECK(find_line(lines, "URL")->raw == "https://linkedin.com/in/seán-obrien");
    const auto n = split_structured(find_line(lines, "N")->raw);
    CHECK(n == std::vector<std::string>{"O'Brien", "Seán; \"Jr.\"", "", "", ""});
}

// Without ECI, zbar's text mode (zbarimg's default) tries Shift-JIS and Big5 before UTF-8 and reads "Seán"
// as "Se獺n"; phone readers (ZXing, ML Kit, iOS) take valid UTF-8 as UTF-8. With the UTF-8 ECI designator
// every reader, zbar's text mode included, must convert exactly.
TEST_CASE("an ECI designator is added only when asked for, and makes text-mode decoding exact") {
    Attendee a;
    a.display_name = "O'Brien, Seán; \"Jr.\"";
    a.organization = "Hôpital Saint-Louis; 東京";
    a.share_organization = true;
    ContactQrOptions with_eci;
    with_eci.qr.eci = 26;                                            // UTF-8
    const ContactQr plain = contact_qr(a);
    const ContactQr eci = contact_qr(a, with_eci);
    CHECK(plain.payload == eci.payload);
    CHECK(plain.matrix.dark != eci.matrix.dark);                     // the header changes the symbol
    CHECK(decode_single(eci.matrix, 4, false) == eci.payload);      // text mode, converted as UTF-8
    CHECK(decode_single(eci.matrix, 4, true) == eci.payload);
}

TEST_CASE("a large card at version 40 still decodes") {
    Attendee a;
    a.display_name = "Ada Lovelace";
    a.title = std::string(1500, 'x') + " Ω";
    a.share_title = true;
    const ContactQr qr = contact_qr(a);
    CHECK(qr.matrix.version >= 30);
    CHECK(decode_single(qr.matrix, 3, true) == qr.payload);
}
