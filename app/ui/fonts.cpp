// app/ui/fonts.cpp — loads Inter at the kiosk's sizes with the FreeType builder (crisper hinting than stb),
// each with the event's other-script glyphs merged in (name_glyphs.hpp).
#include "app/ui/fonts.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <cmath>
#include <cstdlib>
#include <stdexcept>

#include "app/ui/name_glyphs.hpp"

namespace mb::ui {

namespace {

ImFont* add_font(ImFontAtlas& atlas, GlyphMerger& merger, const char* file, Weight weight, float px,
                 bool large = false) {
    const std::filesystem::path path = font_directory() / file;
    if (!std::filesystem::exists(path))
        throw std::runtime_error("font not found: " + path.string() + " (install the Debian package fonts-inter)");
    ImFontConfig config;
    config.OversampleH = 1;                  // FreeType hints instead; oversampling only grows the atlas
    config.OversampleV = 1;
    config.PixelSnapH = true;
    ImFont* font = atlas.AddFontFromFileTTF(path.c_str(), std::round(px), &config, inter_text_ranges());
    if (!font) throw std::runtime_error("could not load font " + path.string());
    merger.merge(atlas, path, weight, std::round(px), large);   // names in other scripts, if the event has any
    return font;
}

} // namespace

std::filesystem::path font_directory() {
    if (const char* dir = std::getenv("MATCHBOOTH_FONT_DIR"); dir && *dir) return dir;
    return "/usr/share/fonts/opentype/inter";
}

Fonts load_fonts(ImFontAtlas& atlas, float scale, NameGlyphs* names) {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    atlas.TexDesiredWidth = 4096;            // wide rather than tall: fewer rows of large display glyphs
    GlyphMerger m(names);
    Fonts f;
    f.scale = scale;
    f.body = add_font(atlas, m, "Inter-Regular.otf", Weight::Regular, 30.0f * scale);   // first = ImGui's default
    f.small = add_font(atlas, m, "Inter-Regular.otf", Weight::Regular, 24.0f * scale);
    f.label = add_font(atlas, m, "Inter-SemiBold.otf", Weight::SemiBold, 34.0f * scale);
    f.heading = add_font(atlas, m, "Inter-SemiBold.otf", Weight::SemiBold, 52.0f * scale);
    f.display = add_font(atlas, m, "Inter-Bold.otf", Weight::Bold, 96.0f * scale, true);   // NameGlyphs' large set
    if (!atlas.Build()) throw std::runtime_error("could not build the font atlas");
    m.finish(atlas);
    f.glyphs_revision = names ? names->revision() : 0;
    return f;
}

} // namespace mb::ui
