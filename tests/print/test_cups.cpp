// tests/print/test_cups.cpp — printing badges end to end through a real (throwaway) cupsd.
//
// The printed bytes come back from the test backend's output file, are rendered with pdftoppm and the QR
// is decoded with zbarimg. Printer problems (missing, paused, out of paper before and during a job, a
// device that never answers) must each come back as their status, with a message and a working retry.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include "app/print/badge_pdf.hpp"
#include "app/print/cups_print.hpp"
#include "app/print/cups_session.hpp"
#include "cups_sandbox.hpp"
#include "tools.hpp"

using namespace mb;
using namespace mbtest;

namespace {

BadgeContent sample_badge(const BadgeOptions& o) {
    Attendee a;
    a.display_name = "Zoë Ångström";
    a.organization = "Karolinska";
    a.share_organization = true;
    a.email = {"zoe@example.org", true};
    a.role = Role::Mentee;
    return badge_content(a, "Nordic Mentoring Night", o);
}

PrintOptions options_for(const CupsSandbox& cups, int wait_ms = 15000) {
    PrintOptions o;
    o.server = cups.socket();
    o.wait_ms = wait_ms;
    o.poll_ms = 100;
    return o;
}

// Skips (with the reason) only when cupsd is truly unavailable; any other startup failure fails.
bool sandbox_ready(const CupsSandbox& cups) {
    if (cups.available()) return true;
    if (cups.why_not().find("not installed") != std::string::npos ||
        cups.why_not().find("needs root") != std::string::npos) {
        WARN("SKIPPED: " << cups.why_not());
        return false;
    }
    FAIL("the throwaway cupsd did not start: " << cups.why_not());
    return false;
}

} // namespace

TEST_CASE("a badge printed through CUPS arrives byte for byte and its QR decodes") {
    const CupsSandbox cups;
    if (!sandbox_ready(cups)) return;
    BadgeOptions bo;
    bo.size = BadgeSize::Label62mm;
    const BadgeContent badge = sample_badge(bo);
    const std::vector<std::uint8_t> pdf = render_badge_pdf(badge, bo);

    const PrintResult r = print_pdf(pdf, "badge", options_for(cups));
    INFO(r.message << "\n" << cups.error_log_tail());
    REQUIRE(r.status == PrintStatus::Printed);
    CHECK(r.job_id > 0);
    CHECK(r.ok());

    const std::string printed = cups.out_file("badge.pdf");
    REQUIRE(std::filesystem::exists(printed));
    CHECK(read_bytes(printed) == pdf);
    // The badge (a name and contact details) is not left in the spool for cupsd's day of PreserveJobFiles.
    char document[32];
    std::snprintf(document, sizeof document, "d%05d-001", r.job_id);
    CHECK_FALSE(std::filesystem::exists(std::filesystem::path(cups.spool_dir()) / document));
    if (have_tool("pdftoppm") && have_tool("zbarimg")) {
        (void)render_pdf_page(printed, 300, cups.out_file("printed"));
        const auto decoded = zbarimg_decode(cups.out_file("printed.pgm"));
        REQUIRE(decoded.size() == 1);
        CHECK(decoded.front() == badge.qr.payload);
    } else {
        WARN("SKIPPED decode of the printed badge: poppler-utils or zbar-tools missing");
    }
}

TEST_CASE("missing, paused and paper-less printers are reported without sending a job, and resume helps") {
    const CupsSandbox cups;
    if (!sandbox_ready(cups)) return;
    BadgeOptions bo;
    const std::vector<std::uint8_t> pdf = render_badge_pdf(sample_badge(bo), bo);
    const PrintOptions o = options_for(cups);

    const PrintResult missing = print_pdf(pdf, "no-such-printer", o);
    CHECK(missing.status == PrintStatus::PrinterMissing);
    CHECK(missing.message.find("no-such-printer") != std::string::npos);
    CHECK(missing.retryable());

    const PrintResult paused = print_pdf(pdf, "paused", o);
    CHECK(paused.status == PrintStatus::PrinterPaused);
    CHECK(paused.job_id == 0);
    CHECK(paused.message.find("paused") != std::string::npos);

    const PrintResult nopaper = print_pdf(pdf, "nopaper", o);
    CHECK(nopaper.status == PrintStatus::OutOfPaper);
    CHECK(nopaper.job_id == 0);
    CHECK(nopaper.message.find("out of paper") != std::string::npos);

    CHECK(resume_printer("no-such-printer", o).status == PrintStatus::PrinterMissing);
    CHECK(resume_printer("paused", o).status == PrintStatus::Printed);   // the organizer resumed it
    CHECK(print_pdf(pdf, "paused", o).status == PrintStatus::Printed);

    CHECK(check_printer("badge", o).status == PrintStatus::Printed);
    CHECK(check_printer("nopaper", o).status == PrintStatus::OutOfPaper);
    CHECK(print_pdf(pdf, "bad/name", o).status == PrintStatus::BadRequest);
    const std::vector<std::uint8_t> not_pdf{'h', 'e', 'l', 'l', 'o'};
    CHECK(print_pdf(not_pdf, "badge", o).status == PrintStatus::BadRequest);
}

TEST_CASE("running out of paper mid-job is reported, and the retry never prints the badge twice") {
    const CupsSandbox cups;
    if (!sandbox_ready(cups)) return;
    BadgeOptions bo;
    const std::vector<std::uint8_t> pdf = render_badge_pdf(sample_badge(bo), bo);
    const PrintOptions o = options_for(cups);
    std::ofstream(cups.out_file("paperout.pdf.flag")) << "out of labels";

    const PrintResult first = print_pdf(pdf, "paperout", o);
    INFO(first.message << "\n" << cups.error_log_tail());
    REQUIRE(first.status == PrintStatus::OutOfPaper);
    CHECK(first.job_id > 0);                                  // the job is queued, waiting for paper
    CHECK(first.retryable());

    PrintOptions retry = o;
    retry.replace_job = first.job_id;
    const PrintResult still = print_pdf(pdf, "paperout", retry);   // nobody refilled yet
    CHECK(still.status == PrintStatus::OutOfPaper);
    CHECK(still.job_id == first.job_id);

    // The organizer refills and resumes the printer: the waiting job prints by itself...
    std::filesystem::remove(cups.out_file("paperout.pdf.flag"));
    const PrinterCheck resumed = resume_printer("paperout", o);
    INFO(resumed.message);
    CHECK(resumed.status != PrintStatus::PrinterPaused);
    CHECK(resumed.status != PrintStatus::OutOfPaper);
    CupsSession session(cups.socket(), 1000, 5000);
    for (int i = 0; i < 100; ++i) {
        const auto job = session.job(first.job_id);
        if (job && job->state == 9) break;                     // completed
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    REQUIRE(std::filesystem::exists(cups.out_file("paperout.pdf")));
    CHECK(read_bytes(cups.out_file("paperout.pdf")) == pdf);
    std::filesystem::remove(cups.out_file("paperout.pdf"));

    // ...so the kiosk's retry must not print it again.
    const PrintResult again = print_pdf(pdf, "paperout", retry);
    CHECK(again.status == PrintStatus::Printed);
    CHECK(again.job_id == first.job_id);
    CHECK(again.message.find("not printing it twice") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(cups.out_file("paperout.pdf")));
}

TEST_CASE("a printer that never answers gives Queued after the wait, and a retry replaces the job") {
    const CupsSandbox cups;
    if (!sandbox_ready(cups)) return;
    BadgeOptions bo;
    const std::vector<std::uint8_t> pdf = render_badge_pdf(sample_badge(bo), bo);
    const PrintOptions o = options_for(cups, 1500);

    const PrintResult first = print_pdf(pdf, "slow", o);
    INFO(first.message);
    REQUIRE(first.status == PrintStatus::Queued);
    CHECK(first.job_id > 0);
    CHECK(first.message.find("has not printed yet") != std::string::npos);

    PrintOptions retry = o;
    retry.replace_job = first.job_id;
    const PrintResult second = print_pdf(pdf, "slow", retry);
    CHECK(second.status == PrintStatus::Queued);
    CHECK(second.job_id != first.job_id);
    CupsSession session(cups.socket(), 1000, 5000);
    const auto old = session.job(first.job_id);
    REQUIRE(old.has_value());
    CHECK(old->state == 7);                                    // canceled, so it can never print late
    CHECK(cancel_print_job(second.job_id, o));
}
