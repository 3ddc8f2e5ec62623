#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "core/util/files.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;

namespace {
std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
int mode_of(const std::filesystem::path& p) {
    struct stat st{};
    ::stat(p.c_str(), &st);
    return static_cast<int>(st.st_mode & 0777);
}
} // namespace

TEST_CASE("atomic writes: private by default, shared on request, replacing what was there") {
    test::TempDir dir;
    const auto p = dir / "export.csv";
    write_file_atomically(p, "first");
    CHECK(slurp(p) == "first");
    CHECK(mode_of(p) == 0600);
    write_file_atomically(p, std::string("second\0with nul", 15));
    CHECK(slurp(p) == std::string("second\0with nul", 15));
    write_file_atomically(dir / "badge.pdf", "%PDF", FileAccess::Shared);
    CHECK(mode_of(dir / "badge.pdf") == 0644);
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) files += e.is_regular_file();
    CHECK(files == 2);                                           // no temporary left behind
}

TEST_CASE("atomic writes: a missing folder is an error naming the path") {
    test::TempDir dir;
    REQUIRE_THROWS_WITH(write_file_atomically(dir / "no" / "such" / "x.csv", "x"),
                        Catch::Contains("x.csv") && Catch::Contains("No such file"));
}
