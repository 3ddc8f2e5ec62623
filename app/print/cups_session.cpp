// app/print/cups_session.cpp — see cups_session.hpp.
#include "app/print/cups_session.hpp"

#include <cups/cups.h>
#include <cups/http.h>
#include <cups/ipp.h>

#include <memory>

namespace mb {

namespace {

struct IppFree {
    void operator()(ipp_t* i) const { ippDelete(i); }
};
using Ipp = std::unique_ptr<ipp_t, IppFree>;

// libcups calls this when a request has waited request_timeout: returning 0 aborts it.
int abort_on_timeout(http_t*, void*) { return 0; }

struct Endpoint {
    std::string host;   // host name, address, or domain socket path
    int port = 0;       // ignored for a domain socket
};

Endpoint endpoint_for(const std::string& server) {
    const std::string s = server.empty() ? std::string(cupsServer()) : server;
    if (!s.empty() && s.front() == '/') return {s, 0};
    const auto colon = s.rfind(':');
    if (colon != std::string::npos && s.find(':') == colon && colon + 1 < s.size()) {   // one ':' = host:port
        try {
            return {s.substr(0, colon), std::stoi(s.substr(colon + 1))};
        } catch (const std::exception&) {
            return {s, ippPort()};
        }
    }
    return {s, ippPort()};
}

std::vector<std::string> strings_of(ipp_t* response, const char* name) {
    std::vector<std::string> out;
    ipp_attribute_t* attr = ippFindAttribute(response, name, IPP_TAG_ZERO);
    if (!attr) return out;
    for (int i = 0; i < ippGetCount(attr); ++i) {
        const char* v = ippGetString(attr, i, nullptr);
        if (v && std::string_view(v) != "none") out.emplace_back(v);
    }
    return out;
}

std::string string_of(ipp_t* response, const char* name) {
    ipp_attribute_t* attr = ippFindAttribute(response, name, IPP_TAG_ZERO);
    const char* v = attr ? ippGetString(attr, 0, nullptr) : nullptr;
    return v ? v : "";
}

void add_requester(ipp_t* request) {
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
}

} // namespace

CupsSession::CupsSession(const std::string& server, int connect_timeout_ms, int request_timeout_ms) {
    const Endpoint ep = endpoint_for(server);
    server_ = ep.port > 0 ? ep.host + ":" + std::to_string(ep.port) : ep.host;
    http_ = httpConnect2(ep.host.c_str(), ep.port, nullptr, AF_UNSPEC, cupsEncryption(), 1, connect_timeout_ms,
                         nullptr);
    if (!http_) {
        failure_ = IppFailure::Unreachable;
        error_ = cupsLastErrorString();
        return;
    }
    httpSetTimeout(http_, request_timeout_ms / 1000.0, abort_on_timeout, nullptr);
}

CupsSession::~CupsSession() {
    if (http_) httpClose(http_);
}

std::string CupsSession::printer_uri(const std::string& name) const {
    char uri[1024];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(), "/printers/%s",
                     name.c_str());
    return uri;
}

std::string CupsSession::job_uri(int job_id) const {
    char uri[1024];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(), "/jobs/%d",
                     job_id);
    return uri;
}

void CupsSession::note_failure(bool have_response, int ipp_status) {
    error_ = cupsLastErrorString();
    if (!have_response) failure_ = IppFailure::Unreachable;
    else if (ipp_status == IPP_STATUS_ERROR_NOT_FOUND) failure_ = IppFailure::NotFound;
    else failure_ = IppFailure::Refused;
}

std::optional<PrinterAttributes> CupsSession::printer(const std::string& name) {
    if (!http_) return std::nullopt;
    ipp_t* request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printer_uri(name).c_str());
    add_requester(request);
    static const char* const kWanted[] = {"printer-state", "printer-state-reasons", "printer-is-accepting-jobs",
                                          "printer-state-message"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 4, nullptr, kWanted);
    const Ipp response{cupsDoRequest(http_, request, "/")};   // cupsDoRequest frees the request
    if (!response || ippGetStatusCode(response.get()) > IPP_STATUS_OK_EVENTS_COMPLETE) {
        note_failure(response != nullptr, response ? ippGetStatusCode(response.get()) : 0);
        return std::nullopt;
    }
    PrinterAttributes p;
    ipp_attribute_t* state = ippFindAttribute(response.get(), "printer-state", IPP_TAG_ENUM);
    p.state = state ? ippGetInteger(state, 0) : 0;
    ipp_attribute_t* accepting = ippFindAttribute(response.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN);
    p.accepting = accepting && ippGetBoolean(accepting, 0);
    p.reasons = strings_of(response.get(), "printer-state-reasons");
    p.message = string_of(response.get(), "printer-state-message");
    return p;
}

std::optional<int> CupsSession::print(const std::string& printer, std::span<const std::uint8_t> pdf,
                                      const std::string& job_name) {
    if (!http_) return std::nullopt;
    // Create-Job + Send-Document, libcups's streaming path (what lp uses). A single Print-Job with the
    // document attached made cupsd 2.4 drop the connection before we could read its answer on a domain
    // socket ("unexpected HTTP read state POST_SEND").
    const int job_id = cupsCreateJob(http_, printer.c_str(), job_name.c_str(), 0, nullptr);
    if (job_id <= 0) {
        const ipp_status_t why = cupsLastError();   // libcups reports a lost connection as "internal error"
        note_failure(why != IPP_STATUS_ERROR_INTERNAL && why != IPP_STATUS_ERROR_SERVICE_UNAVAILABLE, why);
        return std::nullopt;
    }
    http_status_t status = cupsStartDocument(http_, printer.c_str(), job_id, job_name.c_str(), CUPS_FORMAT_PDF, 1);
    constexpr std::size_t kChunk = 64 * 1024;
    for (std::size_t off = 0; status == HTTP_STATUS_CONTINUE && off < pdf.size(); off += kChunk) {
        const std::size_t n = std::min(kChunk, pdf.size() - off);
        status = cupsWriteRequestData(http_, reinterpret_cast<const char*>(pdf.data() + off), n);
    }
    const ipp_status_t finished = status == HTTP_STATUS_CONTINUE ? cupsFinishDocument(http_, printer.c_str())
                                                                  : IPP_STATUS_ERROR_INTERNAL;
    if (finished > IPP_STATUS_OK_EVENTS_COMPLETE) {
        note_failure(true, finished);
        cancel(job_id);                               // do not leave an empty job behind
        return std::nullopt;
    }
    return job_id;
}

std::optional<JobAttributes> CupsSession::job(int job_id) {
    if (!http_) return std::nullopt;
    ipp_t* request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, job_uri(job_id).c_str());
    add_requester(request);
    static const char* const kWanted[] = {"job-state", "job-state-reasons", "job-printer-state-message"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, nullptr, kWanted);
    const Ipp response{cupsDoRequest(http_, request, "/")};
    if (!response || ippGetStatusCode(response.get()) > IPP_STATUS_OK_EVENTS_COMPLETE) {
        note_failure(response != nullptr, response ? ippGetStatusCode(response.get()) : 0);
        return std::nullopt;
    }
    JobAttributes j;
    ipp_attribute_t* state = ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM);
    j.state = state ? ippGetInteger(state, 0) : 0;
    j.reasons = strings_of(response.get(), "job-state-reasons");
    j.printer_message = string_of(response.get(), "job-printer-state-message");
    return j;
}

bool CupsSession::cancel(int job_id) { return cancel_job(job_id, false); }

bool CupsSession::purge(int job_id) { return cancel_job(job_id, true); }

bool CupsSession::cancel_job(int job_id, bool purge) {
    if (!http_) return false;
    ipp_t* request = ippNewRequest(IPP_OP_CANCEL_JOB);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, job_uri(job_id).c_str());
    add_requester(request);
    if (purge) ippAddBoolean(request, IPP_TAG_OPERATION, "purge-job", 1);
    const Ipp response{cupsDoRequest(http_, request, "/jobs/")};
    if (!response || ippGetStatusCode(response.get()) > IPP_STATUS_OK_EVENTS_COMPLETE) {
        note_failure(response != nullptr, response ? ippGetStatusCode(response.get()) : 0);
        return false;
    }
    return true;
}

bool CupsSession::resume(const std::string& printer) {
    if (!http_) return false;
    ipp_t* request = ippNewRequest(IPP_OP_RESUME_PRINTER);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printer_uri(printer).c_str());
    add_requester(request);
    const Ipp response{cupsDoRequest(http_, request, "/admin/")};
    if (!response || ippGetStatusCode(response.get()) > IPP_STATUS_OK_EVENTS_COMPLETE) {
        note_failure(response != nullptr, response ? ippGetStatusCode(response.get()) : 0);
        return false;
    }
    return true;
}

} // namespace mb
