// tests/kiosk/failing_store.hpp — a Store that forwards to a real one but can be told to fail check-ins,
// to prove the kiosk turns a storage failure into a sentence and writes nothing half-way.
#pragma once

#include "tests/support/forwarding_store.hpp"

namespace mb::test {

class FailingStore : public ForwardingStore {
public:
    using ForwardingStore::ForwardingStore;
    bool fail_check_in = false;                                // true: check_in throws StoreError

    CheckInResult check_in(AttendeeId id, std::string_view source, std::string_view uuid) override {
        if (fail_check_in) throw StoreError("disk I/O error");
        return inner_.check_in(id, source, uuid);
    }
};

} // namespace mb::test
