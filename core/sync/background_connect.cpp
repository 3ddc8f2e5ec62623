// core/sync/background_connect.cpp — see background_connect.hpp.
#include "core/sync/background_connect.hpp"

namespace mb::sync {

BackgroundConnect::~BackgroundConnect() {
    if (thread_.joinable()) thread_.join();
}

void BackgroundConnect::start() {
    {
        std::lock_guard lock(mutex_);
        if (busy_) return;
        busy_ = true;
    }
    if (thread_.joinable()) thread_.join();   // the previous attempt ended (its outcome was taken)
    thread_ = std::thread([this] {
        Outcome outcome;
        try {
            outcome.store = connect_();
        } catch (const std::exception& e) {
            outcome.error = e.what();
        } catch (...) {
            outcome.error = "the event server could not be reached";
        }
        std::lock_guard lock(mutex_);
        outcome_ = std::move(outcome);
    });
}

std::optional<BackgroundConnect::Outcome> BackgroundConnect::take() {
    std::lock_guard lock(mutex_);
    if (!outcome_) return std::nullopt;
    std::optional<Outcome> out = std::move(outcome_);
    outcome_.reset();
    busy_ = false;
    return out;
}

} // namespace mb::sync
