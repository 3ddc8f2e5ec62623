// core/util/files.cpp — see files.hpp.
#include "core/util/files.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

#include "core/util/ids.hpp"

namespace mb {

namespace {

std::runtime_error failure(const std::filesystem::path& path, const char* doing, int err) {
    return std::runtime_error("cannot " + std::string(doing) + " " + path.string() + ": " + std::strerror(err));
}

// Best effort: makes the rename itself durable. A folder that cannot be opened or synced (some file
// systems) does not make the write fail; the data is already safe in the file.
void sync_folder(const std::filesystem::path& folder) {
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes, FileAccess access) {
    std::filesystem::path tmp = path;
    tmp += ".tmp-" + make_uuid().substr(0, 8);           // unique: two writers never share a temporary
    const mode_t mode = access == FileAccess::Private ? 0600 : 0644;
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) throw failure(path, "write", errno);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            throw failure(path, "write", err);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmp.c_str());
        throw failure(path, "write", err);
    }
    ::close(fd);
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        throw failure(path, "replace", err);
    }
    sync_folder(path.parent_path());
}

} // namespace mb
