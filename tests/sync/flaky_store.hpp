// tests/sync/flaky_store.hpp — a server that can be "unplugged": the remote side of the outbox tests.
//
// Network is the switch shared by the test and every connection it hands out: while `down`, connecting and
// every call throw StoreError(Unreachable), as the PostgreSQL store does for a lost server. `lose_acks`
// makes the next writes commit on the server and then throw Unreachable anyway — an acknowledgement lost
// on the wire. `calls` records the writes that reached the server, in order.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/sync/outbox_store.hpp"
#include "tests/support/forwarding_store.hpp"

namespace mb::test {

struct Network {
    bool down = false;                    // every call (and connecting) throws Unreachable
    int lose_acks = 0;                    // writes left that commit and then report Unreachable
    int connects = 0;                     // connections handed out
    std::vector<std::string> calls;       // writes that reached the server: "check_in 3", "update 3", ...
};

// Every call passes before_each_call() (the network switch); writes also record themselves and may lose
// their acknowledgement.
class FlakyStore final : public ForwardingStore {
public:
    FlakyStore(Store& inner, Network& net) : ForwardingStore(inner), net_(net) {}

    void transaction(const std::function<void()>& body) override {
        ++depth_;
        try {
            ForwardingStore::transaction(body);
        } catch (...) {
            --depth_;
            throw;
        }
        --depth_;
        acked();
    }
    void set_setting(std::string_view k, std::string_view v) override {
        ForwardingStore::set_setting(k, v);
        acked();
    }
    AttendeeId add_attendee(const Attendee& a) override {
        const AttendeeId id = ForwardingStore::add_attendee(a);
        written("add " + a.display_name);
        return id;
    }
    void update_attendee(const Attendee& a) override {
        ForwardingStore::update_attendee(a);
        written("update " + std::to_string(a.id));
    }
    CheckInResult check_in(AttendeeId id, std::string_view source, std::string_view uuid) override {
        CheckInResult r = ForwardingStore::check_in(id, source, uuid);
        written("check_in " + std::to_string(id));
        return r;
    }
    bool undo_check_in(AttendeeId id, std::string_view s) override {
        const bool r = ForwardingStore::undo_check_in(id, s);
        acked();
        return r;
    }
    void set_preference(AttendeeId f, AttendeeId t, Preference p) override {
        ForwardingStore::set_preference(f, t, p);
        written("preference " + std::to_string(f) + " " + std::to_string(t));
    }

private:
    void before_each_call() override {
        if (net_.down) throw StoreError("could not connect to server: Connection refused", StoreErrorKind::Unreachable);
    }
    void written(std::string call) {
        net_.calls.push_back(std::move(call));
        acked();
    }
    // Inside a transaction the ack that gets lost is the commit's, so only the outermost call counts.
    void acked() {
        if (depth_ == 0 && net_.lose_acks > 0) {
            --net_.lose_acks;
            throw StoreError("server closed the connection unexpectedly", StoreErrorKind::Unreachable);
        }
    }

    Network& net_;
    int depth_ = 0;                       // > 0: inside transaction(); its commit is the one ack that counts
};

// A connector for open_outbox_store(): a FlakyStore over `server` while the network is up.
inline StoreConnector flaky_connector(Store& server, Network& net) {
    return [&server, &net]() -> std::unique_ptr<Store> {
        if (net.down) throw StoreError("could not connect to server: Connection refused", StoreErrorKind::Unreachable);
        ++net.connects;
        return std::make_unique<FlakyStore>(server, net);
    };
}

} // namespace mb::test
