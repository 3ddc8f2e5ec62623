// core/privacy/retention.hpp — the retention rule (purge.hpp) applied wherever the event's store is opened.
//
// Every command, the kiosk and the board open the store through this, so an event whose retention has run
// out is purged by whichever program opens it first, without the organizer remembering to. A SQLite file is
// then scrubbed (scrub_sqlite_file) if no other program has it open; if one has, the setting
// "scrub_pending" remembers it and the next opening tries again.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/store/store.hpp"

namespace mb {

// Opens `db` as open_store() does, applying the retention rule first. `notice` receives one line (no
// personal data) when something was purged or a scrub is still pending. Throws what open_store() throws.
std::unique_ptr<Store> open_store_with_retention(const std::string& db, std::int64_t now_ms,
                                                 const std::function<void(const std::string&)>& notice);

} // namespace mb
