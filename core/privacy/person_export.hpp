// core/privacy/person_export.hpp — everything the event stores about one person, for an access request
// (GDPR Art. 15), as one JSON document.
//
// What it holds: the profile with every contact field and its consent flag; the check-in log's events for
// them; likes/declines they gave (with the other person's name: they chose them) and received (ids only: who
// liked or declined someone is the other person's data, so the organizer decides what to disclose); live
// suggestions with them; and every past round that seated them, with the table, who else sat there, the
// score and the reasons. Times are ISO 8601 UTC. Works through the Store interface (SQLite and PostgreSQL).
#pragma once

#include <cstdint>
#include <string>

#include "core/store/store.hpp"

namespace mb {

// Throws StoreError (kind Invalid) if there is no attendee `id`. now_ms stamps "exported_at".
std::string export_person_json(Store& store, AttendeeId id, std::int64_t now_ms);

} // namespace mb
