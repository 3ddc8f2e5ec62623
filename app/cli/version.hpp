// app/cli/version.hpp — what `matchbooth --version` prints.
//
// A bug report from a booth should say exactly what was running: our version and git commit, and the versions
// of the libraries that shape behaviour (SQLite, Dear ImGui, GLFW, qrencode) as they were at build time. SQLite
// and qrencode are shared libraries a later apt upgrade can change, so their run-time version is added when it
// differs from the one we were built with.
#pragma once

#include <string>

namespace mb::cli {

// Several lines, first "matchbooth <version> (<commit>)", no trailing newline.
std::string version_text();

} // namespace mb::cli
