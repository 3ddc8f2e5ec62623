// tests/print/cups_sandbox.hpp — a real, throwaway CUPS scheduler for end-to-end print tests.
//
// Starts Debian's cupsd in the foreground with its whole configuration in a temporary directory: it listens
// only on a Unix socket there (no TCP port, no browsing, no system queues touched) and knows these queues,
// all raw (the PDF reaches the backend byte for byte) and served by a small test backend "mbtest":
//   badge     writes each job to <dir>/out/badge.pdf
//   paused    stopped by an operator ("paused")
//   nopaper   stopped with media-empty-error
//   paperout  runs out of paper mid-job while <dir>/out/paperout.flag exists (backend stops the queue),
//             prints normally once the flag is gone
//   slow      the device never answers (the backend sleeps), so jobs stay processing
// Needs root (cupsd changes to user lp for backends). available() says whether it came up, and why not.
#pragma once

#include <sys/types.h>

#include <string>

#include "tools.hpp"

namespace mbtest {

class CupsSandbox {
public:
    CupsSandbox();
    ~CupsSandbox();
    CupsSandbox(const CupsSandbox&) = delete;
    CupsSandbox& operator=(const CupsSandbox&) = delete;

    bool available() const { return pid_ > 0 && ready_; }
    const std::string& why_not() const { return why_not_; }     // reason when !available()
    std::string socket() const { return dir_.file("cups.sock"); }
    std::string out_file(const std::string& name) const { return dir_.file("out/" + name); }
    std::string spool_dir() const { return dir_.file("spool"); }   // cupsd's RequestRoot: c* / d* job files
    std::string error_log_tail() const;                          // last lines of cupsd's error_log

private:
    void write_config() const;
    void start();

    TempDir dir_;
    pid_t pid_ = -1;
    bool ready_ = false;
    std::string why_not_;
};

} // namespace mbtest
