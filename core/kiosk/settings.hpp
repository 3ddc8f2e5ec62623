// core/kiosk/settings.hpp — the store settings the kiosk reads and writes, with defaults and typed access.
//
// Settings live in the store (mb::Store::setting) so that every kiosk process sharing one database agrees on
// them and an organizer's change survives a restart. Values are text; parsing is forgiving (a bad value
// falls back to the default) because a typo in a settings row must never keep the kiosk from starting.
#pragma once

#include <string>
#include <string_view>

#include "core/store/store.hpp"

namespace mb::kiosk {

inline constexpr std::string_view kEventNameKey = "event_name";             // shown on the attract screen
inline constexpr std::string_view kIdleTimeoutKey = "idle_timeout_s";       // whole seconds, see limits below
inline constexpr std::string_view kPinHashKey = "organizer_pin_hash";       // libsodium crypto_pwhash_str text
inline constexpr std::string_view kPinFailuresKey = "organizer_pin_failures";        // wrong PINs in a row
inline constexpr std::string_view kPinLockedUntilKey = "organizer_pin_locked_until_ms";  // Unix ms; 0 = open
inline constexpr std::string_view kTablesKey = "tables";                    // tables for a round; 0 = one per pair
inline constexpr std::string_view kRoundMinutesKey = "round_minutes";       // planned length of a round

inline constexpr int kDefaultIdleTimeoutS = 60;                             // brief: back to attract after 60 s
inline constexpr int kMinIdleTimeoutS = 15;                                 // shorter cuts people off mid-form
inline constexpr int kMaxIdleTimeoutS = 600;                                // longer leaves forms up for others
inline constexpr std::string_view kDefaultEventName = "Mentoring mixer";
// The same ranges `matchbooth config set` accepts (app/cli/config_commands.cpp), so both agree on a value.
inline constexpr int kMaxTables = 10000;
inline constexpr int kDefaultRoundMinutes = 15;
inline constexpr int kMinRoundMinutes = 1;
inline constexpr int kMaxRoundMinutes = 600;

std::string event_name(Store& store);                     // the setting, or kDefaultEventName when unset/blank
int idle_timeout_s(Store& store);                         // the setting clamped to the limits, or the default
int clamp_idle_timeout_s(int seconds);                    // into [kMinIdleTimeoutS, kMaxIdleTimeoutS]
int round_tables(Store& store);                           // the setting clamped to [0, kMaxTables], or 0
int round_minutes(Store& store);                          // the setting clamped to the limits, or 15

} // namespace mb::kiosk
