// tests/print/fake_store.hpp — an in-memory Store holding just attendees and settings, for print tests.
//
// The SQLite store is the lead's; these tests only need attendee() and setting(). Everything else throws,
// so a test that starts depending on more fails loudly instead of passing against a stub.
#pragma once

#include <map>

#include "core/store/store.hpp"

namespace mbtest {

class FakeStore final : public mb::Store {
public:
    void transaction(const std::function<void()>& body) override { body(); }
    std::optional<std::string> setting(std::string_view key) override {
        const auto it = settings_.find(std::string(key));
        if (it == settings_.end()) return std::nullopt;
        return it->second;
    }
    void set_setting(std::string_view key, std::string_view value) override {
        settings_[std::string(key)] = std::string(value);
    }
    mb::AttendeeId add_attendee(const mb::Attendee& a) override {
        mb::Attendee copy = a;
        copy.id = static_cast<mb::AttendeeId>(attendees_.size()) + 1;
        attendees_[copy.id] = copy;
        return copy.id;
    }
    void update_attendee(const mb::Attendee& a) override {
        if (!attendees_.count(a.id)) throw mb::StoreError("unknown attendee");
        attendees_[a.id] = a;
    }
    std::optional<mb::Attendee> attendee(mb::AttendeeId id) override {
        const auto it = attendees_.find(id);
        if (it == attendees_.end()) return std::nullopt;
        return it->second;
    }
    std::optional<mb::Attendee> attendee_by_email(std::string_view) override { unsupported(); }
    std::vector<mb::Attendee> attendees() override { unsupported(); }
    std::int64_t attendee_count() override { return static_cast<std::int64_t>(attendees_.size()); }
    mb::CheckInResult check_in(mb::AttendeeId, std::string_view, std::string_view) override { unsupported(); }
    bool undo_check_in(mb::AttendeeId, std::string_view) override { unsupported(); }
    std::vector<mb::CheckInEvent> check_in_log() override { unsupported(); }
    std::vector<mb::AttendeeId> present() override { unsupported(); }
    std::int64_t present_count() override { unsupported(); }
    void set_preference(mb::AttendeeId, mb::AttendeeId, mb::Preference) override { unsupported(); }
    std::vector<mb::PreferenceRow> preferences() override { unsupported(); }
    mb::Round start_round(std::span<const mb::Pairing>, int) override { unsupported(); }
    std::vector<mb::Round> rounds() override { unsupported(); }
    std::vector<mb::Pairing> round_pairings(std::int64_t) override { unsupported(); }
    int blank_round_reasons(mb::AttendeeId) override { unsupported(); }
    std::uint64_t change_counter() override { return 0; }
    mb::AttendeeChanges attendees_changed_since(std::int64_t) override { unsupported(); }
    std::vector<mb::CheckInEvent> check_in_log_since(std::int64_t) override { unsupported(); }
    bool acquire_matcher_lease(std::string_view, std::int64_t) override { unsupported(); }
    void release_matcher_lease(std::string_view) override { unsupported(); }
    std::optional<std::string> matcher_lease_holder() override { unsupported(); }
    void store_suggestions(std::span<const mb::Pairing>, std::string_view) override { unsupported(); }
    std::vector<mb::Pairing> stored_suggestions() override { unsupported(); }

private:
    [[noreturn]] static void unsupported() { throw mb::StoreError("FakeStore: not needed by print tests"); }

    std::map<mb::AttendeeId, mb::Attendee> attendees_;
    std::map<std::string, std::string> settings_;
};

} // namespace mbtest
