// tests/support/run_process.hpp — run the real matchbooth binary and capture what it says.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace mb::test {

struct ProcessResult {
    int exit_code = -1;                   // the process's exit status, or -1 if it did not exit normally
    std::string output;                   // stdout and stderr, interleaved
};

// Single-quotes s for bash.
inline std::string quoted(const std::string& s) {
    std::string q = "'";
    for (char c : s) {
        if (c == '\'') q += "'\\''";
        else q += c;
    }
    return q + "'";
}

// Runs "<prefix> <build>/matchbooth <args>" with bash (so args may use bash redirections such as <<<);
// args must be quoted by the caller.
inline ProcessResult run_matchbooth_env(const std::string& prefix, const std::string& args) {
    const std::string inner = prefix + " " + std::string(MATCHBOOTH_BINARY_DIR) + "/matchbooth " + args + " 2>&1";
    const std::string cmd = "bash -c " + quoted(inner);
    ProcessResult r;
    FILE* pipe = ::popen(cmd.c_str(), "r");
    if (!pipe) return r;
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.output.append(buf.data(), n);
    const int status = ::pclose(pipe);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

inline ProcessResult run_matchbooth(const std::string& args) { return run_matchbooth_env("", args); }

} // namespace mb::test
