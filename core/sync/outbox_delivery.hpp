// core/sync/outbox_delivery.hpp — the two directions between the server and the local file, as plain steps:
// one queued op out to the server, and the server's changes into the mirror.
//
// OutboxStore (outbox_store.cpp) decides when each runs; these only do it. Provisional ids are replaced by
// the server's here (see outbox_file.hpp for the invariant).
#pragma once

#include "core/store/store.hpp"
#include "core/sync/outbox_file.hpp"

namespace mb::sync {

// Sends one op with its ids made the server's. For AddAttendee the server's id is recorded and the op
// removed in one local transaction; for the others the caller removes it. An edit, check-in or like of a
// person erased on the server meanwhile is not sent (it would restore them). Throws what the server throws.
void send_op(Store& server, OutboxFile& local, const OutboxOp& op);

// A walk-in the server refused because its email is already registered (imported, or registered at another
// kiosk) is that person: the provisional id is mapped to them and the op removed. false: not that case.
bool adopt_existing(Store& server, OutboxFile& local, const OutboxOp& op);

// Copies what changed on the server into the mirror, in one local transaction. After offline writes (meta
// "dirty") the attendee part is re-read whole, which drops provisional rows (id_map still answers them).
// Only what differs is written: the kiosk polls often, and a commit that wrote nothing costs no fsync.
void pull_mirror(Store& server, OutboxFile& local);

} // namespace mb::sync
