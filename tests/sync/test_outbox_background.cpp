// tests/sync/test_outbox_background.cpp — an offline kiosk's reconnects run off its frame loop: a server
// that does not answer never blocks change_counter(), and delivery follows once the connection is made.
//
// The waits below are liveness bounds (poll until something happened, give up after many tries), never
// assertions about speed.
#include <catch2/catch.hpp>

#include <condition_variable>
#include <mutex>
#include <thread>

#include "tests/sync/sync_fixture.hpp"

using namespace mb;
using namespace mb::test;
using namespace std::chrono_literals;

namespace {

// A connector that, once armed, hangs like a server host that does not answer until the test lets it go.
struct HangingConnector {
    std::mutex mutex;
    std::condition_variable changed;
    bool armed = false;                   // attempts hang from now on
    bool entered = false;                 // an attempt is hanging inside connect
    bool released = false;                // the test let the attempt go on

    StoreConnector wrap(StoreConnector inner) {
        return [this, inner] {
            {
                std::unique_lock lock(mutex);
                if (armed) {
                    entered = true;
                    changed.notify_all();
                    changed.wait_for(lock, 60s, [this] { return released; });
                }
            }
            return inner();
        };
    }
    void arm() {
        std::lock_guard lock(mutex);
        armed = true;
    }
    bool wait_entered() {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, 60s, [this] { return entered; });
    }
    void release() {
        std::lock_guard lock(mutex);
        released = true;
        changed.notify_all();
    }
};

} // namespace

TEST_CASE("A hanging reconnect does not block the kiosk's poll, and delivery follows when it gets through") {
    SyncEvent ev;
    HangingConnector hang;
    auto kiosk = open_outbox_store(hang.wrap(flaky_connector(*ev.server, ev.net)), {ev.dir / "outbox.db", 0ms, true});
    REQUIRE(kiosk->status().online);
    ev.net.down = true;
    kiosk->check_in(ev.ana, "kiosk");    // the server is lost here: queued, acknowledged
    REQUIRE(kiosk->status().pending == 1);

    hang.arm();
    kiosk->change_counter();             // starts a reconnect in the background and returns
    REQUIRE(hang.wait_entered());        // ... which now hangs in its own thread
    kiosk->change_counter();             // polls keep returning while it hangs
    kiosk->check_in(ev.ben, "kiosk");    // and check-ins keep being acknowledged
    CHECK(kiosk->status().pending == 2);
    CHECK_FALSE(kiosk->status().online);

    ev.net.down = false;
    hang.release();
    for (int i = 0; i < 5000 && kiosk->status().pending > 0; ++i) {
        kiosk->change_counter();
        std::this_thread::sleep_for(2ms);
    }
    CHECK(kiosk->status().pending == 0);
    CHECK(kiosk->status().online);
    CHECK(ev.server_present(ev.ana));
    CHECK(ev.server_present(ev.ben));
}
