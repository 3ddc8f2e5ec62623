// core/kiosk/scan_detector.hpp — telling a barcode scanner from a person at a keyboard, by timing alone.
//
// Handheld USB scanners (pretixSCAN setups, Eventbrite barcode scanners) are "keyboard wedges": they type the
// code as key presses, a few milliseconds apart, usually followed by Enter, some configured without it. A
// kiosk has no keyboard for people, but an organizer may plug one in, so keys are not all scans.
//
// Rule: keystrokes are held back until a burst ends — on Enter, on a pause longer than end_gap, or when the
// next key comes after more than max_gap. A burst of at least min_length characters whose keys came on
// average at most mean_gap apart is a scan (its text never reaches a field); anything else is typing, handed
// on as text, so a person's keys arrive at most end_gap late. People type 100–300 ms apart, fast typists
// rarely below 60 ms on average over six keys; wedge scanners send 1–20 ms apart. The average, not each gap,
// decides because the times are when the app handled the key: a frame that took 60 ms delivers the keys
// that queued meanwhile together (gap 0), after one long-looking gap.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mb::kiosk {

struct ScanDetectorOptions {
    int min_length = 6;                  // shortest code read as a scan (tickets are 10+ characters)
    std::int64_t mean_gap_us = 30'000;   // a scan's keys come at most this far apart on average
    std::int64_t max_gap_us = 100'000;   // a longer pause ends the burst (a slow frame stays inside it)
    std::int64_t end_gap_us = 120'000;   // a burst without Enter ends after this pause
};

struct TimedKey {
    char32_t c = 0;                      // a character; '\n' for Enter
    std::int64_t at_us = 0;              // steady clock, microseconds
};

struct KeyInput {
    enum Kind : std::uint8_t { Typed, Scan };
    Kind kind = Typed;
    std::string text;                    // UTF-8; a typed Enter is "\n"; a scan has no Enter in it
};

class ScanDetector {
public:
    explicit ScanDetector(ScanDetectorOptions options = {}) : options_(options) {}

    void key(char32_t c, std::int64_t at_us);          // a character; '\n' or '\r' for Enter
    std::vector<KeyInput> poll(std::int64_t now_us);   // what is decided by now, in order
    bool holding() const { return !held_.empty(); }

private:
    void finish(bool with_enter);

    ScanDetectorOptions options_;
    std::u32string held_;                              // the burst so far
    std::int64_t first_us_ = 0, last_us_ = 0;
    std::vector<KeyInput> ready_;
};

} // namespace mb::kiosk
