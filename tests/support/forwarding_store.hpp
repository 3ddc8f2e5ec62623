// tests/support/forwarding_store.hpp — a Store that passes every call to another one. Test doubles derive
// from it and override only what they change (fail on demand, count calls), so a new Store method is
// forwarded in one place. Every forwarder calls before_each_call() first.
#pragma once

#include "core/store/store.hpp"

namespace mb::test {

class ForwardingStore : public Store {
public:
    explicit ForwardingStore(Store& inner) : inner_(inner) {}

    void transaction(const std::function<void()>& body) override { before_each_call(); inner_.transaction(body); }
    std::optional<std::string> setting(std::string_view key) override { before_each_call(); return inner_.setting(key); }
    void set_setting(std::string_view key, std::string_view value) override { before_each_call(); inner_.set_setting(key, value); }
    AttendeeId add_attendee(const Attendee& a) override { before_each_call(); return inner_.add_attendee(a); }
    void update_attendee(const Attendee& a) override { before_each_call(); inner_.update_attendee(a); }
    std::optional<Attendee> attendee(AttendeeId id) override { before_each_call(); return inner_.attendee(id); }
    std::optional<Attendee> attendee_by_email(std::string_view e) override { before_each_call(); return inner_.attendee_by_email(e); }
    std::vector<Attendee> attendees() override { before_each_call(); return inner_.attendees(); }
    std::int64_t attendee_count() override { before_each_call(); return inner_.attendee_count(); }
    CheckInResult check_in(AttendeeId id, std::string_view source, std::string_view uuid) override {
        before_each_call();
        return inner_.check_in(id, source, uuid);
    }
    bool undo_check_in(AttendeeId id, std::string_view source) override { before_each_call(); return inner_.undo_check_in(id, source); }
    std::vector<CheckInEvent> check_in_log() override { before_each_call(); return inner_.check_in_log(); }
    std::vector<AttendeeId> present() override { before_each_call(); return inner_.present(); }
    std::int64_t present_count() override { before_each_call(); return inner_.present_count(); }
    void set_preference(AttendeeId f, AttendeeId t, Preference p) override { before_each_call(); inner_.set_preference(f, t, p); }
    std::vector<PreferenceRow> preferences() override { before_each_call(); return inner_.preferences(); }
    Round start_round(std::span<const Pairing> p, int d) override { before_each_call(); return inner_.start_round(p, d); }
    std::vector<Round> rounds() override { before_each_call(); return inner_.rounds(); }
    std::vector<Pairing> round_pairings(std::int64_t id) override { before_each_call(); return inner_.round_pairings(id); }
    int blank_round_reasons(AttendeeId id) override { before_each_call(); return inner_.blank_round_reasons(id); }
    std::uint64_t change_counter() override { before_each_call(); return inner_.change_counter(); }
    AttendeeChanges attendees_changed_since(std::int64_t r) override { before_each_call(); return inner_.attendees_changed_since(r); }
    std::vector<CheckInEvent> check_in_log_since(std::int64_t s) override { before_each_call(); return inner_.check_in_log_since(s); }
    bool acquire_matcher_lease(std::string_view h, std::int64_t t) override { before_each_call(); return inner_.acquire_matcher_lease(h, t); }
    void release_matcher_lease(std::string_view h) override { before_each_call(); inner_.release_matcher_lease(h); }
    std::optional<std::string> matcher_lease_holder() override { before_each_call(); return inner_.matcher_lease_holder(); }
    void store_suggestions(std::span<const Pairing> p, std::string_view h) override { before_each_call(); inner_.store_suggestions(p, h); }
    std::vector<Pairing> stored_suggestions() override { before_each_call(); return inner_.stored_suggestions(); }

protected:
    // Runs first in every forwarded call: a double that fails everything (a locked or unreachable database)
    // overrides only this.
    virtual void before_each_call() {}

    Store& inner_;
};

} // namespace mb::test
