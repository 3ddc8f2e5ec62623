// tests/store/error_kind.hpp — which StoreErrorKind a call fails with (Other when it does not fail).
#pragma once

#include <functional>

#include "core/store/store.hpp"

namespace mb::test {

inline StoreErrorKind kind_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const StoreError& e) {
        return e.kind;
    }
    return StoreErrorKind::Other;
}

} // namespace mb::test
