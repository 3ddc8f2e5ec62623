// core/sync/outbox_delivery.cpp — see outbox_delivery.hpp.
#include "core/sync/outbox_delivery.hpp"

#include <set>

#include "core/privacy/erase.hpp"

namespace mb::sync {

namespace {

// The server id for an id in an op; a provisional id whose registration was refused cannot be delivered.
AttendeeId server_id(OutboxFile& local, AttendeeId id) {
    const AttendeeId real = id < 0 ? local.mapped_id(id).value_or(id) : id;
    if (real < 0) throw StoreError("the registration this change belongs to was refused by the server");
    return real;
}

// A person erased on the server (core/privacy/erase.hpp) stays erased: an edit, check-in or like queued on
// this kiosk before the erasure is dropped instead of delivered, so it cannot bring their data back.
bool erased_on_server(Store& server, AttendeeId id) {
    const std::optional<Attendee> a = server.attendee(id);
    return a && is_erased(*a);
}

} // namespace

void send_op(Store& server, OutboxFile& local, const OutboxOp& op) {
    switch (op.kind) {
    case OpKind::AddAttendee: {
        const AttendeeId id = server.add_attendee(*op.attendee);     // by uuid: a replay returns the same id
        local.transaction([&] {
            local.map_id(op.who, id);
            local.remove(op.seq);
        });
        return;
    }
    case OpKind::UpdateAttendee: {
        Attendee a = *op.attendee;
        a.id = server_id(local, op.who);
        if (erased_on_server(server, a.id)) return;
        server.update_attendee(a);
        return;
    }
    case OpKind::CheckIn: {
        const AttendeeId who = server_id(local, op.who);
        if (!erased_on_server(server, who)) server.check_in(who, op.source, op.uuid);
        return;
    }
    case OpKind::SetPreference: {
        const AttendeeId from = server_id(local, op.who), to = server_id(local, op.other);
        if (!erased_on_server(server, from) && !erased_on_server(server, to))
            server.set_preference(from, to, op.preference);
        return;
    }
    }
}

bool adopt_existing(Store& server, OutboxFile& local, const OutboxOp& op) {
    if (op.kind != OpKind::AddAttendee || !op.attendee) return false;
    try {
        const auto existing = server.attendee_by_email(op.attendee->email.value);
        if (!existing) return false;
        local.transaction([&] {
            local.map_id(op.who, existing->id);
            local.remove(op.seq);
        });
        return true;
    } catch (const StoreError&) {
        return false;
    }
}

void pull_mirror(Store& server, OutboxFile& local) {
    local.transaction([&] {
        if (local.meta("dirty") != 0) {
            local.clear_people();
            local.set_meta("dirty", 0);
        }
        const std::int64_t revision = local.meta("attendee_revision");
        const AttendeeChanges changes = server.attendees_changed_since(revision);
        for (const Attendee& a : changes.changed) local.put_person(a, changes.revision, false);
        if (changes.revision != revision) local.set_meta("attendee_revision", changes.revision);
        for (const CheckInEvent& e : server.check_in_log_since(local.meta("log_seq"))) {
            local.set_present(e.attendee, e.kind == CheckInKind::In);
            local.set_meta("log_seq", e.seq);
        }
        local.replace_preferences(server.preferences());
        std::set<std::int64_t> known;
        for (const Round& r : local.rounds()) known.insert(r.id);
        for (const Round& r : server.rounds()) {
            if (!known.count(r.id)) local.put_round(r, server.round_pairings(r.id));
        }
        local.replace_suggestions(server.stored_suggestions());
    });
}

} // namespace mb::sync
