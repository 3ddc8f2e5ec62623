// app/cli/common.cpp — see common.hpp.
#include "app/cli/common.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "core/io/attendee_import.hpp"
#include "core/store/sqlite_store.hpp"

namespace mb::cli {

void add_db_option(CLI::App& cmd, std::string& db) {
    db = default_database_path().string();
    cmd.add_option("--db", db, "Event database (SQLite file)")->capture_default_str();
}

std::unique_ptr<Store> open_store(const std::string& db) { return open_sqlite_store(db); }

int guarded(const std::function<int()>& body) {
    try {
        return body();
    } catch (const std::exception& e) {
        std::cerr << "matchbooth: error: " << e.what() << "\n";
        return 1;
    }
}

void write_private_file(const std::filesystem::path& path, const std::string& text) {
    const std::string tmp = path.string() + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(errno));
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(err));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0 || std::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(err));
    }
}

} // namespace mb::cli
