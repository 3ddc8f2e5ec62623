// bench/match/bench_child.cpp — CPU time, peak RSS and child processes for the benchmarks.
#include "bench_child.hpp"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace mb::bench {

// CPU time of this process: on a shared 2-core machine it moves far less than wall time when others build.
double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

long peak_rss_kb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
    }
    return -1;
}

void report(const std::string& fields) { std::printf("RESULT %s rss_kb=%ld\n", fields.c_str(), peak_rss_kb()); }

std::map<std::string, std::string> run_child(const std::string& args) {
    std::map<std::string, std::string> kv;
    // popen runs a shell, whose /proc/self/exe is the shell: resolve our own path first.
    char self[4096];
    const ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
    if (len <= 0) return kv;
    self[len] = '\0';
    const std::string cmd = "'" + std::string(self) + "' --case " + args + " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return kv;
    char buf[1024];
    while (std::fgets(buf, sizeof buf, p)) {
        std::string line(buf);
        if (line.rfind("RESULT ", 0) != 0) {
            std::fputs(("    (child) " + line).c_str(), stdout);
            continue;
        }
        std::istringstream is(line.substr(7));
        std::string tok;
        while (is >> tok) {
            const auto eq = tok.find('=');
            if (eq != std::string::npos) kv[tok.substr(0, eq)] = tok.substr(eq + 1);
        }
    }
    pclose(p);
    return kv;
}

double num(const std::map<std::string, std::string>& kv, const std::string& key) {
    const auto it = kv.find(key);
    return it == kv.end() ? -1.0 : std::atof(it->second.c_str());
}


} // namespace mb::bench
