// core/kiosk/scan_detector.cpp — see scan_detector.hpp.
#include "core/kiosk/scan_detector.hpp"

#include <algorithm>

#include "core/text/utf8.hpp"

namespace mb::kiosk {

namespace {

std::string utf8_of(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) utf8::append(out, c);
    return out;
}

} // namespace

void ScanDetector::key(char32_t c, std::int64_t at_us) {
    const bool enter = c == U'\n' || c == U'\r';
    if (!held_.empty() && at_us - last_us_ > options_.max_gap_us) finish(false);   // a new burst starts
    if (enter) {
        finish(true);
        return;
    }
    if (c < 0x20 || c == 0x7F) return;                          // other control keys carry nothing
    if (held_.empty()) first_us_ = at_us;
    held_ += c;
    last_us_ = at_us;
}

std::vector<KeyInput> ScanDetector::poll(std::int64_t now_us) {
    if (!held_.empty() && now_us - last_us_ > options_.end_gap_us) finish(false);
    std::vector<KeyInput> out;
    out.swap(ready_);
    return out;
}

void ScanDetector::finish(bool with_enter) {
    const auto n = static_cast<std::int64_t>(held_.size());
    const bool scan = n >= options_.min_length && (last_us_ - first_us_) <= options_.mean_gap_us * (n - 1);
    if (scan) {
        ready_.push_back({KeyInput::Scan, utf8_of(held_)});
    } else {
        std::string text = utf8_of(held_);
        if (with_enter) text += '\n';
        if (!text.empty()) ready_.push_back({KeyInput::Typed, std::move(text)});
    }
    held_.clear();
}

} // namespace mb::kiosk
