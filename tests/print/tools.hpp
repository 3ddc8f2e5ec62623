// tests/print/tools.hpp — running the real Debian tools the print tests check against.
//
// pdftoppm/pdfinfo/pdftotext/pdffonts (poppler-utils) render and inspect badge PDFs; zbarimg (zbar-tools)
// decodes the QR in the rendered page. A missing tool is reported by name so a test can say what to install.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mbtest {

struct CommandResult {
    int exit_code = -1;       // -1 if it could not run or was killed
    std::string output;       // stdout (stderr goes to the test log)
};

CommandResult run_command(const std::string& command);   // through /bin/sh
bool have_tool(const std::string& name);                 // found on PATH (or in /usr/sbin)
std::string shell_quote(const std::string& s);

// A fresh directory under /tmp, removed with everything in it when this goes out of scope.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

struct GrayPage {
    int width = 0;                        // pixels
    int height = 0;                       // pixels
    std::vector<std::uint8_t> pixels;     // row-major, 0 = black
    std::uint8_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * width + x]; }
};

// Renders page 1 of a PDF at dpi, grayscale, vector antialiasing off (as a printer's rasterizer would):
// writes <out_prefix>.pgm and returns its pixels. Throws std::runtime_error if pdftoppm fails.
GrayPage render_pdf_page(const std::string& pdf_path, int dpi, const std::string& out_prefix);

// Every QR code zbarimg finds in an image file, as raw bytes (--raw, no charset conversion).
std::vector<std::string> zbarimg_decode(const std::string& image_path);

void write_bytes(const std::string& path, const std::vector<std::uint8_t>& bytes);
std::vector<std::uint8_t> read_bytes(const std::string& path);

} // namespace mbtest
