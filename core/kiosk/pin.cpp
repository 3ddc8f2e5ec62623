// core/kiosk/pin.cpp — organizer PIN hashing (libsodium Argon2id) and the lockout after wrong guesses.
#include "core/kiosk/pin.hpp"

#include <sodium.h>

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "core/kiosk/settings.hpp"
#include "core/util/strings.hpp"

namespace mb::kiosk {

namespace {
void init_sodium() {
    // sodium_init is idempotent and thread-safe; it returns -1 only if the library cannot work at all.
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not initialise");
}
} // namespace

PinHashCost PinHashCost::minimum() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

std::string pin_problem(std::string_view pin) {
    const bool digits_only = std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits_only || pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits)
        return "Use " + std::to_string(kMinPinDigits) + " to " + std::to_string(kMaxPinDigits) + " digits.";
    return {};
}

void set_organizer_pin(Store& store, std::string_view pin, PinHashCost cost) {
    if (const std::string problem = pin_problem(pin); !problem.empty()) throw std::invalid_argument(problem);
    init_sodium();
    const unsigned long long ops = cost.ops ? cost.ops : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const std::size_t mem = cost.mem_bytes ? cost.mem_bytes : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, pin.data(), pin.size(), ops, mem) != 0)
        throw std::runtime_error("Not enough memory to hash the PIN");
    store.set_setting(kPinHashKey, hash);
}

bool has_organizer_pin(Store& store) {
    const auto hash = store.setting(kPinHashKey);
    return hash && !hash->empty();
}

bool pin_matches_hash(std::string_view pin, const std::string& hash) {
    init_sodium();
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

namespace {
// A stored count or time; 0 when unset or not a whole number (whoever can edit the database can clear the
// lock anyway: the protection against that is the hash).
std::int64_t stored_number(Store& store, std::string_view key) {
    const std::optional<std::string> value = store.setting(key);
    if (!value) return 0;
    const std::string_view text = trim(*value);
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    return error == std::errc{} && end == text.data() + text.size() ? std::max<std::int64_t>(number, 0) : 0;
}
} // namespace

void PinGuard::load(Store& store, SteadyTime now, std::int64_t wall_ms) {
    try {
        const auto stored_failures = static_cast<int>(std::min<std::int64_t>(stored_number(store, kPinFailuresKey), 1000));
        const std::int64_t until_ms = stored_number(store, kPinLockedUntilKey);
        failures_ = std::max(failures_, stored_failures);
        if (until_ms > wall_ms) {
            const SteadyTime until = now + std::chrono::milliseconds(until_ms - wall_ms);
            if (!locked_until_ || *locked_until_ < until) locked_until_ = until;
        }
    } catch (const std::exception&) {
        // An unreadable store keeps what this process knows; the pad still works.
    }
}

void PinGuard::save(Store& store, SteadyTime now, std::int64_t wall_ms) const {
    const std::int64_t until_ms =
        locked_until_ && *locked_until_ > now
            ? wall_ms + std::chrono::duration_cast<std::chrono::milliseconds>(*locked_until_ - now).count()
            : 0;
    try {
        store.transaction([&] {
            store.set_setting(kPinFailuresKey, std::to_string(failures_));
            store.set_setting(kPinLockedUntilKey, std::to_string(until_ms));
        });
    } catch (const std::exception&) {
        // The lock still holds in this process; storing it is what makes it outlive a restart.
    }
}

PinCheck PinGuard::check(Store& store, std::string_view pin, SteadyTime now, std::int64_t wall_ms) {
    if (locked_for_s(now) > 0) return PinCheck::LockedOut;
    const auto hash = store.setting(kPinHashKey);
    if (hash && !hash->empty() && pin_matches_hash(pin, *hash)) {
        failures_ = 0;
        locked_until_.reset();
        save(store, now, wall_ms);
        return PinCheck::Accepted;
    }
    ++failures_;
    if (failures_ >= kFreeAttempts) {
        const int doublings = std::min(failures_ - kFreeAttempts, 10);   // 2^10 * 30 s is far past the cap
        const auto delay = std::min<std::chrono::seconds>(kFirstDelay * (1 << doublings), kMaxDelay);
        locked_until_ = now + delay;
    }
    save(store, now, wall_ms);
    return PinCheck::Rejected;
}

int PinGuard::locked_for_s(SteadyTime now) const {
    if (!locked_until_ || now >= *locked_until_) return 0;
    const auto left = std::chrono::ceil<std::chrono::seconds>(*locked_until_ - now);
    return static_cast<int>(left.count());
}

} // namespace mb::kiosk
