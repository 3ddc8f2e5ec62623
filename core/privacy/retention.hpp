// core/privacy/retention.hpp — the retention rule (purge.hpp) applied wherever the event's store is opened.
//
// Every command, the kiosk and the board open the store through this, so a local SQLite event whose retention
// has run out is purged by whichever program opens it first, without the organizer remembering to. The file
// is then scrubbed (scrub_sqlite_file) if no other program has it open; if one has, the setting
// "scrub_pending" remembers it and the next opening tries again.
//
// An event server is not purged this way: its check-in times come from many kiosks' clocks and the due
// time would be judged by the clock of whichever machine opens it, so one kiosk whose clock runs days fast
// would wipe a live event for everyone, irreversibly. There the opening program only says the purge is due
// (the notice), and `matchbooth purge` on the server does it.
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
