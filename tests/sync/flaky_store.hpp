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

class FlakyStore final : public ForwardingStore {
public:
    FlakyStore(Store& inner, Network& net) : ForwardingStore(inner), net_(net) {}

    void transaction(const std::function<void()>& body) override {
        gate();
        ++depth_;
        try {
            inner_.transaction(body);
        } catch (...) {
            --depth_;
            throw;
        }
        --depth_;
        acked();
    }
    std::optional<std::string> setting(std::string_view k) override { gate(); return inner_.setting(k); }
    void set_setting(std::string_view k, std::string_view v) override { gate(); inner_.set_setting(k, v); acked(); }
    AttendeeId add_attendee(const Attendee& a) override {
        gate();
        const AttendeeId id = inner_.add_attendee(a);
        net_.calls.push_back("add " + a.display_name);
        acked();
        return id;
    }
    void update_attendee(const Attendee& a) override {
        gate();
        inner_.update_attendee(a);
        net_.calls.push_back("update " + std::to_string(a.id));
        acked();
    }
    std::optional<Attendee> attendee(AttendeeId id) override { gate(); return inner_.attendee(id); }
    std::optional<Attendee> attendee_by_email(std::string_view e) override { gate(); return inner_.attendee_by_email(e); }
    std::vector<Attendee> attendees() override { gate(); return inner_.attendees(); }
    std::int64_t attendee_count() override { gate(); return inner_.attendee_count(); }
    CheckInResult check_in(AttendeeId id, std::string_view source, std::string_view uuid) override {
        gate();
        CheckInResult r = inner_.check_in(id, source, uuid);
        net_.calls.push_back("check_in " + std::to_string(id));
        acked();
        return r;
    }
    bool undo_check_in(AttendeeId id, std::string_view s) override { gate(); const bool r = inner_.undo_check_in(id, s); acked(); return r; }
    std::vector<CheckInEvent> check_in_log() override { gate(); return inner_.check_in_log(); }
    std::vector<AttendeeId> present() override { gate(); return inner_.present(); }
    std::int64_t present_count() override { gate(); return inner_.present_count(); }
    void set_preference(AttendeeId f, AttendeeId t, Preference p) override {
        gate();
        inner_.set_preference(f, t, p);
        net_.calls.push_back("preference " + std::to_string(f) + " " + std::to_string(t));
        acked();
    }
    std::vector<PreferenceRow> preferences() override { gate(); return inner_.preferences(); }
    Round start_round(std::span<const Pairing> p, int d) override { gate(); return inner_.start_round(p, d); }
    std::vector<Round> rounds() override { gate(); return inner_.rounds(); }
    std::vector<Pairing> round_pairings(std::int64_t id) override { gate(); return inner_.round_pairings(id); }
    std::uint64_t change_counter() override { gate(); return inner_.change_counter(); }
    AttendeeChanges attendees_changed_since(std::int64_t r) override { gate(); return inner_.attendees_changed_since(r); }
    std::vector<CheckInEvent> check_in_log_since(std::int64_t s) override { gate(); return inner_.check_in_log_since(s); }
    bool acquire_matcher_lease(std::string_view h, std::int64_t t) override { gate(); return inner_.acquire_matcher_lease(h, t); }
    void release_matcher_lease(std::string_view h) override { gate(); inner_.release_matcher_lease(h); }
    std::optional<std::string> matcher_lease_holder() override { gate(); return inner_.matcher_lease_holder(); }
    void store_suggestions(std::span<const Pairing> p, std::string_view h) override { gate(); inner_.store_suggestions(p, h); }
    std::vector<Pairing> stored_suggestions() override { gate(); return inner_.stored_suggestions(); }

private:
    void gate() const {
        if (net_.down) throw StoreError("could not connect to server: Connection refused", StoreErrorKind::Unreachable);
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
