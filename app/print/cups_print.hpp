// app/print/cups_print.hpp — send a PDF to a CUPS printer and report, in words an organizer understands,
// what happened. Every call is bounded in time: a missing, paused, paper-less, offline or hung printer,
// or a CUPS that is not running, gives a status and a message — never a crash or an endless wait.
//
// Blocking: run it off the UI thread (the kiosk uses a worker); the worst case is about
// connect_timeout_ms + request_timeout_ms + wait_ms.
// Retrying: call print_pdf() again with the same bytes and the earlier result's job_id as replace_job.
// If that job printed meanwhile (the organizer resumed the printer), the answer is Printed and nothing is
// sent twice; if it still waits and the printer is ready now, it is cancelled and replaced; if the printer
// is still not ready, it stays queued and the answer says what is wrong (job_id = the earlier job).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mb {

enum class PrintStatus : unsigned char {
    Printed,            // the job completed (CUPS handed every byte to the printer)
    Queued,             // accepted, still waiting or printing when wait_ms ran out (or wait_ms == 0)
    NoPrintService,     // CUPS is not running or not reachable
    PrinterMissing,     // no such printer (queue) name
    PrinterPaused,      // the queue is stopped (paused by someone, or after an error)
    OutOfPaper,         // media empty / needed / jammed
    PrinterOffline,     // the device does not answer (offline, unplugged, connecting...)
    NotAccepting,       // the queue rejects new jobs
    JobFailed,          // the job was aborted or cancelled
    BadRequest,         // our side: empty PDF, invalid printer name, refused by CUPS
};

std::string_view print_status_key(PrintStatus s);    // "printed", "queued", "no-print-service", ...

struct PrintOptions {
    std::string server;              // CUPS server: "" = the default (CUPS_SERVER, client.conf, local socket);
                                     // "host", "host:port" or a domain socket path "/run/cups/cups.sock"
    int connect_timeout_ms = 3000;   // to reach CUPS
    int request_timeout_ms = 10000;  // per IPP request (sending the PDF included)
    int wait_ms = 20000;             // how long to follow the job before answering Queued; 0 = do not wait
    int poll_ms = 250;               // job/printer polling interval while waiting
    std::string job_name = "Matchbooth badge";   // shown in the printer queue
    int replace_job = 0;             // retry of this earlier job id (see above); 0 = a first attempt
};

struct PrintResult {
    PrintStatus status = PrintStatus::BadRequest;   // what happened
    int job_id = 0;                          // > 0 once CUPS accepted the job
    std::string message;                     // one sentence for the organizer, e.g. "Printer "front" is out of paper."
    std::vector<std::string> printer_reasons;  // raw printer-state-reasons, e.g. {"media-empty-error"}
    bool ok() const { return status == PrintStatus::Printed || status == PrintStatus::Queued; }
    bool retryable() const { return !ok() && status != PrintStatus::BadRequest; }
};

struct PrinterCheck {
    PrintStatus status = PrintStatus::BadRequest;   // Printed means "ready" here; else the problem
    std::string message;                            // for the organizer
    std::vector<std::string> reasons;               // printer-state-reasons
};

// Is this printer ready for a badge? (No job is sent.)
PrinterCheck check_printer(const std::string& printer, const PrintOptions& options = {});

// Checks the printer, sends the PDF, and follows the job for up to wait_ms.
PrintResult print_pdf(std::span<const std::uint8_t> pdf, const std::string& printer, const PrintOptions& options = {});

// Same, reading the PDF from a file first (BadRequest naming the file if it cannot be read).
PrintResult print_pdf_file(const std::string& path, const std::string& printer, const PrintOptions& options = {});

// Resumes a stopped queue (after the organizer refilled labels or fixed the printer); queued jobs then
// print by themselves. Returns the printer's state afterwards; BadRequest with CUPS's reason if the kiosk
// user lacks CUPS admin rights (Debian: add it to group lpadmin).
PrinterCheck resume_printer(const std::string& printer, const PrintOptions& options = {});

// Cancels a job; false if CUPS refused or could not be reached.
bool cancel_print_job(int job_id, const PrintOptions& options = {});

} // namespace mb
