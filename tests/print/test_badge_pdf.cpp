// tests/print/test_badge_pdf.cpp — badge PDFs checked with poppler (pdfinfo, pdftotext, pdffonts, pdftoppm)
// and their QR codes decoded by zbarimg from the rendered page.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "app/print/badge_pdf.hpp"
#include "tools.hpp"

using namespace mb;
using namespace mbtest;

namespace {

Attendee sample_attendee() {
    Attendee a;
    a.display_name = "Seán O'Brien-Ó Súilleabháin";
    a.organization = "Hôpital Saint-Louis";
    a.share_organization = true;
    a.title = "Director of Nursing Research";
    a.share_title = false;                              // on file, not shared: must not be printed
    a.email = {"sean@example.org", true};
    a.phone = {"+353 1 555 0142", false};
    a.role = Role::Both;
    return a;
}

bool tools_present() {
    for (const char* t : {"pdftoppm", "pdfinfo", "pdftotext", "pdffonts", "zbarimg"}) {
        if (!have_tool(t)) {
            WARN("SKIPPED: " << t << " is not installed (Debian poppler-utils / zbar-tools)");
            return false;
        }
    }
    return true;
}

// pdftotext breaks lines where the badge wraps them; join them again ("Saint-\nLouis" -> "Saint-Louis").
std::string flatten(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n') out += text[i];
        else if (!out.empty() && out.back() != '-') out += ' ';
    }
    return out;
}

long info_number(const std::string& info, const std::string& key) {
    const auto at = info.find(key);
    return at == std::string::npos ? -1 : std::strtol(info.c_str() + at + key.size(), nullptr, 10);
}

// Every module of the code, looked up in the rendered raster at its dot block: each block must be solid
// black or solid white as the matrix says — the "crisp" promise of whole dots per module.
void check_crisp_modules(const GrayPage& page, const QrMatrix& m, const QrPlacement& p, int dpi) {
    const auto px = [&](double pt) { return static_cast<int>(std::lround(pt * dpi / 72.0)); };
    const int x0 = px(p.x), y0 = px(p.y), d = p.dots_per_module;
    int wrong_blocks = 0;
    for (int row = 0; row < m.side(); ++row) {
        for (int col = 0; col < m.side(); ++col) {
            const std::uint8_t want = m.is_dark(col, row) ? 0 : 255;
            bool solid = true;
            for (int y = 0; y < d && solid; ++y) {
                for (int x = 0; x < d && solid; ++x) solid = page.at(x0 + col * d + x, y0 + row * d + y) == want;
            }
            wrong_blocks += solid ? 0 : 1;
        }
    }
    CHECK(wrong_blocks == 0);
}

} // namespace

TEST_CASE("badge PDFs of every size render, carry only consented text, and their QR decodes exactly") {
    if (!tools_present()) return;
    const TempDir tmp;
    for (const BadgeSize size : {BadgeSize::Badge4x3, BadgeSize::Label62mm, BadgeSize::A6}) {
        INFO(badge_size_key(size));
        BadgeOptions o;
        o.size = size;
        const BadgeContent c = badge_content(sample_attendee(), "MedMentor Mixer 2025", o);
        const std::string pdf = tmp.file(std::string(badge_size_key(size)) + ".pdf");
        write_pdf_file(pdf, render_badge_pdf(c, o));

        const BadgeGeometry g = badge_geometry(size);
        const std::string info = run_command("pdfinfo " + shell_quote(pdf)).output;
        CHECK(info_number(info, "Pages:") == 1);
        const auto at_size = info.find("Page size:");
        REQUIRE(at_size != std::string::npos);
        double w = 0, h = 0;
        REQUIRE(std::sscanf(info.c_str() + at_size, "Page size: %lf x %lf", &w, &h) == 2);
        CHECK(w == Approx(g.page_w).margin(0.01));
        CHECK(h == Approx(g.page_h).margin(0.01));

        const std::string text = flatten(run_command("pdftotext -raw " + shell_quote(pdf) + " -").output);
        CHECK(text.find("Hôpital Saint-Louis") != std::string::npos);          // consented
        CHECK(text.find("Director") == std::string::npos);                    // not consented
        CHECK(text.find("Mentor & mentee") != std::string::npos);
        CHECK(text.find("MedMentor Mixer 2025") != std::string::npos);
        CHECK(text.find("Súilleabháin") != std::string::npos);

        const std::string fonts = run_command("pdffonts " + shell_quote(pdf)).output;
        CHECK(fonts.find("Inter") != std::string::npos);

        const int dpi = o.printer_dpi;
        const GrayPage page = render_pdf_page(pdf, dpi, tmp.file(std::string(badge_size_key(size))));
        CHECK(page.width == static_cast<int>(std::ceil(g.page_w * dpi / 72.0)));
        const auto place = place_qr(g.qr_area, c.qr.matrix.side(), dpi);
        REQUIRE(place.has_value());
        CHECK(place->dots_per_module >= 4);                                   // >= 0.34 mm at 300 dpi
        check_crisp_modules(page, c.qr.matrix, *place, dpi);

        const auto decoded = zbarimg_decode(tmp.file(std::string(badge_size_key(size)) + ".pgm"));
        REQUIRE(decoded.size() == 1);
        CHECK(decoded.front() == c.qr.payload);
        CHECK(decoded.front().find("TEL") == std::string::npos);              // phone not consented
    }
}

TEST_CASE("a badge QR still decodes when the page is rasterized at another resolution") {
    if (!tools_present()) return;
    const TempDir tmp;
    BadgeOptions o;
    o.size = BadgeSize::Label62mm;
    o.printer_dpi = 203;                                                      // a typical thermal printer
    o.color = false;
    const BadgeContent c = badge_content(sample_attendee(), "", o);
    const std::string pdf = tmp.file("label.pdf");
    write_pdf_file(pdf, render_badge_pdf(c, o));
    for (const int dpi : {150, 203, 600}) {
        INFO("rendered at " << dpi << " dpi");
        (void)render_pdf_page(pdf, dpi, tmp.file("label" + std::to_string(dpi)));
        const auto decoded = zbarimg_decode(tmp.file("label" + std::to_string(dpi) + ".pgm"));
        REQUIRE(decoded.size() == 1);
        CHECK(decoded.front() == c.qr.payload);
    }
}

TEST_CASE("a very long name shrinks or wraps but never pushes the QR off the badge") {
    if (!tools_present()) return;
    const TempDir tmp;
    Attendee a = sample_attendee();
    a.display_name = "Maria-Fernanda Alejandra Concepción de los Santos Villanueva-Rodríguez";
    a.role = Role::Mentor;
    BadgeOptions o;
    const BadgeContent c = badge_content(a, "Event", o);
    const std::string pdf = tmp.file("long.pdf");
    write_pdf_file(pdf, render_badge_pdf(c, o));
    (void)render_pdf_page(pdf, 300, tmp.file("long"));
    const auto decoded = zbarimg_decode(tmp.file("long.pgm"));
    REQUIRE(decoded.size() == 1);
    CHECK(decoded.front() == c.qr.payload);
    const std::string text = flatten(run_command("pdftotext -raw " + shell_quote(pdf) + " -").output);
    CHECK(text.find("Mentor") != std::string::npos);
    CHECK(text.find("Maria-Fernanda") != std::string::npos);
}

TEST_CASE("a card too dense for the badge is refused naming the field to drop") {
    Attendee a = sample_attendee();
    BadgeOptions o;
    o.size = BadgeSize::Label62mm;
    const ContactQrOptions limits = badge_qr_options(o);
    CHECK(limits.qr.max_version < 40);
    a.title = std::string(qr_byte_capacity(limits.qr), 'T');        // the title alone fills the code
    a.share_title = true;
    try {
        (void)badge_content(a, "", o);
        FAIL("a card larger than the badge's QR capacity must be refused");
    } catch (const ContactError& e) {
        CHECK(e.kind == ContactError::Kind::TooLarge);
        CHECK(e.field == CardField::Title);
    }
    o.printer_dpi = 10;
    CHECK_THROWS_AS(badge_qr_options(o), std::invalid_argument);
}

TEST_CASE("badges of names in every script embed a font that has their letters") {
    // The badge asks Pango for Inter; fontconfig falls back per script to what fonts-noto-core and
    // fonts-noto-cjk (package dependencies) install. pdffonts names the faces that were embedded.
    if (!tools_present()) return;
    const TempDir tmp;
    struct Case {
        const char* name;
        const char* font;          // a face the fallback must have embedded for it
    };
    for (const Case& k : {Case{"陈静", "CJK"}, Case{"佐藤 花子", "CJK"}, Case{"김민준", "CJK"},
                          Case{"प्रिया शर्मा", "Devanagari"}, Case{"فاطمة الزهراء", "Identity-H"},
                          Case{"דוד כהן", "Identity-H"}, Case{"Γιώργος Παπαδόπουλος", "Inter"},
                          Case{"Алексей Иванов", "Inter"}}) {
        INFO(k.name);
        Attendee a = sample_attendee();
        a.display_name = k.name;
        BadgeOptions o;
        const BadgeContent c = badge_content(a, "Mixer", o);
        const std::string pdf = tmp.file("world.pdf");
        write_pdf_file(pdf, render_badge_pdf(c, o));
        const std::string fonts = run_command("pdffonts " + shell_quote(pdf)).output;
        CHECK(fonts.find(k.font) != std::string::npos);
        CHECK(fonts.find("LastResort") == std::string::npos);
        if (std::string_view(k.font) == "CJK" || std::string_view(k.font) == "Inter") {   // left-to-right
            const std::string text = flatten(run_command("pdftotext -raw " + shell_quote(pdf) + " -").output);
            CHECK(text.find(k.name) != std::string::npos);
        }
    }
}
