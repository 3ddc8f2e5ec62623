// core/kiosk/pin.hpp — the organizer PIN: stored as a salted Argon2id hash, checked with a lockout.
//
// Why libsodium's crypto_pwhash_str (Debian libsodium-dev): a PIN has few possibilities (10^4..10^8), so a
// fast hash copied out of the database file would fall to brute force in moments. Argon2id is salted and
// deliberately slow and memory-hard, the output string carries its own salt and cost parameters (so they can
// rise later without breaking stored hashes), and crypto_pwhash_str_verify compares in constant time. A
// maintained library does this; we do not write crypto.
//
// The lockout (PinGuard) limits guessing at the screen: after kFreeAttempts failures every further wrong PIN
// locks entry for a doubling delay. The count and the end of the lock are stored with the event, so neither
// restarting the kiosk nor walking to another kiosk of the same event starts the count afresh; the hash's
// cost protects a copied database file.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/store/store.hpp"

namespace mb::kiosk {

using SteadyTime = std::chrono::steady_clock::time_point;

inline constexpr int kMinPinDigits = 4;
inline constexpr int kMaxPinDigits = 8;

// Argon2id cost. Interactive is libsodium's recommendation for logins (~0.1-0.5 s, 64 MiB); tests use the
// minimum so that they stay quick. Both produce hashes the other verifies (the string records its cost).
struct PinHashCost {
    unsigned long long ops = 0;              // crypto_pwhash opslimit; 0 means "interactive"
    std::size_t mem_bytes = 0;               // crypto_pwhash memlimit in bytes; 0 means "interactive"
    static PinHashCost interactive() { return {}; }
    static PinHashCost minimum();            // crypto_pwhash_OPSLIMIT_MIN / MEMLIMIT_MIN (tests only)
};

// Empty when `pin` is acceptable, else a sentence for the organizer ("Use 4 to 8 digits.").
std::string pin_problem(std::string_view pin);

// Hashes and stores the PIN (setting kPinHashKey). Throws std::invalid_argument with pin_problem()'s text
// for a bad PIN, StoreError if the store fails, std::runtime_error if hashing runs out of memory.
void set_organizer_pin(Store& store, std::string_view pin, PinHashCost cost = PinHashCost::interactive());

bool has_organizer_pin(Store& store);                          // a hash is stored
bool pin_matches_hash(std::string_view pin, const std::string& hash);   // constant-time libsodium verify

// --- Lockout -----------------------------------------------------------------------------------------------
enum class PinCheck { Accepted, Rejected, LockedOut };

class PinGuard {
public:
    static constexpr int kFreeAttempts = 3;                   // wrong PINs allowed before delays start
    static constexpr std::chrono::seconds kFirstDelay{30};    // after the 3rd failure; doubles per failure
    static constexpr std::chrono::seconds kMaxDelay{15 * 60}; // cap: an organizer is never locked out long

    // Takes over the stored count and lock (another kiosk's, or this one's before a restart) if they are
    // stricter than what this process knows. Called when the PIN pad opens. wall_ms: Unix ms.
    void load(Store& store, SteadyTime now, std::int64_t wall_ms);
    // Checks `pin` against the stored hash unless locked out, and stores the new count and lock. A store
    // without a PIN rejects everything.
    PinCheck check(Store& store, std::string_view pin, SteadyTime now, std::int64_t wall_ms);

    // Whole seconds until entry is allowed again (0 when not locked), rounded up.
    int locked_for_s(SteadyTime now) const;
    int failures() const { return failures_; }                // consecutive wrong PINs since last success

private:
    int failures_ = 0;                                        // reset by an accepted PIN
    std::optional<SteadyTime> locked_until_;                  // no checks before this moment

    void save(Store& store, SteadyTime now, std::int64_t wall_ms) const;   // best effort: never throws
};

} // namespace mb::kiosk
