// app/ui/fonts.hpp — the kiosk's type scale, rasterized from Inter (Debian fonts-inter) at the screen's scale.
//
// Dear ImGui 1.86 bakes each font size into an atlas, so every size the screens use is loaded here, once per
// scale. Glyph ranges cover Latin-1, Latin Extended-A/B and Latin Extended Additional (Vietnamese), so
// "Zoë Ñúñez", "Seán O'Brien" and "Nguyễn Thị Minh" render without fallback boxes.
// No GL here: the caller uploads the atlas (app/kiosk_app.cpp) or, in headless tests, only builds it.
#pragma once

#include <filesystem>
#include <string>

struct ImFont;
struct ImFontAtlas;

namespace mb::ui {

struct Fonts {
    ImFont* small = nullptr;            // 24 px at 1080p: captions, hints (never smaller)
    ImFont* body = nullptr;             // 30 px: running text, field values
    ImFont* label = nullptr;            // 34 px semibold: buttons, chips, field labels
    ImFont* heading = nullptr;          // 52 px semibold: screen titles
    ImFont* display = nullptr;          // 96 px bold: attract and welcome
    float scale = 1.0f;                 // the scale these were rasterized for (1.0 = 1080p)
};

// Where Inter lives on Debian; overridable for tests on other systems via MATCHBOOTH_FONT_DIR.
std::filesystem::path font_directory();

// Clears `atlas` and loads every size at `scale`. Throws std::runtime_error naming the missing file
// (and the Debian package) if Inter is not installed.
Fonts load_fonts(ImFontAtlas& atlas, float scale);

} // namespace mb::ui
