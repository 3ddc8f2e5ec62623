// tests/store/test_pg_processes.cpp — several real processes against one PostgreSQL server that is killed
// and restarted under them: what a kiosk was told ("checked in") must be true afterwards, exactly once.
//
// These tests stop the server, so each runs its own private cluster (PgCluster), never the shared one.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <thread>

#include "core/store/pg_store.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/pg_cluster.hpp"
#include "tests/support/run_process.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;
using mb::test::person;
using mb::test::PgCluster;

namespace {

// A kiosk stand-in: a bash loop running `matchbooth checkin --attendee i` for i = 1..count, retrying each
// person until the CLI says it is done (exit 0: "checked in" or "already checked in"), and appending i to
// the acknowledgement file only then. Runs in its own process group, so kill() takes the loop and its
// current matchbooth child together. The destructor kills whatever still runs, even when a test failed.
class Storm {
public:
    Storm(const std::string& conninfo, int count, const std::filesystem::path& acks) {
        const std::string checkin = std::string(MATCHBOOTH_BINARY_DIR) + "/matchbooth checkin --db " +
                                    mb::test::quoted(conninfo) + " --attendee $i >/dev/null 2>&1";
        const std::string script = "for i in $(seq 1 " + std::to_string(count) + "); do for try in $(seq 1 400); "
                                   "do if " + checkin + "; then echo $i >> " + mb::test::quoted(acks.string()) +
                                   "; break; fi; sleep 0.05; done; done";
        pid_ = ::fork();
        if (pid_ == 0) {
            ::setpgid(0, 0);
            ::execl("/bin/bash", "bash", "-c", script.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        if (pid_ < 0) throw std::runtime_error("fork failed");
        ::setpgid(pid_, pid_);                                          // whichever of the two runs first
    }
    ~Storm() { kill(); }
    Storm(const Storm&) = delete;
    Storm& operator=(const Storm&) = delete;

    void kill() {
        if (pid_ <= 0) return;
        ::kill(-pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }

    // Waits up to `limit` for the loop to end by itself; true if it did (and exited 0).
    bool wait_for_end(std::chrono::seconds limit) {
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (std::chrono::steady_clock::now() < deadline) {
            int status = 0;
            if (::waitpid(pid_, &status, WNOHANG) == pid_) {
                pid_ = -1;
                return WIFEXITED(status) && WEXITSTATUS(status) == 0;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return false;
    }

private:
    pid_t pid_ = -1;                      // the bash loop, also its process group id; -1 once reaped
};

std::vector<AttendeeId> read_acks(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::vector<AttendeeId> out;
    for (AttendeeId id = 0; in >> id;) out.push_back(id);
    return out;
}

// Waits (bounded) until the file holds at least n acknowledgements.
void wait_for_acks(const std::filesystem::path& path, std::size_t n) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (read_acks(path).size() < n && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

} // namespace

TEST_CASE("pg: check-in storms through a server crash and a killed kiosk lose and double nothing", "[pg][slow]") {
    PgCluster cluster;
    cluster.psql("CREATE DATABASE storm");
    const std::string conninfo = cluster.conninfo("storm");
    constexpr int kPeople = 120;
    {
        auto setup = open_pg_store(conninfo);
        setup->transaction([&] {
            for (int i = 0; i < kPeople; ++i) setup->add_attendee(person("Person " + std::to_string(i)));
        });
    }
    mb::test::TempDir dir;
    const auto acks_a = dir / "a.acks";
    const auto acks_b = dir / "b.acks";
    Storm a(conninfo, kPeople, acks_a);                                 // both storms walk the same people,
    Storm b(conninfo, kPeople, acks_b);                                 // so they race on every check-in

    wait_for_acks(acks_a, kPeople / 5);
    cluster.stop("immediate");                                          // a crash: no shutdown checkpoint
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    cluster.start();
    const std::size_t acked_before_restart = read_acks(acks_a).size();
    wait_for_acks(acks_a, kPeople / 2);
    b.kill();                                                           // a kiosk dies mid-storm
    REQUIRE(a.wait_for_end(std::chrono::seconds(300)));

    auto store = open_pg_store(conninfo);
    const auto log = store->check_in_log();
    std::map<AttendeeId, int> events;
    for (const auto& e : log) {
        REQUIRE(e.kind == CheckInKind::In);
        ++events[e.attendee];
    }
    for (const auto& [id, n] : events) REQUIRE(n == 1);                 // nobody twice
    const auto acked_a = read_acks(acks_a);
    REQUIRE(acked_a.size() == kPeople);                                 // the survivor finished everyone
    REQUIRE(acked_a.size() > acked_before_restart);                     // ... also after the crash
    for (AttendeeId id : acked_a) REQUIRE(events.count(id) == 1);
    for (AttendeeId id : read_acks(acks_b)) REQUIRE(events.count(id) == 1);
    REQUIRE(store->present_count() == kPeople);
}

TEST_CASE("pg: a store recovers by itself when the server comes back", "[pg][slow]") {
    PgCluster cluster;
    cluster.psql("CREATE DATABASE event");
    auto kiosk = open_pg_store(cluster.conninfo("event"));
    auto board = open_pg_store(cluster.conninfo("event"));
    const AttendeeId ana = kiosk->add_attendee(person("Ana"));
    const AttendeeId bo = kiosk->add_attendee(person("Bo"));
    kiosk->check_in(ana, "kiosk");
    board->acquire_matcher_lease("board", 60'000);

    cluster.stop("immediate");
    try {
        kiosk->check_in(bo, "kiosk");
        FAIL("a check-in was acknowledged while the server was down");
    } catch (const StoreError& e) {
        REQUIRE(e.kind == StoreErrorKind::Unreachable);
        REQUIRE_THAT(e.what(), Catch::Contains("cannot be reached") && Catch::Contains(cluster.dir().string()));
    }
    const auto board_before = board->change_counter();                 // must not throw while down
    cluster.start();

    // The first call after the restart reconnects; nothing was half-written by the failed one.
    REQUIRE_FALSE(kiosk->check_in(bo, "kiosk").already_present);
    REQUIRE(board->present() == std::vector<AttendeeId>{ana, bo});
    REQUIRE(board->change_counter() != board_before);
    REQUIRE(board->acquire_matcher_lease("board", 60'000));            // its lock went with the old session
    REQUIRE(kiosk->check_in_log().size() == 2);
}
