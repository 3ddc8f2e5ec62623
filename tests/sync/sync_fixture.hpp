// tests/sync/sync_fixture.hpp — one event on a SQLite "server" with three people, and kiosks that reach it
// through a switchable network (flaky_store.hpp), each with the outbox file in the same private folder.
#pragma once

#include <algorithm>
#include <chrono>
#include <memory>

#include "core/store/sqlite_store.hpp"
#include "core/sync/outbox_store.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/sync/flaky_store.hpp"

namespace mb::test {

struct SyncEvent {
    TempDir dir;                                               // server.db and outbox.db
    std::unique_ptr<Store> server = open_sqlite_store(dir / "server.db");
    Network net;                                               // the kiosks' way to the server
    AttendeeId ana = server->add_attendee(person("Ana Lima", "ana@example.org", Role::Mentee));
    AttendeeId ben = server->add_attendee(person("Ben Okafor", "ben@example.org", Role::Mentor, 12));
    AttendeeId zoe = server->add_attendee(person("Zoë Ñúñez", "zoe@example.org", Role::Mentor, 20));

    // retry_every defaults to "never by itself", so only the test decides when delivery happens; reconnects
    // run on the caller's thread unless a test is about the background ones.
    std::unique_ptr<OutboxStore> kiosk(std::chrono::milliseconds retry_every = std::chrono::hours(1),
                                       bool connect_in_background = false) {
        return open_outbox_store(flaky_connector(*server, net), {dir / "outbox.db", retry_every, connect_in_background});
    }

    // Check-in events the server holds for one attendee.
    long server_check_ins(AttendeeId id) {
        const auto log = server->check_in_log();
        return std::count_if(log.begin(), log.end(), [id](const CheckInEvent& e) { return e.attendee == id; });
    }

    bool server_present(AttendeeId id) {
        const auto p = server->present();
        return std::find(p.begin(), p.end(), id) != p.end();
    }
};

inline Attendee walk_in(std::string name, std::string email, std::string uuid) {
    Attendee a = person(std::move(name), std::move(email));
    a.uuid = std::move(uuid);
    return a;
}

} // namespace mb::test
