// app/ui/fonts.hpp — the kiosk's type scale, rasterized from Inter (Debian fonts-inter) at the screen's scale.
//
// Dear ImGui 1.86 bakes each font size into an atlas, so every size the screens use is loaded here, once per
// scale. Glyph ranges cover Latin-1, Latin Extended-A/B and Latin Extended Additional (Vietnamese), so
// "Zoë Ñúñez", "Seán O'Brien" and "Nguyễn Thị Minh" render without fallback boxes. Names in other scripts
// (Greek, Cyrillic, CJK, Devanagari, Arabic, Hebrew) get exactly their glyphs merged from Noto (NameGlyphs).
// No GL here: the caller uploads the atlas (app/kiosk_app.cpp) or, in headless tests, only builds it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

struct ImFont;
struct ImFontAtlas;

namespace mb::ui {

class NameGlyphs;

struct Fonts {
    ImFont* small = nullptr;            // 24 px at 1080p: captions, hints (never smaller)
    ImFont* body = nullptr;             // 30 px: running text, field values
    ImFont* label = nullptr;            // 34 px semibold: buttons, chips, field labels
    ImFont* heading = nullptr;          // 52 px semibold: screen titles
    ImFont* display = nullptr;          // 96 px bold: attract and welcome (other scripts: the large set only)
    float scale = 1.0f;                 // the scale these were rasterized for (1.0 = 1080p)
    std::uint64_t glyphs_revision = 0;  // NameGlyphs::revision() baked in: a newer one means rebuild
};

// Where Inter lives on Debian; overridable for tests on other systems via MATCHBOOTH_FONT_DIR.
std::filesystem::path font_directory();

// Clears `atlas` and loads every size at `scale`, merging the glyphs `names` collected (none if null).
// Throws std::runtime_error naming the missing file (and the Debian package) if Inter is not installed.
Fonts load_fonts(ImFontAtlas& atlas, float scale, NameGlyphs* names = nullptr);

} // namespace mb::ui
