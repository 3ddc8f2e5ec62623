// tests/store/pg_test_cluster.cpp — starts and stops the PostgreSQL cluster a test run shares.
//
//   pg_test_cluster start STATEFILE    makes a cluster in a temp folder, writes that folder to STATEFILE
//   pg_test_cluster stop STATEFILE     stops it ("immediate": nothing in it is worth keeping) and removes it
//
// CTest runs these as the FIXTURES_SETUP / FIXTURES_CLEANUP pair of every test that needs PostgreSQL, so the
// server is stopped even when tests fail. A start first stops a cluster left by a run that was killed.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/pg_cluster.hpp"

namespace {

void stop_recorded(const std::filesystem::path& state) {
    if (!std::filesystem::exists(state)) return;
    const std::filesystem::path dir = mb::test::shared_cluster_dir(state);
    if (std::filesystem::exists(dir / "data" / "postmaster.pid")) {
        mb::test::PgCluster owned(dir, true);    // the destructor stops it and removes the folder
    } else {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
    std::filesystem::remove(state);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: pg_test_cluster start|stop STATEFILE\n");
        return 2;
    }
    const std::string command = argv[1];
    const std::filesystem::path state = argv[2];
    try {
        stop_recorded(state);
        if (command == "stop") return 0;
        mb::test::PgCluster cluster;
        std::ofstream(state) << cluster.dir().string() << "\n";
        std::printf("test PostgreSQL cluster running in %s\n", cluster.dir().c_str());
        cluster.keep_running();                  // `pg_test_cluster stop` ends it
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "pg_test_cluster %s: %s\n", command.c_str(), e.what());
        return 1;
    }
}
