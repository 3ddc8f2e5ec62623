// bench/match/bench_child.hpp — what every benchmark case shares: CPU time, peak RSS, and running each case
// in a child process of its own so its peak RSS is its own.
//
// A child prints one line "RESULT key=value ..." (report()); the parent re-executes this program with
// "--case <args>" (run_child()) and reads those keys back. Other child output is echoed, indented.
#pragma once

#include <map>
#include <string>

namespace mb::bench {

double cpu_ms();                                   // CPU time of this process so far
long peak_rss_kb();                                // VmHWM of this process
void report(const std::string& fields);            // prints "RESULT <fields> rss_kb=<peak>"
std::map<std::string, std::string> run_child(const std::string& args);
double num(const std::map<std::string, std::string>& kv, const std::string& key);   // -1 when missing

} // namespace mb::bench
