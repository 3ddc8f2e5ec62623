// core/camera/repeat_filter.hpp — a code held in front of the camera is one scan, not thirty a second.
//
// Rule: a code is new unless the same code was last seen less than `window` ago; every sighting renews it.
// So a phone held steady for ten seconds is one scan, and so is one that flickers out of focus for a few
// frames; the same ticket shown again after `window` without it is a new scan (the person tries again).
// Codes are tracked separately, so two tickets side by side are two scans.
#pragma once

#include <chrono>
#include <map>
#include <string>

namespace mb::camera {

class RepeatFilter {
public:
    using Time = std::chrono::steady_clock::time_point;
    explicit RepeatFilter(std::chrono::milliseconds window = std::chrono::milliseconds(2000)) : window_(window) {}

    bool fresh(const std::string& code, Time at);   // true: report it; always notes the sighting

private:
    std::chrono::milliseconds window_;
    std::map<std::string, Time> last_seen_;          // codes seen within the window (older ones pruned)
};

} // namespace mb::camera
