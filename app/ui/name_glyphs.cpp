// app/ui/name_glyphs.cpp — see name_glyphs.hpp.
#include "app/ui/name_glyphs.hpp"

#include <array>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>

#include "core/text/bidi.hpp"
#include "core/text/utf8.hpp"

namespace mb::ui {

namespace {

// Pairs of inclusive ranges, zero-terminated, as ImGui wants them. Static storage: ImGui keeps the pointer.
constexpr ImWchar kInterRanges[] = {
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

// Which fonts a code point is looked for in. Inter and Noto Sans first for anything not script-specific.
enum Group : int { kGeneral, kHebrew, kArabic, kDevanagari, kCjk, kGroups };

int group_of(char32_t cp) {
    switch (utf8::script_of(cp)) {
    case utf8::Script::Hebrew: return kHebrew;
    case utf8::Script::Arabic: return kArabic;
    case utf8::Script::Devanagari: return kDevanagari;
    case utf8::Script::Han:
    case utf8::Script::Kana:
    case utf8::Script::Hangul: return kCjk;
    default: break;
    }
    if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)) return kCjk;   // CJK punctuation
    if (cp >= 0xFB1D && cp <= 0xFB4F) return kHebrew;                                     // presentation forms
    if (cp >= 0xA8E0 && cp <= 0xA8FF) return kDevanagari;                                 // extended
    return kGeneral;
}

// Where Debian puts them; MATCHBOOTH_NOTO_DIR (one folder for all of them) lets tests point elsewhere.
std::string noto_dir(const char* debian) {
    if (const char* dir = std::getenv("MATCHBOOTH_NOTO_DIR"); dir && *dir) return std::string(dir) + "/";
    return debian;
}
constexpr int kCjkSimplifiedChinese = 2;   // NotoSansCJK-*.ttc face 2 = "Noto Sans CJK SC" (fc-query); has
                                           // kana and Hangul too, like every face of the collection

// Noto Sans Arabic's letters are small for their em (short bodies, tall ascenders kept for marks): at Inter's
// pixel size an Arabic name looked a size smaller than the Latin name beside it on the kiosk and the board
// (1.3 judged on the screenshots: balanced in the welcome line, still modest in 24 px captions).
constexpr float kArabicSize = 1.3f;

std::string noto(const char* family, Weight w) {
    return noto_dir("/usr/share/fonts/truetype/noto/") + family +
           (w == Weight::Regular ? "-Regular.ttf" : "-Bold.ttf");
}

} // namespace

const ImWchar* inter_text_ranges() { return kInterRanges; }

bool in_inter_text_ranges(char32_t cp) {
    for (const ImWchar* r = kInterRanges; r[0]; r += 2)
        if (cp >= r[0] && cp <= r[1]) return true;
    return false;
}

bool NameGlyphs::add_codepoint(char32_t cp, bool large) {
    if (cp < 0x20 || cp > 0xFFFF || cp == utf8::kInvalid || in_inter_text_ranges(cp)) return false;
    if (!(large ? large_ : codepoints_).insert(static_cast<ImWchar>(cp)).second) return false;
    ++revision_;
    return true;
}

bool NameGlyphs::add_text(std::string_view text, bool large) {
    bool added = false;
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x80) continue;
        const std::string visual = text::visual_order(text);          // only for the rare non-ASCII name
        for (std::size_t pos = 0; pos < visual.size();) added |= add_codepoint(utf8::next(visual, pos), large);
        break;
    }
    return added;
}

void NameGlyphs::warn_missing_once(const std::filesystem::path& file, std::string_view package) {
    if (!warned_.insert(file.string()).second) return;
    std::cerr << "matchbooth: font " << file.string() << " not found (install the Debian package " << package
              << "); names that need it show '?'\n";
}

const std::vector<char>* GlyphMerger::file_bytes(const Source& source) {
    for (const auto& [path, bytes] : files_)
        if (path == source.file) return bytes.empty() ? nullptr : &bytes;
    std::ifstream in(source.file, std::ios::binary);
    std::vector<char> bytes;
    if (in) bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (bytes.empty()) names_->warn_missing_once(source.file, source.package);
    files_.emplace_back(source.file, std::move(bytes));
    return files_.back().second.empty() ? nullptr : &files_.back().second;
}

const ImWchar* GlyphMerger::ranges_for(int group, bool large) {
    std::vector<int>& index = range_index_[large ? 1 : 0];
    if (index.empty()) {
        // Built once per build from the collected set: one sorted range list per script group.
        std::array<ImFontGlyphRangesBuilder, kGroups> builders;
        std::array<bool, kGroups> used{};
        for (const ImWchar cp : names_->codepoints(large)) {
            builders[group_of(cp)].AddChar(cp);
            used[group_of(cp)] = true;
        }
        for (int g = 0; g < kGroups; ++g) {
            index.push_back(used[g] ? static_cast<int>(ranges_.size()) : -1);
            if (used[g]) builders[g].BuildRanges(&ranges_.emplace_back());
        }
    }
    return index[group] < 0 ? nullptr : ranges_[index[group]].Data;
}

void GlyphMerger::merge_one(ImFontAtlas& atlas, const Source& source, const ImWchar* ranges, float px) {
    const std::vector<char>* bytes = file_bytes(source);
    if (!bytes) return;
    ImFontConfig config;
    config.MergeMode = true;                 // into the font added last: one ImFont, glyphs from several files
    config.FontDataOwnedByAtlas = false;     // shared by every size of this build; freed in finish()
    config.FontNo = source.face;
    config.OversampleH = 1;                  // as the Inter fonts: FreeType hinting instead of oversampling
    config.OversampleV = 1;
    config.PixelSnapH = true;
    // ImGui wants a mutable pointer but only reads the data when FontDataOwnedByAtlas is false.
    atlas.AddFontFromMemoryTTF(const_cast<char*>(bytes->data()), static_cast<int>(bytes->size()),
                               std::round(px * source.size), &config, ranges);
    merged_ = true;
}

void GlyphMerger::merge(ImFontAtlas& atlas, const std::filesystem::path& inter, Weight weight, float px,
                        bool large) {
    if (!names_ || names_->empty()) return;
    const Weight noto_weight = weight == Weight::Regular ? Weight::Regular : Weight::Bold;   // no SemiBold
    const std::string cjk = noto_dir("/usr/share/fonts/opentype/noto/") +
                            (noto_weight == Weight::Regular ? "NotoSansCJK-Regular.ttc" : "NotoSansCJK-Bold.ttc");
    const std::array<std::vector<Source>, kGroups> sources = {{
        {{inter, 0, "fonts-inter", 1.0f}, {noto("NotoSans", noto_weight), 0, "fonts-noto-core", 1.0f}},
        {{noto("NotoSansHebrew", noto_weight), 0, "fonts-noto-core", 1.0f}},
        {{noto("NotoSansArabic", noto_weight), 0, "fonts-noto-core", kArabicSize}},
        {{noto("NotoSansDevanagari", noto_weight), 0, "fonts-noto-core", 1.0f}},
        {{cjk, kCjkSimplifiedChinese, "fonts-noto-cjk", 1.0f}},
    }};
    for (int g = 0; g < kGroups; ++g) {
        const ImWchar* ranges = ranges_for(g, large);
        if (!ranges) continue;
        for (const Source& source : sources[g]) merge_one(atlas, source, ranges, px);
    }
}

void GlyphMerger::finish(ImFontAtlas& atlas) {
    if (merged_) atlas.ClearInputData();    // the borrowed file data goes below; the baked texture stays
    files_.clear();
    ranges_.clear();
    range_index_[0].clear();
    range_index_[1].clear();
    merged_ = false;
}

} // namespace mb::ui
