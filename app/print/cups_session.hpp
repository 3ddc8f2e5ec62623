// app/print/cups_session.hpp — one bounded-time IPP conversation with CUPS (internal to app/print).
//
// Thin RAII wrapper over libcups: connect with a timeout, and the IPP operations badge printing needs
// (printer attributes, create job + send document, job attributes, cancel job, resume printer). Every request carries the session's
// timeout, after which libcups aborts it. No policy here: cups_print.cpp decides what results mean.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

typedef struct _http_s http_t;   // from <cups/http.h>, kept out of this header

namespace mb {

struct PrinterAttributes {
    int state = 0;                          // IPP printer-state: 3 idle, 4 processing, 5 stopped
    bool accepting = false;                 // printer-is-accepting-jobs
    std::vector<std::string> reasons;       // printer-state-reasons ("none" removed)
    std::string message;                    // printer-state-message, may be empty
};

struct JobAttributes {
    int state = 0;                          // IPP job-state: 3 pending ... 7 canceled, 8 aborted, 9 completed
    std::vector<std::string> reasons;       // job-state-reasons
    std::string printer_message;            // job-printer-state-message (what the backend last said)
};

// The outcome of one request: either a value, or why not.
enum class IppFailure : unsigned char { None, Unreachable, NotFound, Refused };

class CupsSession {
public:
    // Connects; check connected() and error() after construction.
    CupsSession(const std::string& server, int connect_timeout_ms, int request_timeout_ms);
    ~CupsSession();
    CupsSession(const CupsSession&) = delete;
    CupsSession& operator=(const CupsSession&) = delete;

    bool connected() const { return http_ != nullptr; }
    const std::string& error() const { return error_; }       // last failure, from libcups, in English
    IppFailure failure() const { return failure_; }           // kind of the last failure
    const std::string& server_name() const { return server_; }

    std::optional<PrinterAttributes> printer(const std::string& name);
    std::optional<int> print(const std::string& printer, std::span<const std::uint8_t> pdf,
                             const std::string& job_name);     // job id
    std::optional<JobAttributes> job(int job_id);
    bool cancel(int job_id);
    // Cancel-Job with CUPS's purge-job: a finished job's spooled document and history are deleted now,
    // instead of after cupsd's PreserveJobFiles (a day by default) — a badge holds a name and contact details.
    bool purge(int job_id);
    bool resume(const std::string& printer);                   // IPP Resume-Printer (needs CUPS admin rights)

private:
    bool cancel_job(int job_id, bool purge);
    std::string printer_uri(const std::string& name) const;
    std::string job_uri(int job_id) const;
    void note_failure(bool have_response, int ipp_status);

    http_t* http_ = nullptr;
    std::string server_;                                       // as connected to, for messages
    std::string error_;
    IppFailure failure_ = IppFailure::None;
};

} // namespace mb
