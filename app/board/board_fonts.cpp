// app/board/board_fonts.cpp — see board_fonts.hpp.
#include "app/board/board_fonts.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <cmath>
#include <stdexcept>
#include <string>

#include "app/ui/fonts.hpp"

namespace mb::board {

namespace {

// Names from many languages (same ranges as the kiosk's app/ui/fonts.cpp). Static: ImGui keeps the pointer.
constexpr ImWchar kTextRanges[] = {
    0x0020, 0x00FF,   // Basic Latin + Latin-1 Supplement
    0x0100, 0x024F,   // Latin Extended-A and -B
    0x0300, 0x036F,   // combining diacritics
    0x1E00, 0x1EFF,   // Latin Extended Additional (Vietnamese)
    0x2010, 0x2027,   // dashes, quotes, bullet, ellipsis
    0x2030, 0x203A,   // per mille, primes, angle quotes
    0x2190, 0x2193,   // arrows
    0,
};
constexpr ImWchar kDigitRanges[] = {0x0020, 0x0020, 0x0030, 0x003A, 0};   // space, 0-9 and ':'

ImFont* add(ImFontAtlas& atlas, const char* file, float px, const ImWchar* ranges) {
    const std::filesystem::path path = ui::font_directory() / file;
    if (!std::filesystem::exists(path))
        throw std::runtime_error("font not found: " + path.string() + " (install the Debian package fonts-inter)");
    ImFontConfig config;
    config.OversampleH = 1;               // FreeType hinting instead of oversampling: a smaller atlas
    config.OversampleV = 1;
    config.PixelSnapH = true;
    ImFont* font = atlas.AddFontFromFileTTF(path.c_str(), std::round(px), &config, ranges);
    if (!font) throw std::runtime_error("could not load font " + path.string());
    return font;
}

} // namespace

BoardFonts load_board_fonts(ImFontAtlas& atlas, float scale) {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    atlas.TexDesiredWidth = 4096;
    BoardFonts f;
    f.scale = scale;
    f.body = add(atlas, "Inter-Regular.otf", 30 * scale, kTextRanges);      // first font = ImGui's default
    f.title = add(atlas, "Inter-Bold.otf", 56 * scale, kTextRanges);
    f.number = add(atlas, "Inter-Bold.otf", 64 * scale, kDigitRanges);
    f.table = add(atlas, "Inter-Bold.otf", 54 * scale, kDigitRanges);
    f.name = add(atlas, "Inter-SemiBold.otf", 48 * scale, kTextRanges);
    f.name_long = add(atlas, "Inter-SemiBold.otf", 40 * scale, kTextRanges);
    f.label = add(atlas, "Inter-SemiBold.otf", 26 * scale, kTextRanges);
    f.small = add(atlas, "Inter-Regular.otf", 26 * scale, kTextRanges);
    if (!atlas.Build()) throw std::runtime_error("could not build the board's font atlas");
    return f;
}

} // namespace mb::board
