// core/sync/outbox_store.cpp — OutboxStore: server when reachable, local outbox + mirror when not.
// See outbox_store.hpp for the behaviour and outbox_file.hpp for the local file and provisional ids.
//
// Sending ops and pulling the mirror are plain steps in outbox_delivery.cpp; this file decides when.
//
// Index of sections:
//   [SECTION] Modes and helpers
//   [SECTION] Transactions and the change counter
//   [SECTION] Reads
//   [SECTION] Kiosk writes (queued when offline)
//   [SECTION] Organizer writes (need the server)
//   [SECTION] Delivery and the mirror
#include "core/sync/outbox_store.hpp"

#include <map>

#include "core/sync/background_connect.hpp"
#include "core/sync/outbox_delivery.hpp"
#include "core/sync/outbox_file.hpp"
#include "core/util/ids.hpp"

namespace mb {

namespace {

using sync::OpKind;
using sync::OutboxOp;

constexpr const char* kOrganizerOffline =
    "the event server cannot be reached; organizer changes need it (check-ins still work and will sync)";

OutboxOp make_op(OpKind kind, std::string uuid, AttendeeId who) {
    OutboxOp op;
    op.kind = kind;
    op.uuid = std::move(uuid);
    op.who = who;
    return op;
}

// How long one change_counter() poll may spend delivering: the kiosk polls from its frame loop.
constexpr std::chrono::milliseconds kPollBudget{100};

bool unreachable(const StoreError& e) { return e.kind == StoreErrorKind::Unreachable; }

void validate_attendee(const Attendee& a) {
    if (a.display_name.empty()) throw StoreError("an attendee needs a name");
    if (a.years_experience < 0 || a.years_experience > 80)
        throw StoreError("years of experience must be between 0 and 80 (got " + std::to_string(a.years_experience) + ")");
}

class OutboxStoreImpl final : public OutboxStore {
public:
    OutboxStoreImpl(StoreConnector connect, const OutboxOptions& options)
        : connect_(std::move(connect)), local_(options.file), retry_every_(options.retry_every) {
        if (options.connect_in_background) background_.emplace(connect_);
        recount();
        try {
            remote_ = connect_();
        } catch (const StoreError& e) {
            if (!unreachable(e)) throw;
            last_error_ = e.what();
        }
        last_attempt_ = std::chrono::steady_clock::now();
        if (remote_) sync_once();          // delivers what a killed kiosk left, then refreshes the mirror
    }

    // --- [SECTION] Modes and helpers ----------------------------------------------------------------------
    //
    // "Direct" = calls go to the server. Not while anything waits in the outbox (a new write must not
    // overtake an older one) and not inside a transaction body that is running offline.
    bool direct() const { return remote_ && pending_ == 0 && local_depth_ == 0; }

    void go_offline(const StoreError& e) {
        remote_.reset();
        last_error_ = e.what();
        last_attempt_ = std::chrono::steady_clock::now();
        ++bumps_;
    }

    // A provisional id the outbox has since delivered reads as the server's id (the kiosk may still hold it).
    AttendeeId resolve(AttendeeId id) {
        if (id >= 0) return id;
        return local_.mapped_id(id).value_or(id);
    }

    // Runs a read on the server when direct, else (or when the server is lost) on the mirror. Inside a
    // server transaction a lost server propagates, so transaction() can re-run the body offline.
    template <class Online, class Offline>
    auto read(Online online, Offline offline) -> decltype(offline()) {
        if (direct()) {
            try {
                return online(*remote_);
            } catch (const StoreError& e) {
                if (!unreachable(e) || remote_depth_ > 0) throw;
                go_offline(e);
            }
        }
        return offline();
    }

    // Runs a kiosk write on the server when direct; else (or when the server is lost) runs `offline` in one
    // local transaction: mirror updated and op queued together, and only then does the caller get its answer.
    void write(const std::function<void(Store&)>& online, const std::function<void()>& offline) {
        if (direct()) {
            try {
                online(*remote_);
                mirror_stale_ = true;
                return;
            } catch (const StoreError& e) {
                if (!unreachable(e) || remote_depth_ > 0) throw;
                go_offline(e);
            }
        }
        try {
            local_.transaction([&] {
                offline();
                local_.set_meta("dirty", 1);
            });
        } catch (...) {
            recount();                         // an op queued before the failure was rolled back with it
            throw;
        }
        ++bumps_;
    }

    // Re-reads the outbox counts from the file: after a rollback, and before delivering (another process
    // on this machine — `matchbooth sync`, a second screen — may have delivered or queued meanwhile).
    void recount() noexcept {
        try {
            pending_ = local_.pending();
            refused_ = local_.refused();
        } catch (const StoreError&) {
        }
    }

    void queue(OutboxOp op) {
        op.at_ms = now_unix_ms();
        local_.push(std::move(op));
        ++pending_;      // a rolled-back body re-reads the count (see transaction())
    }

    Attendee require_person(AttendeeId id) {
        auto p = local_.person(id);
        if (!p) throw StoreError("no attendee with id " + std::to_string(id));
        return *p;
    }

    void require_unique_email(const Attendee& a) {
        if (auto other = local_.person_by_email(a.email.value); other && other->id != a.id)
            throw StoreError(duplicate_email_message(other->id));
    }

    // --- [SECTION] Transactions and the change counter ------------------------------------------------------
    void transaction(const std::function<void()>& body) override {
        if (remote_depth_ > 0) return remote_->transaction(body);      // nested, on the server
        if (local_depth_ > 0) return local_.transaction(body);         // nested, offline
        if (direct()) {
            ++remote_depth_;
            try {
                remote_->transaction(body);
                --remote_depth_;
                mirror_stale_ = true;
                return;
            } catch (const StoreError& e) {
                --remote_depth_;
                if (!unreachable(e)) throw;
                go_offline(e);                 // and run the body again below, offline
            } catch (...) {
                --remote_depth_;
                throw;
            }
        }
        ++local_depth_;
        try {
            local_.transaction([&] {
                body();
                local_.set_meta("dirty", 1);
            });
        } catch (...) {
            --local_depth_;
            recount();                         // ops queued by the rolled-back body are gone
            throw;
        }
        --local_depth_;
        ++bumps_;
    }

    // Cheap while nothing changes: one server counter read online; nothing at all offline (a delivery
    // attempt every retry_every). The value is the server's counter plus our own mode changes and offline
    // writes, so it moves whenever anything a screen shows could have changed.
    std::uint64_t change_counter() override {
        if (remote_depth_ == 0 && local_depth_ == 0) {
            if (!direct()) recount();          // another process may have emptied the outbox
            adopt_background_connection();
            const bool due = std::chrono::steady_clock::now() - last_attempt_ >= retry_every_;
            if (!direct() && (behind_ || due)) {
                if (!remote_ && background_) {
                    background_->start();      // the next polls look whether it got through
                    last_attempt_ = std::chrono::steady_clock::now();
                } else {
                    deliver_for(kPollBudget);
                }
            }
            if (direct()) {
                try {
                    const std::uint64_t c = remote_->change_counter();
                    if (c != remote_counter_ || mirror_stale_) {
                        remote_counter_ = c;
                        refresh_mirror();
                    }
                } catch (const StoreError& e) {
                    if (!unreachable(e)) throw;
                    go_offline(e);
                }
            }
        }
        return remote_counter_ + bumps_;
    }

    // --- [SECTION] Reads -------------------------------------------------------------------------------------
    std::optional<std::string> setting(std::string_view key) override {
        return read([&](Store& r) {
                        auto v = r.setting(key);
                        remember_setting(key, v);
                        return v;
                    },
                    [&] { return local_.setting(key); });
    }

    std::optional<Attendee> attendee(AttendeeId id) override {
        const AttendeeId real = resolve(id);
        return read([&](Store& r) { return r.attendee(real); }, [&] { return local_.person(real); });
    }

    std::optional<Attendee> attendee_by_email(std::string_view email) override {
        return read([&](Store& r) { return r.attendee_by_email(email); }, [&] { return local_.person_by_email(email); });
    }

    std::vector<Attendee> attendees() override {
        return read([](Store& r) { return r.attendees(); }, [&] { return local_.people(); });
    }

    std::int64_t attendee_count() override {
        return read([](Store& r) { return r.attendee_count(); }, [&] { return local_.people_count(); });
    }

    AttendeeChanges attendees_changed_since(std::int64_t revision) override {
        return read([&](Store& r) { return r.attendees_changed_since(revision); },
                    [&] { return local_.people_changed_since(revision); });
    }

    // The log's sequence numbers are the server's; an offline copy would have to invent some, so the log is
    // only answered online (its readers are the matcher and export, neither runs offline).
    std::vector<CheckInEvent> check_in_log() override {
        return read([](Store& r) { return r.check_in_log(); }, []() -> std::vector<CheckInEvent> { throw log_offline(); });
    }

    std::vector<CheckInEvent> check_in_log_since(std::int64_t after_seq) override {
        return read([&](Store& r) { return r.check_in_log_since(after_seq); },
                    []() -> std::vector<CheckInEvent> { throw log_offline(); });
    }

    std::vector<AttendeeId> present() override {
        return read([](Store& r) { return r.present(); }, [&] { return local_.present(); });
    }

    std::int64_t present_count() override {
        return read([](Store& r) { return r.present_count(); },
                    [&] { return static_cast<std::int64_t>(local_.present().size()); });
    }

    std::vector<PreferenceRow> preferences() override {
        return read([](Store& r) { return r.preferences(); }, [&] { return local_.preferences(); });
    }

    std::vector<Round> rounds() override {
        return read([](Store& r) { return r.rounds(); }, [&] { return local_.rounds(); });
    }

    std::vector<Pairing> round_pairings(std::int64_t round_id) override {
        return read([&](Store& r) { return r.round_pairings(round_id); }, [&] { return local_.round_pairings(round_id); });
    }

    std::optional<std::string> matcher_lease_holder() override {
        return read([](Store& r) { return r.matcher_lease_holder(); }, [] { return std::optional<std::string>(); });
    }

    std::vector<Pairing> stored_suggestions() override {
        return read([](Store& r) { return r.stored_suggestions(); }, [&] { return local_.suggestions(); });
    }

    // --- [SECTION] Kiosk writes (queued when offline) -------------------------------------------------------
    //
    // A check-in's uuid is made before the first attempt: if the server commits and the answer is lost, the
    // outbox delivers the same uuid again and the server keeps one event. Registrations bring their own uuid
    // (the kiosk makes one per walk-in); one without is sent as it is online (the store contract keeps ""),
    // and gets one only when it is queued.
    // Offline, the server's own checks (name, years, unique email) are repeated against the mirror, so a
    // person is told at once rather than the write being refused at delivery.
    AttendeeId add_attendee(const Attendee& a) override {
        Attendee copy = a;
        AttendeeId id = 0;
        write([&](Store& r) { id = r.add_attendee(copy); },
              [&] {
                  validate_attendee(copy);
                  if (copy.uuid.empty()) copy.uuid = make_uuid();
                  if (auto seen = local_.person_by_uuid(copy.uuid)) {   // the same registration again
                      id = seen->id;
                      return;
                  }
                  copy.id = 0;
                  require_unique_email(copy);
                  copy.id = id = local_.next_provisional_id();
                  local_.put_person(copy, 0, true);
                  OutboxOp op = make_op(OpKind::AddAttendee, copy.uuid, id);
                  op.attendee = copy;
                  queue(std::move(op));
              });
        return id;
    }

    void update_attendee(const Attendee& a) override {
        Attendee copy = a;
        copy.id = resolve(a.id);
        write([&](Store& r) { r.update_attendee(copy); },
              [&] {
                  validate_attendee(copy);
                  const Attendee before = require_person(copy.id);
                  require_unique_email(copy);
                  copy.uuid = before.uuid;                 // the registration's uuid is not editable
                  local_.put_person(copy, 0, true);
                  OutboxOp op = make_op(OpKind::UpdateAttendee, make_uuid(), copy.id);
                  op.attendee = copy;
                  queue(std::move(op));
              });
    }

    CheckInResult check_in(AttendeeId id, std::string_view source, std::string_view uuid) override {
        const AttendeeId real = resolve(id);
        const std::string u = uuid.empty() ? make_uuid() : std::string(uuid);
        CheckInResult result;
        write([&](Store& r) { result = r.check_in(real, source, u); },
              [&] {
                  require_person(real);
                  result.already_present = local_.is_present(real);
                  result.event = {0, real, CheckInKind::In, now_unix_ms(), std::string(source), u};
                  local_.set_present(real, true);
                  // Queued even when the mirror says "present": the mirror may be behind an undo on the server.
                  OutboxOp op = make_op(OpKind::CheckIn, u, real);
                  op.source = source;
                  queue(std::move(op));
              });
        return result;
    }

    void set_preference(AttendeeId from, AttendeeId to, Preference p) override {
        const AttendeeId f = resolve(from), t = resolve(to);
        if (f == t) throw StoreError("a person cannot like or decline themselves");
        write([&](Store& r) { r.set_preference(f, t, p); },
              [&] {
                  require_person(f);
                  require_person(t);
                  local_.put_preference({f, t, p, now_unix_ms()});
                  OutboxOp op = make_op(OpKind::SetPreference, make_uuid(), f);
                  op.other = t;
                  op.preference = p;
                  queue(std::move(op));
              });
    }

    // --- [SECTION] Organizer writes (need the server) -------------------------------------------------------
    void organizer(const std::function<void(Store&)>& body) {
        if (local_depth_ > 0) throw StoreError(kOrganizerOffline, StoreErrorKind::Unreachable);
        if (!remote_ && remote_depth_ == 0) sync_once();       // an organizer should not wait for the timer
        if (!remote_) throw StoreError(kOrganizerOffline, StoreErrorKind::Unreachable);
        try {
            body(*remote_);
            mirror_stale_ = true;
        } catch (const StoreError& e) {
            if (!unreachable(e) || remote_depth_ > 0) throw;
            go_offline(e);
            throw StoreError(kOrganizerOffline, StoreErrorKind::Unreachable);
        }
    }

    void set_setting(std::string_view key, std::string_view value) override {
        organizer([&](Store& r) { r.set_setting(key, value); });
        remember_setting(key, std::string(value));
    }

    bool undo_check_in(AttendeeId id, std::string_view source) override {
        bool undone = false;
        organizer([&](Store& r) { undone = r.undo_check_in(resolve(id), source); });
        return undone;
    }

    Round start_round(std::span<const Pairing> pairings, int duration_s) override {
        Round round;
        organizer([&](Store& r) { round = r.start_round(pairings, duration_s); });
        return round;
    }

    int blank_round_reasons(AttendeeId id) override {
        const AttendeeId real = id == 0 ? 0 : resolve(id);
        int changed = 0;
        organizer([&](Store& r) { changed = r.blank_round_reasons(real); });
        local_.blank_round_reasons(real);                  // the mirror never re-reads a round it holds
        return changed;
    }

    void store_suggestions(std::span<const Pairing> pairs, std::string_view holder) override {
        organizer([&](Store& r) { r.store_suggestions(pairs, holder); });
    }

    bool acquire_matcher_lease(std::string_view holder, std::int64_t ttl_ms) override {
        return read([&](Store& r) { return r.acquire_matcher_lease(holder, ttl_ms); }, [] { return false; });
    }

    void release_matcher_lease(std::string_view holder) override {
        // Offline: nothing to do, the lease expires by itself on the server.
        read([&](Store& r) { r.release_matcher_lease(holder); return 0; }, [] { return 0; });
    }

    // --- [SECTION] Delivery and the mirror -------------------------------------------------------------------

    // Takes a connection a background attempt made; delivery then starts at once, on this thread.
    void adopt_background_connection() {
        if (!background_) return;
        auto outcome = background_->take();
        if (!outcome) return;
        if (remote_) return;                   // connected meanwhile (sync_once); the extra one is closed
        if (!outcome->store) {
            last_error_ = outcome->error;
            return;
        }
        remote_ = std::move(outcome->store);
        behind_ = true;
        ++bumps_;
    }

    OutboxStatus status() override { return {remote_ != nullptr, pending_, refused_, last_error_}; }

    OutboxStatus sync_once() override { return deliver_for(std::chrono::steady_clock::duration::max()); }

    // Delivers in order until the outbox is empty, the server is lost or refuses for now, or `budget` has
    // passed (then behind_ asks the next poll to go on at once, so a long outbox never freezes the screen).
    OutboxStatus deliver_for(std::chrono::steady_clock::duration budget) {
        if (remote_depth_ > 0 || local_depth_ > 0) return status();     // never from inside a transaction body
        behind_ = false;
        recount();
        last_attempt_ = std::chrono::steady_clock::now();
        if (!remote_) {
            try {
                remote_ = connect_();
                ++bumps_;
            } catch (const std::exception& e) {
                last_error_ = e.what();
                return status();
            }
        }
        last_error_.clear();                   // connected; a refusal below says so again
        const auto start = std::chrono::steady_clock::now();
        while (auto op = local_.front()) {
            if (std::chrono::steady_clock::now() - start >= budget) {
                behind_ = true;
                return status();
            }
            if (!deliver_one(*op)) return status();
        }
        recount();
        refresh_mirror();
        return status();
    }

    // Delivers one op. true: it is done with (delivered or set aside as refused); false: stop for now.
    bool deliver_one(OutboxOp op) {
        try {
            sync::send_op(*remote_, local_, op);
            local_.remove(op.seq);         // after the server answered: a crash before this = a no-op replay
            --pending_;
            ++bumps_;
            return true;
        } catch (const StoreError& e) {
            if (unreachable(e)) {
                go_offline(e);
                return false;
            }
            if (e.kind != StoreErrorKind::Invalid) {       // busy, full ...: the server may take it later
                last_error_ = e.what();
                return false;
            }
            if (sync::adopt_existing(*remote_, local_, op)) {
                --pending_;
                return true;
            }
            local_.refuse(op, e.what());
            last_error_ = std::string("the server refused a write made offline: ") + e.what();
            --pending_;
            ++refused_;
            return true;
        }
    }

    // Brings the mirror up to the server's state. Only while nothing waits (else it would hide this kiosk's
    // own offline writes).
    void refresh_mirror() {
        if (!direct()) return;
        try {
            sync::pull_mirror(*remote_, local_);
            mirror_stale_ = false;
        } catch (const StoreError& e) {
            if (!unreachable(e)) {
                last_error_ = e.what();
                return;
            }
            go_offline(e);
        }
    }

    // Settings have no "list all" call, so the mirror keeps those that were read while online.
    void remember_setting(std::string_view key, const std::optional<std::string>& value) {
        const std::string k(key);
        if (auto it = settings_seen_.find(k); it != settings_seen_.end() && it->second == value) return;
        local_.put_setting(key, value);
        settings_seen_[k] = value;
    }

    static StoreError log_offline() {
        return StoreError("the event server cannot be reached; the check-in log needs it", StoreErrorKind::Unreachable);
    }

private:
    StoreConnector connect_;
    sync::OutboxFile local_;
    std::optional<sync::BackgroundConnect> background_;   // reconnects off the caller's thread (see options)
    std::unique_ptr<Store> remote_;                        // null while offline
    std::chrono::milliseconds retry_every_;
    bool behind_ = false;                                  // the last delivery stopped at its time budget
    std::chrono::steady_clock::time_point last_attempt_;   // last connect/delivery attempt
    std::string last_error_;                               // for status(); "" when all is well
    std::int64_t pending_ = 0;                             // ops in the outbox (mirrors local_.pending())
    std::int64_t refused_ = 0;                             // ops set aside as refused
    int remote_depth_ = 0;                                 // > 0: inside a transaction body on the server
    int local_depth_ = 0;                                  // > 0: inside a transaction body running offline
    std::uint64_t remote_counter_ = 0;                     // the server's change_counter() last seen
    std::uint64_t bumps_ = 0;                              // our own offline writes, deliveries, mode changes
    bool mirror_stale_ = true;                             // we wrote to the server since the last refresh
    std::map<std::string, std::optional<std::string>> settings_seen_;   // what the mirror holds, to skip rewrites
};

} // namespace

std::string outbox_notice(const OutboxStatus& s) {
    std::string text;
    if (!s.online) text = "Offline — " + std::to_string(s.pending) + " waiting to sync";
    else if (s.pending > 0) text = "Syncing — " + std::to_string(s.pending) + " waiting";
    if (s.refused > 0)
        text += (text.empty() ? "" : "; ") + std::to_string(s.refused) + " refused by the server (see matchbooth sync)";
    return text;
}

std::unique_ptr<OutboxStore> open_outbox_store(StoreConnector connect, const OutboxOptions& options) {
    return std::make_unique<OutboxStoreImpl>(std::move(connect), options);
}

} // namespace mb
