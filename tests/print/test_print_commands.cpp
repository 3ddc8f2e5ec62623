// tests/print/test_print_commands.cpp — the `card` and `badge` command functions against an in-memory store.
#include <catch2/catch.hpp>

#include <sstream>

#include "app/print/print_commands.hpp"
#include "core/contact/vcard.hpp"
#include "fake_store.hpp"
#include "tools.hpp"

using namespace mb;
using namespace mbtest;

namespace {

AttendeeId add_sample(FakeStore& store) {
    Attendee a;
    a.display_name = "Grace Hopper";
    a.organization = "US Navy";
    a.share_organization = true;
    a.email = {"grace@example.org", true};
    a.role = Role::Mentor;
    store.set_setting("event_name", "Compilers Mixer");
    return store.add_attendee(a);
}

} // namespace

TEST_CASE("run_card prints the consented vCard and writes a PNG that decodes to it") {
    FakeStore store;
    const AttendeeId id = add_sample(store);
    const TempDir tmp;
    CardCommandOptions o;
    o.attendee = id;
    o.png_path = tmp.file("card.png");
    o.png_scale = 6;
    std::ostringstream out, err;
    CHECK(run_card(store, o, out, err) == kExitOk);
    CHECK(err.str().empty());
    CHECK(out.str() == vcard_for(*store.attendee(id)));
    if (have_tool("zbarimg")) {
        const auto decoded = zbarimg_decode(*o.png_path);
        REQUIRE(decoded.size() == 1);
        CHECK(decoded.front() == out.str());
    } else {
        WARN("SKIPPED PNG decode: zbarimg is not installed (Debian zbar-tools)");
    }

    o.format = CardFormat::Text;
    o.png_path.reset();
    std::ostringstream text;
    CHECK(run_card(store, o, text, err) == kExitOk);
    CHECK(text.str().find("Shared: name, organization, email address") != std::string::npos);
}

TEST_CASE("run_card explains unknown attendees, bad scales and unusable fields with exit codes") {
    FakeStore store;
    const AttendeeId id = add_sample(store);
    std::ostringstream out, err;
    CardCommandOptions o;
    o.attendee = 99;
    CHECK(run_card(store, o, out, err) == kExitDataError);
    CHECK(err.str().find("no attendee with id 99") != std::string::npos);

    const TempDir tmp;
    o.attendee = id;
    o.png_path = tmp.file("x.png");
    o.png_scale = 0;
    err.str("");
    CHECK(run_card(store, o, out, err) == kExitUsage);
    CHECK(err.str().find("scale") != std::string::npos);

    Attendee broken = *store.attendee(id);
    broken.email.value = "not-an-address";
    store.update_attendee(broken);
    o.png_path.reset();
    err.str("");
    CHECK(run_card(store, o, out, err) == kExitDataError);
    CHECK(err.str().find("email address") != std::string::npos);
}

TEST_CASE("run_badge writes a PDF, and needs somewhere to send it") {
    FakeStore store;
    const AttendeeId id = add_sample(store);
    const TempDir tmp;
    BadgeCommandOptions o;
    o.attendee = id;
    std::ostringstream out, err;
    CHECK(run_badge(store, o, out, err) == kExitUsage);
    CHECK(err.str().find("--pdf") != std::string::npos);

    o.pdf_path = tmp.file("badge.pdf");
    o.badge.size = BadgeSize::A6;
    CHECK(run_badge(store, o, out, err) == kExitOk);
    const auto pdf = read_bytes(*o.pdf_path);
    REQUIRE(pdf.size() > 1000);
    CHECK(std::string(pdf.begin(), pdf.begin() + 5) == "%PDF-");
    CHECK(badge_pdf_for(store, id, o.badge).size() > 1000);
    CHECK_THROWS_AS(badge_pdf_for(store, 12345, o.badge), std::invalid_argument);
}

TEST_CASE("run_badge reports a print service that is not there, quickly and with a status line") {
    FakeStore store;
    const AttendeeId id = add_sample(store);
    const TempDir tmp;
    BadgeCommandOptions o;
    o.attendee = id;
    o.printer = "front-desk";
    o.print.server = tmp.file("no-such-cups.sock");
    std::ostringstream out, err;
    CHECK(run_badge(store, o, out, err) == kExitPrintFailed);
    CHECK(err.str().find("not reachable") != std::string::npos);
    CHECK(out.str().find("status: no-print-service job: 0") != std::string::npos);
}
