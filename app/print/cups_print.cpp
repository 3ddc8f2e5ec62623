// app/print/cups_print.cpp — see cups_print.hpp. Policy only; the IPP plumbing is in cups_session.cpp.
#include "app/print/cups_print.hpp"

#include <chrono>
#include <fstream>
#include <iterator>
#include <thread>

#include "app/print/cups_session.hpp"

namespace mb {

namespace {

using Clock = std::chrono::steady_clock;

// --- Reading the printer's state -------------------------------------------------------------------------

// printer-state-reasons carry a severity suffix ("media-empty-error"); match on the keyword before it.
bool has_reason(const std::vector<std::string>& reasons, std::string_view keyword) {
    for (const auto& r : reasons) {
        if (r == keyword) return true;
        if (r.size() > keyword.size() && r.compare(0, keyword.size(), keyword) == 0 && r[keyword.size()] == '-') {
            const std::string_view suffix = std::string_view(r).substr(keyword.size());
            if (suffix == "-error" || suffix == "-warning" || suffix == "-report") return true;
        }
    }
    return false;
}

bool is_paper_problem(const std::vector<std::string>& reasons) {
    return has_reason(reasons, "media-empty") || has_reason(reasons, "media-needed") ||
           has_reason(reasons, "media-jam");
}

std::string quoted(const std::string& printer) { return "Printer \"" + printer + "\""; }

std::string with_detail(std::string message, const std::string& detail) {
    if (!detail.empty()) message += " (" + detail + ")";
    return message + ".";
}

// What stands in the way of printing now, or Printed ("ready") if nothing. A paper reason only counts when
// the queue is stopped: CUPS keeps a backend's "media-empty-error" until the next job clears it, so on a
// running queue it may be stale, and a job sent anyway will report a real shortage while we follow it.
PrinterCheck classify(const std::string& name, const PrinterAttributes& p) {
    constexpr int kStopped = 5;   // IPP_PSTATE_STOPPED
    PrinterCheck c;
    c.reasons = p.reasons;
    if (p.state == kStopped && is_paper_problem(p.reasons)) {
        c.status = PrintStatus::OutOfPaper;
        c.message = with_detail(quoted(name) + (has_reason(p.reasons, "media-jam") ? " has a paper jam"
                                                                                  : " is out of paper or labels") +
                                    "; refill it, then resume the printer",
                                p.message);
    } else if (p.state == kStopped) {
        c.status = PrintStatus::PrinterPaused;
        c.message = with_detail(quoted(name) + " is paused; resume it in the printer settings", p.message);
    } else if (!p.accepting) {
        c.status = PrintStatus::NotAccepting;
        c.message = with_detail(quoted(name) + " is not accepting jobs", p.message);
    } else if (has_reason(p.reasons, "offline") || has_reason(p.reasons, "shutdown")) {
        c.status = PrintStatus::PrinterOffline;
        c.message = with_detail(quoted(name) + " is offline; check its power and cable", p.message);
    } else {
        c.status = PrintStatus::Printed;
        c.message = quoted(name) + " is ready.";
    }
    return c;
}

// A failed request, in the organizer's words.
PrinterCheck session_problem(const CupsSession& s, const std::string& printer) {
    PrinterCheck c;
    switch (s.failure()) {
    case IppFailure::NotFound:
        c.status = PrintStatus::PrinterMissing;
        c.message = "There is no printer named \"" + printer + "\"; check the name with `lpstat -p`.";
        break;
    case IppFailure::Refused:
        c.status = PrintStatus::BadRequest;
        c.message = with_detail("The print service refused the request", s.error());
        break;
    default:
        c.status = PrintStatus::NoPrintService;
        c.message = with_detail("The print service (CUPS at " + s.server_name() + ") is not reachable", s.error());
    }
    return c;
}

// CUPS queue names: printable, no spaces, no '/', '\\', '#', '?', quotes (they would break the URI).
bool valid_printer_name(const std::string& name) {
    if (name.empty() || name.size() > 127) return false;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F || c == '/' || c == '\\' || c == '#' || c == '?' || c == '\'' || c == '"') {
            return false;
        }
    }
    return true;
}

PrintResult from_check(const PrinterCheck& c, int job_id = 0) {
    PrintResult r;
    r.status = c.status;
    r.message = c.message;
    r.printer_reasons = c.reasons;
    r.job_id = job_id;
    return r;
}

// --- Following a job -------------------------------------------------------------------------------------

PrintResult follow_job(CupsSession& s, const std::string& printer, int job_id, const PrintOptions& o) {
    constexpr int kCanceled = 7, kAborted = 8, kCompleted = 9;   // IPP job-state values
    const auto deadline = Clock::now() + std::chrono::milliseconds(o.wait_ms);
    std::string last_word;                                       // what the printer said most recently
    while (true) {
        const auto job = s.job(job_id);
        if (!job) return from_check(session_problem(s, printer), job_id);
        if (!job->printer_message.empty()) last_word = job->printer_message;
        if (job->state == kCompleted) {
            s.purge(job_id);                                      // the printed badge leaves the spool now
            PrintResult r;
            r.status = PrintStatus::Printed;
            r.job_id = job_id;
            r.message = "The badge printed on \"" + printer + "\" (job " + std::to_string(job_id) + ").";
            return r;
        }
        if (job->state == kCanceled || job->state == kAborted) {
            PrintResult r;
            r.status = PrintStatus::JobFailed;
            r.job_id = job_id;
            r.message = with_detail("The badge job " + std::to_string(job_id) + " on " + quoted(printer) +
                                        (job->state == kCanceled ? " was cancelled" : " failed"),
                                    last_word);
            return r;
        }
        // Still pending or printing: a queue that stopped meanwhile will not finish it on its own.
        const auto p = s.printer(printer);
        if (!p) return from_check(session_problem(s, printer), job_id);
        const PrinterCheck c = classify(printer, *p);
        if (c.status == PrintStatus::OutOfPaper || c.status == PrintStatus::PrinterPaused) return from_check(c, job_id);
        if (Clock::now() >= deadline) {
            PrintResult r;
            r.status = PrintStatus::Queued;
            r.job_id = job_id;
            r.printer_reasons = p->reasons;
            std::string detail = last_word.empty() ? p->message : last_word;
            if (is_paper_problem(p->reasons)) detail = "the printer reports it is out of paper";
            else if (c.status == PrintStatus::PrinterOffline) detail = "the printer is offline";
            r.message = with_detail("The badge is queued on " + quoted(printer) + " as job " + std::to_string(job_id) +
                                        " but has not printed yet",
                                    detail);
            return r;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(std::max(10, o.poll_ms)));
    }
}

} // namespace

// --- Public ----------------------------------------------------------------------------------------------

std::string_view print_status_key(PrintStatus s) {
    switch (s) {
    case PrintStatus::Printed: return "printed";
    case PrintStatus::Queued: return "queued";
    case PrintStatus::NoPrintService: return "no-print-service";
    case PrintStatus::PrinterMissing: return "printer-missing";
    case PrintStatus::PrinterPaused: return "printer-paused";
    case PrintStatus::OutOfPaper: return "out-of-paper";
    case PrintStatus::PrinterOffline: return "printer-offline";
    case PrintStatus::NotAccepting: return "not-accepting";
    case PrintStatus::JobFailed: return "job-failed";
    case PrintStatus::BadRequest: return "bad-request";
    }
    return "bad-request";
}

PrinterCheck check_printer(const std::string& printer, const PrintOptions& options) {
    if (!valid_printer_name(printer)) {
        return {PrintStatus::BadRequest, "\"" + printer + "\" is not a valid printer name.", {}};
    }
    CupsSession s(options.server, options.connect_timeout_ms, options.request_timeout_ms);
    const auto p = s.printer(printer);
    return p ? classify(printer, *p) : session_problem(s, printer);
}

PrintResult print_pdf(std::span<const std::uint8_t> pdf, const std::string& printer, const PrintOptions& options) {
    if (!valid_printer_name(printer)) {
        return from_check({PrintStatus::BadRequest, "\"" + printer + "\" is not a valid printer name.", {}});
    }
    if (pdf.size() < 5 || std::string_view(reinterpret_cast<const char*>(pdf.data()), 5) != "%PDF-") {
        return from_check({PrintStatus::BadRequest, "The badge to print is not a PDF document.", {}});
    }
    CupsSession s(options.server, options.connect_timeout_ms, options.request_timeout_ms);

    // A retry: if the earlier job printed after all (the printer was resumed), do not print it twice;
    // if it still waits, leave it until we know the printer is ready, then replace it.
    bool cancel_earlier = false;
    if (options.replace_job > 0) {
        constexpr int kCanceled = 7, kCompleted = 9;
        const auto earlier = s.job(options.replace_job);
        if (earlier && earlier->state == kCompleted) {
            PrintResult r;
            r.status = PrintStatus::Printed;
            r.job_id = options.replace_job;
            r.message = "The badge already printed on \"" + printer + "\" (job " +
                        std::to_string(options.replace_job) + "); not printing it twice.";
            return r;
        }
        cancel_earlier = earlier && earlier->state < kCanceled;
    }
    const auto p = s.printer(printer);
    if (!p) return from_check(session_problem(s, printer), options.replace_job);
    const PrinterCheck ready = classify(printer, *p);
    if (ready.status != PrintStatus::Printed) return from_check(ready, options.replace_job);
    if (cancel_earlier) s.cancel(options.replace_job);

    const auto job_id = s.print(printer, pdf, options.job_name);
    if (!job_id) return from_check(session_problem(s, printer));
    if (options.wait_ms <= 0) {
        PrintResult r;
        r.status = PrintStatus::Queued;
        r.job_id = *job_id;
        r.message = "The badge was sent to " + quoted(printer) + " as job " + std::to_string(*job_id) + ".";
        return r;
    }
    return follow_job(s, printer, *job_id, options);
}

PrintResult print_pdf_file(const std::string& path, const std::string& printer, const PrintOptions& options) {
    std::ifstream f(path, std::ios::binary);
    if (!f) return from_check({PrintStatus::BadRequest, "Cannot read the badge file " + path + ".", {}});
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
    return print_pdf(bytes, printer, options);
}

PrinterCheck resume_printer(const std::string& printer, const PrintOptions& options) {
    if (!valid_printer_name(printer)) {
        return {PrintStatus::BadRequest, "\"" + printer + "\" is not a valid printer name.", {}};
    }
    CupsSession s(options.server, options.connect_timeout_ms, options.request_timeout_ms);
    if (!s.resume(printer)) return session_problem(s, printer);
    const auto p = s.printer(printer);
    return p ? classify(printer, *p) : session_problem(s, printer);
}

bool cancel_print_job(int job_id, const PrintOptions& options) {
    if (job_id <= 0) return false;
    CupsSession s(options.server, options.connect_timeout_ms, options.request_timeout_ms);
    return s.cancel(job_id);
}

} // namespace mb
