// core/util/ids.hpp — identifiers and timestamps made where a write happens.
#pragma once

#include <cstdint>
#include <string>

namespace mb {

// A random (version 4) UUID in canonical lowercase form, from the OS entropy source.
// Every write that may be replayed (check-ins, later likes and profile edits) carries one, so delivering it
// twice stores it once.
std::string make_uuid();

// Wall-clock time as Unix milliseconds (what the log stores; comparable across processes on one machine).
std::int64_t now_unix_ms();

} // namespace mb
