// tests/privacy/file_bytes.hpp — the raw bytes of a SQLite database and its side files, for tests that prove
// erased data is gone by grepping them.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace mb::test {

inline std::string bytes_of(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every file SQLite keeps for the database (main, WAL, shared memory, a rollback journal if any).
inline std::string all_files(const std::filesystem::path& db) {
    std::string out;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const std::filesystem::path p = db.string() + suffix;
        if (std::filesystem::exists(p)) out += bytes_of(p);
    }
    return out;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace mb::test
