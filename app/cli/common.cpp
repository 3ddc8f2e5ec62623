// app/cli/common.cpp — see common.hpp.
#include "app/cli/common.hpp"

#include <iostream>

#include "core/io/attendee_import.hpp"
#include "core/privacy/retention.hpp"
#include "core/store/open_store.hpp"
#include "core/store/sqlite_store.hpp"
#include "core/util/files.hpp"
#include "core/util/ids.hpp"

namespace mb::cli {

void add_db_option(CLI::App& cmd, std::string& db) {
    db = default_database_path().string();
    cmd.add_option("--db", db, "Event database: a SQLite file, or a postgresql:// URI / \"host=... dbname=...\" for a shared server")->capture_default_str();
}

// Through the retention rule (core/privacy/retention.hpp): an event past its retention is purged on opening.
std::unique_ptr<Store> open_store(const std::string& db) {
    return open_store_with_retention(db, now_unix_ms(), [](const std::string& line) { std::cerr << "matchbooth: " << line << "\n"; });
}

int guarded(const std::function<int()>& body) {
    try {
        return body();
    } catch (const std::exception& e) {
        std::cerr << "matchbooth: error: " << e.what() << "\n";
        return 1;
    }
}

void write_private_file(const std::filesystem::path& path, const std::string& text) {
    write_file_atomically(path, text, FileAccess::Private);
}

} // namespace mb::cli
