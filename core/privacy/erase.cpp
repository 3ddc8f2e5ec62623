// core/privacy/erase.cpp — see erase.hpp.
#include "core/privacy/erase.hpp"

#include <sqlite3.h>

#include <algorithm>

#include <vector>

namespace mb {

namespace {

constexpr const char* kEraseHolder = "matchbooth erase";

// The profile with nothing left that says who it was; id, role and the share-nothing defaults remain.
Attendee blanked(const Attendee& a) {
    Attendee b;
    b.id = a.id;
    b.display_name = kErasedName;
    b.role = a.role;
    b.prefer_outside_org = true;
    return b;
}

// Withdraws live suggestions that involve `id`. Only the lease holder may write them: take the lease if it
// is free (and give it back); if a matcher holds it, it drops them itself once it sees the person leave.
int withdraw_suggestions(Store& store, AttendeeId id) {
    const std::vector<Pairing> now = store.stored_suggestions();
    std::vector<Pairing> kept;
    for (const Pairing& p : now) {
        if (p.mentor != id && p.mentee != id) kept.push_back(p);
    }
    const int withdrawn = static_cast<int>(now.size() - kept.size());
    if (withdrawn == 0) return 0;
    if (store.acquire_matcher_lease(kEraseHolder, 5000)) {
        store.store_suggestions(kept, kEraseHolder);
        store.release_matcher_lease(kEraseHolder);
    }
    return withdrawn;
}

void exec(sqlite3* db, const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errmsg(db);
        sqlite3_free(error);
        throw StoreError(std::string("could not scrub the database (") + message +
                         "); stop the other kiosks of this event and run it again", StoreErrorKind::Busy);
    }
}

} // namespace

EraseReport erase_attendee(Store& store, AttendeeId id) {
    const std::optional<Attendee> a = store.attendee(id);
    if (!a) throw StoreError("there is no attendee " + std::to_string(id));
    EraseReport r;
    r.was_named = a->display_name;
    const std::vector<AttendeeId> present = store.present();
    r.was_present = std::find(present.begin(), present.end(), id) != present.end();
    store.transaction([&] {
        if (r.was_present) store.undo_check_in(id, "erased on request");
        store.update_attendee(blanked(*a));
        for (const PreferenceRow& p : store.preferences()) {
            if (p.from != id && p.to != id) continue;
            store.set_preference(p.from, p.to, Preference::None);
            ++r.preferences_removed;
        }
    });
    r.suggestions_withdrawn = withdraw_suggestions(store, id);
    return r;
}

void scrub_sqlite_file(const std::filesystem::path& path) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const std::string message = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        throw StoreError("could not open " + path.string() + " to scrub it: " + message);
    }
    try {
        sqlite3_busy_timeout(db, 5000);
        exec(db, "PRAGMA secure_delete = ON");
        exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");       // old page images leave the WAL
        exec(db, "VACUUM");                                // every page rewritten; freed ones zeroed
        exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");       // and the VACUUM's own WAL frames too
    } catch (...) {
        sqlite3_close(db);
        throw;
    }
    sqlite3_close(db);
}

} // namespace mb
