// core/privacy/erase.cpp — see erase.hpp.
#include "core/privacy/erase.hpp"

#include <algorithm>
#include <vector>

#include "core/store/pg_conn.hpp"
#include "core/store/sqlite_db.hpp"

namespace mb {

namespace {

constexpr const char* kEraseHolder = "matchbooth erase";

} // namespace

// --- [SECTION] The profile ---------------------------------------------------------------------------------

// The profile with nothing left that says who it was; id, role and the share-nothing defaults remain.
Attendee blanked_attendee(const Attendee& a) {
    Attendee b;
    b.id = a.id;
    b.display_name = kErasedName;
    b.role = a.role;
    b.prefer_outside_org = true;
    return b;
}

// --- [SECTION] Suggestions ---------------------------------------------------------------------------------

// Only the lease holder may write suggestions: take the lease if it is free (and give it back). If a running
// matcher holds it, they are left to it (it drops them once it sees the person checked out), and counted as
// such: the report must not claim what did not happen.
Withdrawal withdraw_suggestions_if(Store& store, const std::function<bool(const Pairing&)>& involved) {
    const std::vector<Pairing> now = store.stored_suggestions();
    std::vector<Pairing> kept;
    for (const Pairing& p : now) {
        if (!involved(p)) kept.push_back(p);
    }
    const int count = static_cast<int>(now.size() - kept.size());
    if (count == 0) return {};
    if (!store.acquire_matcher_lease(kEraseHolder, 5000)) return {0, count};
    try {
        store.store_suggestions(kept, kEraseHolder);
    } catch (...) {
        store.release_matcher_lease(kEraseHolder);
        throw;
    }
    store.release_matcher_lease(kEraseHolder);
    return {count, 0};
}

namespace {

// --- [SECTION] Errors without personal data ----------------------------------------------------------------

void replace_all(std::string& text, const std::string& what, std::string_view with) {
    if (what.size() < 2) return;                      // one letter would shred the sentence, and says nothing
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
        text.replace(at, what.size(), with);
}

// The message with every identifying field of `a` replaced, longest first (a name inside an e-mail ...).
std::string redacted(std::string message, const Attendee& a) {
    std::vector<std::string> fields{a.display_name, a.given_name, a.family_name,  a.name_latin,
                                    a.email.value,  a.phone.value, a.linkedin_url.value, a.ticket_code,
                                    a.organization, a.uuid};
    std::sort(fields.begin(), fields.end(), [](const std::string& x, const std::string& y) { return x.size() > y.size(); });
    for (const std::string& f : fields) replace_all(message, f, "(erased person)");
    return message;
}

// --- [SECTION] Scrubbing -----------------------------------------------------------------------------------

// A truncating checkpoint. Its result row is (busy, log frames, checkpointed frames): busy = 1 means another
// connection kept it from finishing, so old page images are still in the WAL.
void checkpoint(sqlite::Connection& db) {
    sqlite::Statement st(db.get(), "PRAGMA wal_checkpoint(TRUNCATE)");
    if (!st.step()) throw StoreError("the WAL checkpoint returned no result", StoreErrorKind::Other);
    if (st.int64(0) != 0) throw StoreError(kScrubBlocked, StoreErrorKind::Busy);
}

} // namespace

// --- [SECTION] Public --------------------------------------------------------------------------------------

std::string EraseReport::summary() const {
    std::string s = "attendee " + std::to_string(id) + " erased: profile blanked";
    if (was_present) s += ", checked out";
    s += ", " + std::to_string(preferences_removed) + " likes/declines removed, " +
         std::to_string(suggestions_withdrawn) + " suggestions withdrawn";
    if (suggestions_left_to_matcher > 0)
        s += " (" + std::to_string(suggestions_left_to_matcher) +
             " more are left to the running matcher, which drops them at its next pass)";
    s += ", reasons of " + std::to_string(round_reasons_blanked) + " past pairings blanked" +
         "; the check-in log keeps an anonymous row";
    return s;
}

bool is_erased(const Attendee& a) {
    return a.display_name == kErasedName && a.email.value.empty() && a.phone.value.empty() &&
           a.ticket_code.empty() && a.given_name.empty() && a.family_name.empty();
}

EraseReport erase_attendee(Store& store, AttendeeId id) {
    const std::optional<Attendee> a = store.attendee(id);
    if (!a) throw StoreError("there is no attendee " + std::to_string(id));
    EraseReport r;
    r.id = id;
    r.was_named = a->display_name;
    try {
        const std::vector<AttendeeId> present = store.present();
        r.was_present = std::find(present.begin(), present.end(), id) != present.end();
        store.transaction([&] {
            if (r.was_present) store.undo_check_in(id, "erased on request");
            store.update_attendee(blanked_attendee(*a));
            for (const PreferenceRow& p : store.preferences()) {
                if (p.from != id && p.to != id) continue;
                store.set_preference(p.from, p.to, Preference::None);
                ++r.preferences_removed;
            }
            r.round_reasons_blanked = store.blank_round_reasons(id);
        });
        const Withdrawal w =
            withdraw_suggestions_if(store, [id](const Pairing& p) { return p.mentor == id || p.mentee == id; });
        r.suggestions_withdrawn = w.withdrawn;
        r.suggestions_left_to_matcher = w.left_to_matcher;
    } catch (const StoreError& e) {
        throw StoreError(redacted(e.what(), *a), e.kind);
    } catch (const std::exception& e) {
        throw StoreError(redacted(e.what(), *a), StoreErrorKind::Other);
    }
    return r;
}

std::string scrub_postgres(const std::string& conninfo, int lock_timeout_ms) {
    pg::Connection db(conninfo);
    try {
        db.exec("SET lock_timeout = " + std::to_string(std::max(1, lock_timeout_ms)));
        // One statement per table: VACUUM cannot run in a transaction, and each takes its own lock.
        for (const char* table : {"attendees", "preferences", "suggestions", "round_pairings", "check_ins"})
            db.exec(std::string("VACUUM FULL ") + table);
    } catch (const StoreError& e) {
        if (e.kind == StoreErrorKind::Busy) throw StoreError(kScrubBlocked, StoreErrorKind::Busy);
        throw StoreError(std::string("could not rewrite the tables on the server: ") + e.what(), e.kind);
    }
    try {
        db.exec("CHECKPOINT");
    } catch (const StoreError&) {
        return "the server's old table files go at its next checkpoint (this login may not force one)";
    }
    return {};
}

void scrub_sqlite_file(const std::filesystem::path& path, int busy_timeout_ms) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    sqlite::Connection db(raw);
    if (rc != SQLITE_OK)
        throw StoreError("could not open " + path.string() + " to scrub it: " + sqlite3_errstr(rc), sqlite::classify(rc));
    sqlite3_busy_timeout(raw, busy_timeout_ms);
    try {
        db.exec("PRAGMA secure_delete = ON");
        checkpoint(db);                                   // old page images leave the WAL
        db.exec("VACUUM");                                // every page rewritten; freed ones zeroed
        checkpoint(db);                                   // and the VACUUM's own WAL frames too
    } catch (const StoreError& e) {
        if (e.kind == StoreErrorKind::Busy) throw StoreError(kScrubBlocked, StoreErrorKind::Busy);
        throw StoreError("could not scrub " + path.string() + ": " + e.what(), e.kind);
    }
}

} // namespace mb
