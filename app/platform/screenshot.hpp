// app/platform/screenshot.hpp — the current framebuffer as a PNG (stb_image_write from Debian libstb-dev).
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>

namespace mb::platform {

// Reads the back buffer (call after drawing, before swapping) and writes an RGB PNG, top row first.
// Returns an empty string on success, else one sentence.
std::string write_framebuffer_png(const std::filesystem::path& path, int width, int height);

// A `--screenshot FILE` run, shared by the kiosk and the board: the loop runs as usual (tests see the real
// event-driven path), hurries its first `after_frames` frames, takes the picture once both the frames and
// `after_seconds` have passed, and then the program exits.
struct ScreenshotRequest {
    std::string png;                      // "" = no screenshot: a normal run
    int after_frames = 0;                 // at least this many frames drawn first (at least 1)
    double after_seconds = 0;             // ... and at least this long after start

    bool active() const { return !png.empty(); }
    bool wants_frames(int frames_drawn) const { return active() && frames_drawn < std::max(1, after_frames); }
    double seconds_until_due(double elapsed_s) const {   // for the loop's wait; huge when inactive
        return active() ? std::max(0.0, after_seconds - elapsed_s) : 1e9;
    }
    bool due(int frames_drawn, double elapsed_s) const {
        return active() && !wants_frames(frames_drawn) && elapsed_s >= after_seconds;
    }
};

// Writes the back buffer to request.png. Returns the process exit code: 0, or 1 with the reason on stderr.
int take_screenshot(const ScreenshotRequest& request, int width, int height);

} // namespace mb::platform
