// core/kiosk/pin.cpp — organizer PIN hashing (libsodium Argon2id) and the lockout after wrong guesses.
#include "core/kiosk/pin.hpp"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

#include "core/kiosk/settings.hpp"

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

PinCheck PinGuard::check(Store& store, std::string_view pin, SteadyTime now) {
    if (locked_for_s(now) > 0) return PinCheck::LockedOut;
    const auto hash = store.setting(kPinHashKey);
    if (hash && !hash->empty() && pin_matches_hash(pin, *hash)) {
        failures_ = 0;
        locked_until_.reset();
        return PinCheck::Accepted;
    }
    ++failures_;
    if (failures_ >= kFreeAttempts) {
        const int doublings = std::min(failures_ - kFreeAttempts, 10);   // 2^10 * 30 s is far past the cap
        const auto delay = std::min<std::chrono::seconds>(kFirstDelay * (1 << doublings), kMaxDelay);
        locked_until_ = now + delay;
    }
    return PinCheck::Rejected;
}

int PinGuard::locked_for_s(SteadyTime now) const {
    if (!locked_until_ || now >= *locked_until_) return 0;
    const auto left = std::chrono::ceil<std::chrono::seconds>(*locked_until_ - now);
    return static_cast<int>(left.count());
}

} // namespace mb::kiosk
