// bench/store/bench_writers.cpp — see bench_writers.hpp.
//
// Each writer is a forked process with its own connection, as separate kiosks are. They open their store,
// report ready, wait for a common start, then check in their own slice of people (no two writers touch the
// same person, so the figure is throughput, not the "already present" shortcut). Wall time runs from the
// start signal until the last writer exits.
#include "bench/store/bench_writers.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/store/pg_store.hpp"
#include "core/store/sqlite_store.hpp"
#include "tests/support/fixtures.hpp"
#include "tests/support/pg_cluster.hpp"

namespace mb::bench {

namespace {

using Clock = std::chrono::steady_clock;
using Opener = std::function<std::unique_ptr<Store>()>;

constexpr int kPeople = 8000;             // attendees in the event
constexpr int kPerWriterOne = 2000;       // check-ins by the lone writer
constexpr int kPerWriterThree = 1000;     // check-ins by each of three writers

void create_people(Store& store) {
    store.transaction([&] {
        for (int i = 0; i < kPeople; ++i) store.add_attendee(mb::test::person("Person " + std::to_string(i)));
    });
}

// The child's whole life: open, say ready, wait for go, check in ids [first, first + count).
[[noreturn]] void writer_process(const Opener& open, int ready_fd, int go_fd, AttendeeId first, int count) {
    int code = 0;
    try {
        auto store = open();
        char c = 'r';
        if (::write(ready_fd, &c, 1) != 1) ::_exit(3);
        if (::read(go_fd, &c, 1) != 1) ::_exit(3);
        for (AttendeeId id = first; id < first + count; ++id) store->check_in(id, "bench");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "writer: %s\n", e.what());
        code = 1;
    }
    ::_exit(code);
}

// Returns check-ins per second over all writers, or nullopt if a writer failed.
std::optional<double> run_writers(const Opener& open, int writers, int per_writer, AttendeeId first) {
    int ready[2];
    int go[2];
    if (::pipe(ready) != 0 || ::pipe(go) != 0) return std::nullopt;
    std::vector<pid_t> pids;
    for (int w = 0; w < writers; ++w) {
        const pid_t pid = ::fork();
        if (pid == 0) writer_process(open, ready[1], go[0], first + w * per_writer, per_writer);
        pids.push_back(pid);
    }
    char c = 0;
    for (int w = 0; w < writers; ++w)
        if (::read(ready[0], &c, 1) != 1) return std::nullopt;
    const auto t0 = Clock::now();
    for (int w = 0; w < writers; ++w)
        if (::write(go[1], "g", 1) != 1) return std::nullopt;
    bool ok = true;
    for (pid_t pid : pids) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        ok = ok && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    const double s = std::chrono::duration<double>(Clock::now() - t0).count();
    for (int fd : {ready[0], ready[1], go[0], go[1]}) ::close(fd);
    if (!ok) return std::nullopt;
    return writers * per_writer / s;
}

void report(const char* store_name, const Opener& open) {
    auto setup = open();
    create_people(*setup);
    const auto one = run_writers(open, 1, kPerWriterOne, 1);
    const auto three = run_writers(open, 3, kPerWriterThree, 1 + kPerWriterOne);
    const auto log = setup->check_in_log().size();
    std::printf("%-10s 1 writer: %7.0f check-ins/s   3 writer processes: %7.0f check-ins/s   (log: %zu events)\n",
                store_name, one.value_or(0), three.value_or(0), log);
    if (!one || !three) std::printf("%-10s a writer FAILED (see above)\n", store_name);
    const auto t0 = Clock::now();
    std::uint64_t sink = 0;
    for (int i = 0; i < 10000; ++i) sink += setup->change_counter();
    const double cc_us = std::chrono::duration<double>(Clock::now() - t0).count() * 1e6 / 10000;
    const auto t1 = Clock::now();
    for (int i = 0; i < 100; ++i) sink += setup->present().size();
    const double present_ms = std::chrono::duration<double>(Clock::now() - t1).count() * 1000 / 100;
    std::printf("%-10s change_counter() idle: %.1f us; present() with %d present: %.2f ms%s\n", store_name, cc_us,
                kPerWriterOne + 3 * kPerWriterThree, present_ms, sink == 0 ? " (nothing read?)" : "");
}

} // namespace

void bench_writers(const std::filesystem::path& sqlite_path, const std::string& pg_conninfo) {
    std::filesystem::remove(sqlite_path);
    report("SQLite", [&] { return open_sqlite_store(sqlite_path); });
    std::filesystem::remove(sqlite_path);

    std::unique_ptr<mb::test::PgCluster> cluster;
    std::string conninfo = pg_conninfo;
    if (conninfo.empty()) {
        cluster = std::make_unique<mb::test::PgCluster>(true);        // fsync on: what a real server does
        cluster->psql("CREATE DATABASE bench");
        conninfo = cluster->conninfo("bench");
        std::printf("PostgreSQL: throwaway local cluster (unix socket, fsync on) in %s\n", cluster->dir().c_str());
    }
    report("PostgreSQL", [&] { return open_pg_store(conninfo); });
}

} // namespace mb::bench
