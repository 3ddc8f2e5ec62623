// app/ui/fonts.cpp — loads Inter at the kiosk's sizes with the FreeType builder (crisper hinting than stb).
#include "app/ui/fonts.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <cmath>
#include <cstdlib>
#include <stdexcept>

namespace mb::ui {

namespace {

// Pairs of inclusive ranges, zero-terminated, as ImGui wants them. Static storage: ImGui keeps the pointer.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,   // Basic Latin + Latin-1 Supplement (ë, ñ, á ...)
    0x0100, 0x024F,   // Latin Extended-A and -B (Ł, ő, ș, ă, ơ, ư ...)
    0x0300, 0x036F,   // combining diacritics (names typed in decomposed form)
    0x1E00, 0x1EFF,   // Latin Extended Additional: Vietnamese (ễ, ị, ợ ...)
    0x2010, 0x2027,   // dashes, quotes, bullet, ellipsis
    0x2030, 0x203A,   // per mille, primes, angle quotes
    0x20AC, 0x20AC,   // euro
    0x2190, 0x2193,   // arrows (back, forward)
    0x2212, 0x2212,   // minus sign (stepper)
    0,
};

ImFont* add_font(ImFontAtlas& atlas, const char* file, float px) {
    const std::filesystem::path path = font_directory() / file;
    if (!std::filesystem::exists(path))
        throw std::runtime_error("font not found: " + path.string() + " (install the Debian package fonts-inter)");
    ImFontConfig config;
    config.OversampleH = 1;                  // FreeType hints instead; oversampling only grows the atlas
    config.OversampleV = 1;
    config.PixelSnapH = true;
    ImFont* font = atlas.AddFontFromFileTTF(path.c_str(), std::round(px), &config, kGlyphRanges);
    if (!font) throw std::runtime_error("could not load font " + path.string());
    return font;
}

} // namespace

std::filesystem::path font_directory() {
    if (const char* dir = std::getenv("MATCHBOOTH_FONT_DIR"); dir && *dir) return dir;
    return "/usr/share/fonts/opentype/inter";
}

Fonts load_fonts(ImFontAtlas& atlas, float scale) {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    atlas.TexDesiredWidth = 4096;            // wide rather than tall: fewer rows of large display glyphs
    Fonts f;
    f.scale = scale;
    f.body = add_font(atlas, "Inter-Regular.otf", 30.0f * scale);   // first font = ImGui's default
    f.small = add_font(atlas, "Inter-Regular.otf", 24.0f * scale);
    f.label = add_font(atlas, "Inter-SemiBold.otf", 34.0f * scale);
    f.heading = add_font(atlas, "Inter-SemiBold.otf", 52.0f * scale);
    f.display = add_font(atlas, "Inter-Bold.otf", 96.0f * scale);
    if (!atlas.Build()) throw std::runtime_error("could not build the font atlas");
    return f;
}

} // namespace mb::ui
