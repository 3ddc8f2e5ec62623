// core/util/files.hpp — writing a whole file so that nobody ever sees half of it.
#pragma once

#include <filesystem>
#include <string_view>

namespace mb {

enum class FileAccess { Private, Shared };   // 0600 (personal data: exports, contact cards) | 0644 (badges)

// Writes bytes to a new temporary file next to path (created with its final mode from the start, so
// personal data is never readable by others, not even briefly), fsyncs it, renames it over path and
// fsyncs the folder. A crash leaves either the old file or the new one, never a torn one. Throws
// std::runtime_error with a sentence naming the path on failure; the temporary file is removed.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                           FileAccess access = FileAccess::Private);

} // namespace mb
