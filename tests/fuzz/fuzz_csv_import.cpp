// libFuzzer target: any bytes as an attendee CSV. The parser and the importer must never crash, leak or
// trip a sanitizer; every outcome is either a summary or a clear ImportError/StoreError.
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <unistd.h>

#include "core/io/attendee_import.hpp"
#include "core/io/csv.hpp"
#include "core/store/sqlite_store.hpp"

namespace {

struct Rollback {};

// One store per fuzzing process; each input is imported inside a transaction that is then rolled back,
// so the file never grows and every input starts from the same state.
mb::Store& fuzz_store() {
    static std::unique_ptr<mb::Store> store = [] {
        const auto path = std::filesystem::temp_directory_path() /
                          ("matchbooth-fuzz-" + std::to_string(::getpid()) + ".db");
        std::filesystem::remove(path);
        auto s = mb::open_sqlite_store(path);
        std::atexit([] {
            std::filesystem::remove(std::filesystem::temp_directory_path() /
                                    ("matchbooth-fuzz-" + std::to_string(::getpid()) + ".db"));
        });
        return s;
    }();
    return *store;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const mb::CsvRecord& rec : mb::parse_csv(text)) {
        if (!rec.error.empty() && !rec.fields.empty()) std::abort();   // contract: error => no fields
        if (rec.line < 1) std::abort();
    }
    mb::Store& store = fuzz_store();
    try {
        store.transaction([&] {
            const mb::ImportSummary s = mb::import_attendees_csv(store, text);
            if (s.imported + s.merged + static_cast<int>(s.skipped.size()) != s.rows) std::abort();
            (void)mb::describe(s);
            throw Rollback{};
        });
    } catch (const Rollback&) {
    } catch (const mb::ImportError&) {
    }
    return 0;
}
