// bench/store/bench_writers.hpp — check-ins per second through the real stores, SQLite vs PostgreSQL, with
// one and with three writer processes (kiosks), each check-in its own durable commit.
#pragma once

#include <filesystem>
#include <string>

namespace mb::bench {

// Prints the figures. sqlite_path: a scratch file (removed first). pg_conninfo: a server to use; empty
// starts a throwaway cluster (fsync on, as a real server) for the run.
void bench_writers(const std::filesystem::path& sqlite_path, const std::string& pg_conninfo);

} // namespace mb::bench
