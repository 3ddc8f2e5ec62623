// app/cli/version.cpp — see version.hpp.
#include "app/cli/version.hpp"

#define GLFW_INCLUDE_NONE   // only the version macros: no GL header
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <qrencode.h>
#include <sqlite3.h>

#include <sstream>

#include "version/git_commit.hpp"   // generated at every build by packaging/git_commit.cmake

namespace mb::cli {

namespace {

// "3.40.1" or, when the shared library loaded now is another one, "3.40.1 (run time 3.41.0)".
std::string built_and_running(const std::string& built, const std::string& running) {
    return running.empty() || running == built ? built : built + " (run time " + running + ")";
}

std::string qrencode_running() {
    const char* s = QRcode_APIVersionString();
    return s ? s : "";
}

} // namespace

std::string version_text() {
    std::ostringstream out;
    out << "matchbooth " << MATCHBOOTH_VERSION << " (git " << MATCHBOOTH_GIT_COMMIT << ")\n"
        << "built with:\n"
        << "  SQLite     " << built_and_running(SQLITE_VERSION, sqlite3_libversion()) << "\n"
        << "  Dear ImGui " << IMGUI_VERSION << "\n"
        << "  GLFW       " << GLFW_VERSION_MAJOR << "." << GLFW_VERSION_MINOR << "." << GLFW_VERSION_REVISION << "\n"
        << "  qrencode   " << built_and_running(MATCHBOOTH_QRENCODE_VERSION, qrencode_running());
    return out.str();
}

} // namespace mb::cli
