// core/privacy/retention.cpp — see retention.hpp.
#include "core/privacy/retention.hpp"

#include "core/privacy/erase.hpp"
#include "core/privacy/purge.hpp"
#include "core/store/open_store.hpp"

namespace mb {

namespace {

constexpr const char* kScrubPendingKey = "scrub_pending";

// Scrubs the file if nobody else has it open (no waiting: a kiosk must start promptly); true when done.
bool try_scrub(const std::string& db) {
    try {
        scrub_sqlite_file(db, 0);
        return true;
    } catch (const StoreError& e) {
        if (e.kind != StoreErrorKind::Busy) throw;
        return false;
    }
}

} // namespace

std::unique_ptr<Store> open_store_with_retention(const std::string& db, std::int64_t now_ms,
                                                 const std::function<void(const std::string&)>& notice) {
    std::unique_ptr<Store> store = open_store(db);
    const bool sqlite = !is_server_address(db);
    if (!sqlite) {                                        // see retention.hpp: never judged by a kiosk's clock
        if (const auto due = retention_due_ms(*store); due && now_ms >= *due)
            notice("the event's retention period has passed: run matchbooth purge on the event server");
        return store;
    }
    const std::optional<PurgeReport> purged = apply_retention(*store, now_ms);
    const bool pending = sqlite && (purged || store->setting(kScrubPendingKey).value_or("") == "1");
    if (purged) notice("the event's retention period has passed; " + purged->summary());
    if (!pending) return store;
    store.reset();                                        // the scrub needs no reader of ours
    const bool scrubbed = try_scrub(db);
    store = open_store(db);
    if (scrubbed) {
        if (store->setting(kScrubPendingKey)) store->set_setting(kScrubPendingKey, "0");
    } else {
        store->set_setting(kScrubPendingKey, "1");
        notice("the purged data's old copies are still in the database file because another program has it "
               "open; they are overwritten the next time it is opened alone");
    }
    return store;
}

} // namespace mb
