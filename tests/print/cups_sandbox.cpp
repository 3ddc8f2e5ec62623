// tests/print/cups_sandbox.cpp — see cups_sandbox.hpp.
#include "cups_sandbox.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "app/print/cups_print.hpp"

namespace mbtest {

namespace {

// The test backend. Run by cupsd as user lp; argv[6] is the spooled file of a raw job.
constexpr const char* kBackend = R"(#!/bin/sh
# mbtest: Matchbooth's CUPS test backend. DEVICE_URI is mbtest:<output file>.
if [ $# -eq 0 ]; then echo 'direct mbtest "Unknown" "Matchbooth test backend"'; exit 0; fi
out=${DEVICE_URI#mbtest:}
case "$out" in
  *slow*) echo "STATE: +connecting-to-device" >&2; sleep 600; exit 1;;
esac
if [ -e "$out.flag" ]; then
  echo "STATE: +media-empty-error" >&2
  echo "ERROR: Out of labels" >&2
  exit 4   # CUPS_BACKEND_STOP: stop the queue, keep the job
fi
echo "STATE: -media-empty-error" >&2
umask 022
if [ -n "$6" ]; then cat "$6" > "$out.part"; else cat > "$out.part"; fi
mv "$out.part" "$out"
exit 0
)";

void write_text(const std::string& path, const std::string& text, mode_t mode = 0644) {
    std::ofstream(path) << text;
    chmod(path.c_str(), mode);
}

std::string printer_block(const std::string& name, const std::string& device, const std::string& extra) {
    return "<Printer " + name + ">\nInfo " + name + "\nDeviceURI mbtest:" + device + "\n" + extra + "</Printer>\n";
}

} // namespace

CupsSandbox::CupsSandbox() {
    if (!have_tool("cupsd")) {
        why_not_ = "cupsd is not installed (Debian package cups-daemon)";
        return;
    }
    write_config();
    start();
}

CupsSandbox::~CupsSandbox() {
    if (pid_ > 0) {
        kill(pid_, SIGTERM);
        int status = 0;
        for (int i = 0; i < 50 && waitpid(pid_, &status, WNOHANG) == 0; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        if (waitpid(pid_, &status, WNOHANG) == 0) {
            kill(pid_, SIGKILL);
            waitpid(pid_, &status, 0);
        }
    }
}

void CupsSandbox::write_config() const {
    const std::string d = dir_.path();
    chmod(d.c_str(), 0755);                            // lp must reach the backend and the out directory
    for (const char* sub : {"conf", "spool", "logs", "cache", "state", "out", "bin", "bin/backend"}) {
        std::filesystem::create_directories(d + "/" + sub);
        chmod((d + "/" + sub).c_str(), 0755);
    }
    chmod((d + "/out").c_str(), 0777);
    for (const char* sub : {"cgi-bin", "daemon", "driver", "filter", "monitor", "notifier"}) {
        std::error_code ec;
        std::filesystem::create_directory_symlink(std::string("/usr/lib/cups/") + sub, d + "/bin/" + sub, ec);
    }
    write_text(d + "/bin/backend/mbtest", kBackend, 0755);

    write_text(d + "/conf/cupsd.conf",
               "Listen " + d + "/cups.sock\nLogLevel debug\nBrowsing No\nBrowseLocalProtocols none\n"
               "DefaultAuthType None\nWebInterface No\n"
               "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
               "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n");
    write_text(d + "/conf/cups-files.conf",
               "ServerRoot " + d + "/conf\nServerBin " + d + "/bin\nRequestRoot " + d + "/spool\nCacheDir " + d +
                   "/cache\nStateDir " + d + "/state\nTempDir " + d + "/spool\nLogFileGroup root\nSystemGroup root\n"
                   "ErrorLog " + d + "/logs/error_log\nAccessLog " + d + "/logs/access_log\nPageLog " + d +
                   "/logs/page_log\n");
    const std::string out = d + "/out/";
    write_text(d + "/conf/printers.conf",
               printer_block("badge", out + "badge.pdf", "State Idle\nAccepting Yes\n") +
                   printer_block("paused", out + "paused.pdf",
                                 "State Stopped\nStateMessage Paused by the organizer\nReason paused\nAccepting Yes\n") +
                   printer_block("nopaper", out + "nopaper.pdf",
                                 "State Stopped\nReason media-empty-error\nAccepting Yes\n") +
                   printer_block("paperout", out + "paperout.pdf", "State Idle\nAccepting Yes\n") +
                   printer_block("slow", out + "slow.pdf", "State Idle\nAccepting Yes\n"),
               0600);
}

void CupsSandbox::start() {
    const std::string d = dir_.path();
    const std::string conf = d + "/conf/cupsd.conf", files = d + "/conf/cups-files.conf";
    pid_ = fork();
    if (pid_ == 0) {
        execl("/usr/sbin/cupsd", "cupsd", "-f", "-c", conf.c_str(), "-s", files.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    if (pid_ < 0) {
        why_not_ = "fork failed";
        return;
    }
    mb::PrintOptions o;
    o.server = socket();
    o.connect_timeout_ms = 500;
    for (int i = 0; i < 100; ++i) {                      // up to ~10 s for a slow CI machine
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            why_not_ = std::string("cupsd exited at startup") + (geteuid() != 0 ? " (it needs root here)" : "") +
                       ": " + error_log_tail();
            return;
        }
        if (mb::check_printer("badge", o).status == mb::PrintStatus::Printed) {
            ready_ = true;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    why_not_ = "cupsd did not answer on " + socket() + ": " + error_log_tail();
}

std::string CupsSandbox::error_log_tail() const {
    return run_command("tail -n 15 " + shell_quote(dir_.file("logs/error_log")) + " 2>&1").output;
}

} // namespace mbtest
