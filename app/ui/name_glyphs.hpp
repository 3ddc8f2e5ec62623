// app/ui/name_glyphs.hpp — the glyphs beyond Inter that this event's names need, merged from Noto fonts.
//
// Inter covers Latin (with Vietnamese), Greek and Cyrillic, but the kiosk bakes only fixed Latin ranges and
// Dear ImGui 1.86 bakes every glyph of every size into one texture: a full CJK range would be tens of MB.
// So NameGlyphs collects the code points of the names actually shown (in drawing order, after
// text::visual_order(), so Arabic presentation forms are what is collected) that fall outside those fixed
// ranges, and GlyphMerger merges exactly those into each ImGui font (ImFontConfig::MergeMode) from:
//   Inter itself (Greek, Cyrillic, more Latin)               fonts-inter
//   Noto Sans / Arabic / Hebrew / Devanagari                 fonts-noto-core
//   Noto Sans CJK (SC face of the .ttc: Han, kana, Hangul)   fonts-noto-cjk
// The largest size (the kiosk's 96 px welcome and event title) is the one that would make the texture huge
// (10,000 attendees with a few hundred Chinese names: 4096x16384 at 4K), and it only ever shows the event name
// and the person being welcomed; so it gets only the "large" set, the glyphs of exactly those strings.
// A missing Noto file is logged once (naming the package) and skipped: those names show ImGui's '?'.
// Without such names nothing is merged and the atlas is exactly what it was before.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <deque>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace mb::ui {

// Inter's fixed ranges, baked for every text font (pairs, zero-terminated; static storage).
const ImWchar* inter_text_ranges();
bool in_inter_text_ranges(char32_t cp);

class NameGlyphs {
public:
    // Adds the code points `text` needs when drawn (visual order) that the fixed ranges lack. True if any
    // was new: the atlas needs a rebuild (between frames).
    // `large`: for the large size only (see above), not for every size.
    bool add_text(std::string_view text, bool large = false);
    bool add_codepoint(char32_t cp, bool large = false);   // one code point already in drawing form

    bool empty() const { return codepoints_.empty() && large_.empty(); }
    const std::set<ImWchar>& codepoints(bool large = false) const { return large ? large_ : codepoints_; }
    std::uint64_t revision() const { return revision_; }      // grows with every addition

    // Logs "font X missing (install Y)" the first time for each file; later calls stay quiet.
    void warn_missing_once(const std::filesystem::path& file, std::string_view package);

private:
    std::set<ImWchar> codepoints_;          // ImWchar is 16-bit in Debian's build: the BMP only
    std::set<ImWchar> large_;               // for the large size: the welcome's name, the event name
    std::uint64_t revision_ = 0;
    std::set<std::string> warned_;
};

enum class Weight : std::uint8_t { Regular, SemiBold, Bold };

// One atlas build's merges. Font files are read once per build and shared by every size; the glyph range
// arrays live here until the build. Use: merge() after each AddFont..., atlas.Build(), then finish().
class GlyphMerger {
public:
    explicit GlyphMerger(NameGlyphs* names) : names_(names) {}

    // Merges the collected glyphs (the large set if `large`) into the font added last. `inter` is that
    // font's own file.
    void merge(ImFontAtlas& atlas, const std::filesystem::path& inter, Weight weight, float px, bool large = false);

    // After atlas.Build(): drops the font data the atlas only borrowed (it is not needed once baked).
    void finish(ImFontAtlas& atlas);

private:
    struct Source {
        std::filesystem::path file;
        int face = 0;                       // index in a .ttc collection
        const char* package;
        float size = 1.0f;                  // relative to the Inter size it joins (see kArabicSize)
    };
    const std::vector<char>* file_bytes(const Source& source);
    void merge_one(ImFontAtlas& atlas, const Source& source, const ImWchar* ranges, float px);
    const ImWchar* ranges_for(int group, bool large);

    NameGlyphs* names_;
    std::deque<std::pair<std::filesystem::path, std::vector<char>>> files_;   // stable addresses
    std::deque<ImVector<ImWchar>> ranges_;                                      // one per script group
    std::vector<int> range_index_[2];       // [large] group -> index into ranges_, -1 = none; empty = not yet
    bool merged_ = false;
};

} // namespace mb::ui
