// core/sync/background_connect.hpp — connection attempts to the event server off the caller's thread.
//
// Why: an offline kiosk retries the server every few seconds from its frame loop. When the server's host is
// gone (no answer at all), a connect blocks until its timeout — seconds of frozen screen on every retry.
// Here the attempt runs on a thread of its own; the frame loop only looks whether it has finished.
// One attempt at a time; the Store it makes is handed over whole and then used by the owner's thread only.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/sync/outbox_store.hpp"

namespace mb::sync {

class BackgroundConnect {
public:
    // What an attempt came to: a connected store, or why not.
    struct Outcome {
        std::unique_ptr<Store> store;         // null when the attempt failed
        std::string error;                    // the failure, for the organizer ("" on success)
    };

    explicit BackgroundConnect(StoreConnector connect) : connect_(std::move(connect)) {}
    ~BackgroundConnect();                     // waits for an attempt in flight (at most its connect timeout)
    BackgroundConnect(const BackgroundConnect&) = delete;
    BackgroundConnect& operator=(const BackgroundConnect&) = delete;

    // Starts an attempt unless one is running or its outcome has not been taken yet.
    void start();
    // The finished attempt's outcome, once; nullopt while running or when none was started.
    std::optional<Outcome> take();

private:
    StoreConnector connect_;
    std::mutex mutex_;                        // guards busy_ and outcome_
    bool busy_ = false;                       // an attempt is running or its outcome waits to be taken
    std::optional<Outcome> outcome_;          // set by the attempt's thread when it ends
    std::thread thread_;                      // the last attempt's thread (joined before the next one)
};

} // namespace mb::sync
