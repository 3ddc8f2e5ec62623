// core/kiosk/settings.cpp — typed access to the kiosk's store settings.
#include "core/kiosk/settings.hpp"

#include <algorithm>
#include <charconv>

#include "core/util/strings.hpp"

namespace mb::kiosk {

std::string event_name(Store& store) {
    const auto value = store.setting(kEventNameKey);
    if (!value || trim(*value).empty()) return std::string(kDefaultEventName);
    return std::string(trim(*value));
}

int clamp_idle_timeout_s(int seconds) { return std::clamp(seconds, kMinIdleTimeoutS, kMaxIdleTimeoutS); }

int idle_timeout_s(Store& store) {
    const auto value = store.setting(kIdleTimeoutKey);
    if (!value) return kDefaultIdleTimeoutS;
    const std::string_view text = trim(*value);
    int seconds = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (error != std::errc{} || end != text.data() + text.size()) return kDefaultIdleTimeoutS;
    return clamp_idle_timeout_s(seconds);
}

} // namespace mb::kiosk
