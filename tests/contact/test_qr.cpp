// tests/contact/test_qr.cpp — QR matrices, PNG pixels, capacity limits and the "what to drop" refusals.
#include <catch2/catch.hpp>

#include "core/contact/card_output.hpp"
#include "core/contact/contact_qr.hpp"
#include "core/contact/qr_png.hpp"
#include "qr_decode.hpp"

using namespace mb;
using namespace mbtest;

namespace {

Attendee full_attendee() {
    Attendee a;
    a.display_name = "Ada Lovelace";
    a.organization = "Analytical Engines Ltd";
    a.share_organization = true;
    a.title = "Chief Programmer";
    a.share_title = true;
    a.email = {"ada@example.org", true};
    a.phone = {"+44 20 7946 0958", true};
    a.linkedin_url = {"https://www.linkedin.com/in/ada", true};
    return a;
}

QrOptions qr_opts(QrErrorCorrection level, int max_version = 40, int quiet_zone = 4) {
    QrOptions o;
    o.level = level;
    o.max_version = max_version;
    o.quiet_zone = quiet_zone;
    return o;
}

// The finder pattern's 7x7 ring and 3x3 core at the symbol corner whose top-left module is (x, y).
bool is_finder_at(const QrMatrix& m, int x, int y) {
    for (int dy = 0; dy < 7; ++dy) {
        for (int dx = 0; dx < 7; ++dx) {
            const bool ring = dx == 0 || dy == 0 || dx == 6 || dy == 6;
            const bool core = dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4;
            if (m.is_dark(x + dx, y + dy) != (ring || core)) return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("the matrix includes a light quiet zone around a symbol with finder patterns in three corners") {
    const QrMatrix m = encode_qr("BEGIN:VCARD\r\nEND:VCARD\r\n");
    REQUIRE(m.version >= 1);
    CHECK(m.symbol_size == 17 + 4 * m.version);
    CHECK(m.quiet_zone == 4);
    CHECK(m.side() == m.symbol_size + 8);
    REQUIRE(m.dark.size() == static_cast<std::size_t>(m.side() * m.side()));
    for (int i = 0; i < m.side(); ++i) {
        for (int q = 0; q < 4; ++q) {
            CHECK_FALSE(m.is_dark(i, q));
            CHECK_FALSE(m.is_dark(q, i));
            CHECK_FALSE(m.is_dark(i, m.side() - 1 - q));
            CHECK_FALSE(m.is_dark(m.side() - 1 - q, i));
        }
    }
    CHECK(is_finder_at(m, 4, 4));
    CHECK(is_finder_at(m, 4 + m.symbol_size - 7, 4));
    CHECK(is_finder_at(m, 4, 4 + m.symbol_size - 7));
    CHECK_FALSE(is_finder_at(m, 4 + m.symbol_size - 7, 4 + m.symbol_size - 7));

    CHECK(qr_pixels_per_module(m, m.side() * 7 + 6) == 7);
    CHECK(qr_pixels_per_module(m, m.side() - 1) == 0);

    const auto lum = qr_luminance(m);
    REQUIRE(lum.size() == m.dark.size());
    for (std::size_t i = 0; i < lum.size(); ++i) CHECK(lum[i] == (m.dark[i] ? 0 : 255));
}

TEST_CASE("the smallest version that fits is chosen, and higher error correction needs more room") {
    const std::string payload(100, 'a');
    const QrMatrix l = encode_qr(payload, qr_opts(QrErrorCorrection::L));
    const QrMatrix m = encode_qr(payload, qr_opts(QrErrorCorrection::M));
    const QrMatrix h = encode_qr(payload, qr_opts(QrErrorCorrection::H));
    CHECK(l.version <= m.version);
    CHECK(m.version < h.version);
    CHECK(m.level == QrErrorCorrection::M);
    // Byte-mode capacity tables of ISO/IEC 18004 (version 40; version 5-M), as libqrencode reports them.
    CHECK(qr_byte_capacity(qr_opts(QrErrorCorrection::M, 40)) == 2331);
    CHECK(qr_byte_capacity(qr_opts(QrErrorCorrection::L, 40)) == 2953);
    CHECK(qr_byte_capacity(qr_opts(QrErrorCorrection::M, 5)) == 84);
    // Smallest: a payload of exactly the version-5-M capacity is version 5, one byte more is version 6.
    CHECK(encode_qr(std::string(84, 'z')).version == 5);
    CHECK(encode_qr(std::string(85, 'z')).version == 6);
}

TEST_CASE("a payload over capacity is refused with the numbers, never truncated") {
    try {
        (void)encode_qr(std::string(2332, 'x'));
        FAIL("2332 bytes cannot fit at M");
    } catch (const QrTooLarge& e) {
        CHECK(e.payload_bytes == 2332);
        CHECK(e.capacity_bytes == 2331);
        CHECK(std::string(e.what()).find("2331") != std::string::npos);
    }
    CHECK_THROWS_AS(encode_qr(std::string(10, 'x'), qr_opts(QrErrorCorrection::M, 41)), std::invalid_argument);
    CHECK_THROWS_AS(encode_qr(std::string(10, 'x'), qr_opts(QrErrorCorrection::M, 40, -1)), std::invalid_argument);
    CHECK_THROWS_AS(encode_qr(""), std::invalid_argument);
}

TEST_CASE("a card that does not fit names the optional field whose removal makes it fit") {
    ContactQrOptions small;
    small.qr.max_version = 10;                       // 213 bytes at M: a badge-sized limit

    Attendee a = full_attendee();
    a.title = std::string(150, 'T');                 // the title alone is the problem
    try {
        (void)contact_qr(a, small);
        FAIL("must not fit");
    } catch (const ContactError& e) {
        CHECK(e.kind == ContactError::Kind::TooLarge);
        CHECK(e.field == CardField::Title);
        CHECK(e.fields_to_drop == std::vector<CardField>{CardField::Title});
        CHECK(std::string(e.what()).find("Remove the title") != std::string::npos);
    }

    a = full_attendee();
    a.email.value = std::string(150, 'e') + "@example.org";   // only dropping the email helps
    try {
        (void)contact_qr(a, small);
        FAIL("must not fit");
    } catch (const ContactError& e) {
        CHECK(e.fields_to_drop == std::vector<CardField>{CardField::Email});
        ConsentedCard smaller = consented_card(a);
        smaller.drop(CardField::Email);
        CHECK_NOTHROW(contact_qr(smaller, small));   // the advice is true
    }

    a = full_attendee();
    a.title = std::string(90, 'T');
    a.organization = std::string(90, 'O');           // neither alone is enough: both must go
    try {
        (void)contact_qr(a, small);
        FAIL("must not fit");
    } catch (const ContactError& e) {
        CHECK(e.fields_to_drop == std::vector<CardField>{CardField::Title, CardField::Organization});
        CHECK(std::string(e.what()).find("the title and the organization") != std::string::npos);
    }

    a = full_attendee();
    a.display_name = std::string(300, 'N');          // nothing optional can save it
    try {
        (void)contact_qr(a, small);
        FAIL("must not fit");
    } catch (const ContactError& e) {
        CHECK(e.field == CardField::Name);
        CHECK(e.fields_to_drop.empty());
        CHECK(std::string(e.what()).find("name") != std::string::npos);
    }
}

TEST_CASE("the PNG has whole pixels per module and decodes to the same bits") {
    const QrMatrix m = contact_qr(full_attendee()).matrix;
    for (const int scale : {1, 3, 8}) {
        const GrayImage img = read_png_gray(qr_png(m, scale));
        REQUIRE(img.width == m.side() * scale);
        REQUIRE(img.height == m.side() * scale);
        bool all_match = true;
        for (int y = 0; y < img.height; ++y) {
            for (int x = 0; x < img.width; ++x) {
                const auto px = img.pixels[static_cast<std::size_t>(y * img.width + x)];
                all_match = all_match && (px == (m.is_dark(x / scale, y / scale) ? 0 : 255));
            }
        }
        CHECK(all_match);
    }
    CHECK_THROWS_AS(qr_png(m, 0), std::invalid_argument);
    CHECK_THROWS_AS(qr_png(m, kMaxQrPngScale + 1), std::invalid_argument);
}

TEST_CASE("render_card prints the exact payload for .vcf output and a readable summary for people") {
    const ContactQr qr = contact_qr(full_attendee());
    CHECK(render_card(qr, CardFormat::VCard) == qr.payload);
    const std::string text = render_card(qr, CardFormat::Text);
    CHECK(text.find("Contact card for Ada Lovelace") != std::string::npos);
    CHECK(text.find("Shared: name, organization, title, phone number, email address, LinkedIn URL") !=
          std::string::npos);
    CHECK(text.find("error correction M") != std::string::npos);
    CHECK(text.find("\r") == std::string::npos);
    CHECK(text.find("FN:Ada Lovelace\n") != std::string::npos);
    // The text drawing has one line per two module rows and one column per module.
    const std::string art = qr_as_text(qr.matrix, true);
    std::size_t lines = 0;
    for (const char c : art) lines += c == '\n';
    CHECK(lines == static_cast<std::size_t>((qr.matrix.side() + 1) / 2));
}
