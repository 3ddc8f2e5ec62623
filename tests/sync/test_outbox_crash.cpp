// tests/sync/test_outbox_crash.cpp — nothing acknowledged offline is lost when the kiosk is killed (kill -9)
// and the server restarts before the outbox is delivered.
//
// A child process plays the offline kiosk: it checks people in one by one and reports each acknowledgement
// over a pipe. The parent kills it mid-stream with SIGKILL, restarts the "server" (a fresh connection to its
// file), reopens the outbox like a restarted kiosk and checks that every acknowledged check-in arrived once.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <cstdint>
#include <set>

#include "tests/sync/sync_fixture.hpp"

using namespace mb;
using namespace mb::test;

namespace {

// Kills and reaps the child however the test ends.
struct ChildGuard {
    pid_t pid = -1;                       // the child's pid; -1 once reaped
    ~ChildGuard() { stop(); }
    void stop() {
        if (pid <= 0) return;
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
        pid = -1;
    }
};

// The offline kiosk: never returns (a child must not run the parent's test machinery or destructors).
[[noreturn]] void offline_kiosk(const std::filesystem::path& outbox, const std::vector<AttendeeId>& ids, int ack_fd) {
    try {
        auto kiosk = open_outbox_store(
            []() -> std::unique_ptr<Store> { throw StoreError("server is gone", StoreErrorKind::Unreachable); },
            {outbox, std::chrono::hours(1), false});
        for (const AttendeeId id : ids) {
            kiosk->check_in(id, "kiosk");
            if (::write(ack_fd, &id, sizeof id) != static_cast<ssize_t>(sizeof id)) ::_exit(3);
        }
        for (;;) ::pause();               // wait for the kill, holding the file open
    } catch (...) {
        ::_exit(2);
    }
}

} // namespace

TEST_CASE("Check-ins acknowledged offline survive kill -9 of the kiosk and a restart of the server") {
    SyncEvent ev;
    std::vector<AttendeeId> ids;
    for (int i = 0; i < 40; ++i)
        ids.push_back(ev.server->add_attendee(person("Guest " + std::to_string(i), "guest" + std::to_string(i) + "@example.org")));
    ev.kiosk().reset();                   // one online start: the mirror now knows everybody

    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    ChildGuard child;
    child.pid = ::fork();
    REQUIRE(child.pid >= 0);
    if (child.pid == 0) {
        ::close(fds[0]);
        offline_kiosk(ev.dir / "outbox.db", ids, fds[1]);
    }
    ::close(fds[1]);

    std::set<AttendeeId> acknowledged;
    AttendeeId id = 0;
    while (acknowledged.size() < 15 && ::read(fds[0], &id, sizeof id) == static_cast<ssize_t>(sizeof id))
        acknowledged.insert(id);
    child.stop();                         // SIGKILL, mid-stream
    while (::read(fds[0], &id, sizeof id) == static_cast<ssize_t>(sizeof id)) acknowledged.insert(id);   // in flight
    ::close(fds[0]);
    REQUIRE(acknowledged.size() >= 15);
    for (const AttendeeId a : acknowledged) CHECK_FALSE(ev.server_present(a));   // truly offline until now

    ev.server = open_sqlite_store(ev.dir / "server.db");   // the server restarted
    auto kiosk = ev.kiosk();              // the kiosk restarted; opening delivers
    CHECK(kiosk->status().pending == 0);
    for (const AttendeeId a : acknowledged) {
        CHECK(ev.server_present(a));
        CHECK(ev.server_check_ins(a) == 1);
    }
}
