// app/board/board_fonts.cpp — see board_fonts.hpp.
#include "app/board/board_fonts.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <cmath>
#include <stdexcept>
#include <string>

#include "app/ui/fonts.hpp"
#include "app/ui/name_glyphs.hpp"

namespace mb::board {

namespace {

constexpr ImWchar kDigitRanges[] = {0x0020, 0x0020, 0x0030, 0x003A, 0};   // space, 0-9 and ':'

// A text font: Inter's fixed ranges plus the glyphs the event's names need (app/ui/name_glyphs.hpp).
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

// `large`: the title size, which only shows the event name, takes NameGlyphs' large set (board_text.cpp).
ImFont* add_text(ImFontAtlas& atlas, ui::GlyphMerger& merger, const char* file, ui::Weight weight, float px,
                 bool large = false) {
    ImFont* font = add(atlas, file, px, ui::inter_text_ranges());
    merger.merge(atlas, ui::font_directory() / file, weight, std::round(px), large);
    return font;
}

} // namespace

BoardFonts load_board_fonts(ImFontAtlas& atlas, float scale, ui::NameGlyphs* names) {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    atlas.TexDesiredWidth = 4096;
    using ui::Weight;
    ui::GlyphMerger m(names);
    BoardFonts f;
    f.scale = scale;
    f.body = add_text(atlas, m, "Inter-Regular.otf", Weight::Regular, 30 * scale);   // first = ImGui's default
    f.title = add_text(atlas, m, "Inter-Bold.otf", Weight::Bold, 56 * scale, true);
    f.number = add(atlas, "Inter-Bold.otf", 64 * scale, kDigitRanges);
    f.table = add(atlas, "Inter-Bold.otf", 54 * scale, kDigitRanges);
    f.name = add_text(atlas, m, "Inter-SemiBold.otf", Weight::SemiBold, 48 * scale);
    f.name_long = add_text(atlas, m, "Inter-SemiBold.otf", Weight::SemiBold, 40 * scale);
    f.label = add_text(atlas, m, "Inter-SemiBold.otf", Weight::SemiBold, 26 * scale);
    f.small = add_text(atlas, m, "Inter-Regular.otf", Weight::Regular, 26 * scale);
    if (!atlas.Build()) throw std::runtime_error("could not build the board's font atlas");
    m.finish(atlas);
    f.glyphs_revision = names ? names->revision() : 0;
    return f;
}

} // namespace mb::board
