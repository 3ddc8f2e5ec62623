// tests/board/forwarding_store.hpp — a Store that passes every call to a real one, and fails them all with
// StoreErrorKind::Busy while `fail_reads` is set: how a board behaves when the database is locked or gone.
#pragma once

#include "core/store/store.hpp"

namespace mb::test {

class ForwardingStore final : public Store {
public:
    explicit ForwardingStore(Store& inner) : inner_(inner) {}
    bool fail_reads = false;              // true: every call throws "database is busy"

    void transaction(const std::function<void()>& body) override { check(); inner_.transaction(body); }
    std::optional<std::string> setting(std::string_view key) override { check(); return inner_.setting(key); }
    void set_setting(std::string_view key, std::string_view value) override {
        check();
        inner_.set_setting(key, value);
    }
    AttendeeId add_attendee(const Attendee& a) override { check(); return inner_.add_attendee(a); }
    void update_attendee(const Attendee& a) override { check(); inner_.update_attendee(a); }
    std::optional<Attendee> attendee(AttendeeId id) override { check(); return inner_.attendee(id); }
    std::optional<Attendee> attendee_by_email(std::string_view email) override {
        check();
        return inner_.attendee_by_email(email);
    }
    std::vector<Attendee> attendees() override { check(); return inner_.attendees(); }
    std::int64_t attendee_count() override { check(); return inner_.attendee_count(); }
    AttendeeChanges attendees_changed_since(std::int64_t revision) override {
        check();
        return inner_.attendees_changed_since(revision);
    }
    CheckInResult check_in(AttendeeId id, std::string_view source, std::string_view uuid) override {
        check();
        return inner_.check_in(id, source, uuid);
    }
    bool undo_check_in(AttendeeId id, std::string_view source) override {
        check();
        return inner_.undo_check_in(id, source);
    }
    std::vector<CheckInEvent> check_in_log() override { check(); return inner_.check_in_log(); }
    std::vector<CheckInEvent> check_in_log_since(std::int64_t after_seq) override {
        check();
        return inner_.check_in_log_since(after_seq);
    }
    std::vector<AttendeeId> present() override { check(); return inner_.present(); }
    std::int64_t present_count() override { check(); return inner_.present_count(); }
    void set_preference(AttendeeId from, AttendeeId to, Preference p) override {
        check();
        inner_.set_preference(from, to, p);
    }
    std::vector<PreferenceRow> preferences() override { check(); return inner_.preferences(); }
    Round start_round(std::span<const Pairing> pairings, int duration_s) override {
        check();
        return inner_.start_round(pairings, duration_s);
    }
    std::vector<Round> rounds() override { check(); return inner_.rounds(); }
    std::vector<Pairing> round_pairings(std::int64_t round_id) override {
        check();
        return inner_.round_pairings(round_id);
    }
    bool acquire_matcher_lease(std::string_view holder, std::int64_t ttl_ms) override {
        check();
        return inner_.acquire_matcher_lease(holder, ttl_ms);
    }
    void release_matcher_lease(std::string_view holder) override { check(); inner_.release_matcher_lease(holder); }
    std::optional<std::string> matcher_lease_holder() override { check(); return inner_.matcher_lease_holder(); }
    void store_suggestions(std::span<const Pairing> pairs, std::string_view holder) override {
        check();
        inner_.store_suggestions(pairs, holder);
    }
    std::vector<Pairing> stored_suggestions() override { check(); return inner_.stored_suggestions(); }
    std::uint64_t change_counter() override { check(); return inner_.change_counter(); }

private:
    void check() const {
        if (fail_reads) throw StoreError("database is busy (another process holds the lock)", StoreErrorKind::Busy);
    }
    Store& inner_;
};

} // namespace mb::test
