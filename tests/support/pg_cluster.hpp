// tests/support/pg_cluster.hpp — a throwaway PostgreSQL server for tests: initdb + pg_ctl from
// /usr/lib/postgresql/15/bin, in a private temp folder, listening only on a unix socket in that folder.
//
// PostgreSQL refuses to run as root and CI runs as root: then every server command runs as the `postgres`
// user (runuser) and the folder is handed to it. Missing binaries are an error, never a skip:
// packaging/install-deps.sh --test installs them.
//
// Two ways to use it:
//  - PgCluster: owns a server for its lifetime (the destructor stops it, "immediate", even when a test
//    failed). The restart tests use their own, since they stop the server under load.
//  - The shared cluster of a test run: `pg_test_cluster start|stop STATEFILE` (tests/store) is a CTest
//    FIXTURES_SETUP/CLEANUP pair; tests find it through $MB_TEST_PG_STATE and make one database each
//    (PgTestDatabase), so they stay independent. Without that variable a PgTestDatabase starts a private
//    cluster, so the test binary also works when run by hand.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace mb::test {

class PgCluster {
public:
    // Creates a new cluster in a fresh temp folder and starts it. fsync=false makes tests faster; the
    // benchmark keeps it on (the default) to measure what a kiosk gets.
    explicit PgCluster(bool fsync = false);
    // Adopts a running cluster in `dir` (made by another process); stops and removes it only if `owned`.
    PgCluster(std::filesystem::path dir, bool owned);
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    void stop(const std::string& mode = "fast");   // pg_ctl stop -m fast|immediate|smart; waits
    void start();                                  // pg_ctl start; waits until it accepts connections
    bool running() const { return running_; }
    void keep_running() { owned_ = false; }        // leave the server and folder behind (a fixture's start)

    const std::filesystem::path& dir() const { return dir_; }
    // libpq keyword string for database `db` (the socket folder is the host).
    std::string conninfo(const std::string& db = "postgres") const;
    // Runs SQL in database `db` through psql; throws with psql's output on failure.
    void psql(const std::string& sql, const std::string& db = "postgres") const;

private:
    void run(const std::string& command, const std::string& what) const;

    std::filesystem::path dir_;                    // holds data/, the socket and server.log
    bool owned_ = true;                            // stop and delete on destruction
    bool running_ = false;                         // started and not stopped by us
};

// One database on a cluster for one test, dropped at the end (even if the test failed).
class PgTestDatabase {
public:
    PgTestDatabase();
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase&) = delete;
    PgTestDatabase& operator=(const PgTestDatabase&) = delete;

    const std::string& conninfo() const { return conninfo_; }
    void psql(const std::string& sql) const { cluster_->psql(sql, name_); }   // in this database

private:
    std::unique_ptr<PgCluster> cluster_;           // the shared one (not owned) or a private one (owned)
    std::string name_;                             // t<random hex>
    std::string conninfo_;                         // for open_pg_store
};

// Reads the shared cluster's folder from the state file written by `pg_test_cluster start`.
std::filesystem::path shared_cluster_dir(const std::filesystem::path& state_file);

} // namespace mb::test
