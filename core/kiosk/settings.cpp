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

namespace {
// A whole-number setting, clamped; `fallback` when unset or not a number.
int int_setting(Store& store, std::string_view key, int fallback, int min, int max) {
    const auto value = store.setting(key);
    if (!value) return fallback;
    const std::string_view text = trim(*value);
    int number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc{} || end != text.data() + text.size()) return fallback;
    return std::clamp(number, min, max);
}
} // namespace

int idle_timeout_s(Store& store) {
    return int_setting(store, kIdleTimeoutKey, kDefaultIdleTimeoutS, kMinIdleTimeoutS, kMaxIdleTimeoutS);
}

int round_tables(Store& store) { return int_setting(store, kTablesKey, 0, 0, kMaxTables); }

int round_minutes(Store& store) {
    return int_setting(store, kRoundMinutesKey, kDefaultRoundMinutes, kMinRoundMinutes, kMaxRoundMinutes);
}

} // namespace mb::kiosk
