// tests/print/tools.cpp — see tools.hpp.
#include "tools.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace mbtest {

CommandResult run_command(const std::string& command) {
    CommandResult r;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return r;
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.output.append(buf.data(), n);
    const int status = pclose(pipe);
    r.exit_code = (status != -1 && WIFEXITED(status)) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (const char c : s) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

bool have_tool(const std::string& name) {
    return run_command("PATH=\"$PATH:/usr/sbin:/sbin\" command -v " + shell_quote(name) + " >/dev/null 2>&1")
               .exit_code == 0;
}

TempDir::TempDir() {
    std::string pattern = "/tmp/mbprint.XXXXXX";
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

GrayPage render_pdf_page(const std::string& pdf_path, int dpi, const std::string& out_prefix) {
    const auto r = run_command("pdftoppm -r " + std::to_string(dpi) + " -gray -aaVector no -aa no -singlefile " +
                               shell_quote(pdf_path) + " " + shell_quote(out_prefix));
    if (r.exit_code != 0) throw std::runtime_error("pdftoppm failed on " + pdf_path);
    std::ifstream f(out_prefix + ".pgm", std::ios::binary);
    std::string magic;
    int w = 0, h = 0, maxval = 0;
    f >> magic >> w >> h >> maxval;
    f.get();                                           // the single whitespace before the raster
    if (magic != "P5" || w <= 0 || h <= 0 || maxval != 255) throw std::runtime_error("unexpected PGM from pdftoppm");
    GrayPage page;
    page.width = w;
    page.height = h;
    page.pixels.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    f.read(reinterpret_cast<char*>(page.pixels.data()), static_cast<std::streamsize>(page.pixels.size()));
    if (!f) throw std::runtime_error("short PGM from pdftoppm");
    return page;
}

std::vector<std::string> zbarimg_decode(const std::string& image_path) {
    // --raw: no "QR-Code:" prefix; -Sbinary: no charset guessing (zbar reads unmarked UTF-8 "Seán" as Big5
    // "Se獺n" otherwise); QR codes only; -q: no summary. stderr (D-Bus chatter) is dropped.
    const auto r = run_command("zbarimg --raw -q -Sdisable -Sqrcode.enable -Sbinary " + shell_quote(image_path) +
                               " 2>/dev/null");
    std::vector<std::string> out;
    if (r.exit_code != 0 || r.output.empty()) return out;
    // In binary mode zbarimg writes each symbol's bytes with no separator; every payload here is a vCard,
    // so a symbol starts at each "BEGIN:VCARD".
    std::size_t start = 0;
    while (start < r.output.size()) {
        std::size_t next = r.output.find("BEGIN:VCARD", start + 1);
        if (next == std::string::npos) next = r.output.size();
        out.push_back(r.output.substr(start, next - start));
        start = next;
    }
    return out;
}

void write_bytes(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream f(path, std::ios::binary);
    f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!f) throw std::runtime_error("cannot write " + path);
}

std::vector<std::uint8_t> read_bytes(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

} // namespace mbtest
