// app/ui/script_text.hpp — what the kiosk draws for a string: its visual order (right-to-left names
// reordered and Arabic shaped, text::visual_order) and a note of any glyph the atlas still lacks.
//
// Dear ImGui draws code points left to right, so every string is turned into drawing order just before it is
// measured or drawn; storage and the view models keep logical order. The transform is cached per string
// (names repeat every frame) and skipped outright for text that cannot contain right-to-left letters.
// note_missing() is the safety net for glyphs nobody collected in advance (a name being typed, a name that
// just arrived): it adds them to the NameGlyphs, and the frame loop rebuilds the atlas before the next frame.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "app/ui/name_glyphs.hpp"

struct ImFont;

namespace mb::ui {

class ScriptText {
public:
    // `logical` itself when it is left-to-right only; otherwise a cached copy in drawing order, valid until
    // the next trim().
    std::string_view visual(std::string_view logical);

    // Adds to glyphs() the code points of `drawn` (already visual) that `font` has no glyph for; `large`:
    // `font` is the size that gets NameGlyphs' large set.
    void note_missing(const ImFont* font, std::string_view drawn, bool large = false);

    // Between frames: forgets the cache once it holds more than kMaxCached strings (a long-running kiosk
    // sees many names; a frame shows a few dozen).
    void trim();

    NameGlyphs& glyphs() { return glyphs_; }
    const NameGlyphs& glyphs() const { return glyphs_; }

    static constexpr std::size_t kMaxCached = 2048;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> cache_;   // logical -> visual
    NameGlyphs glyphs_;
};

} // namespace mb::ui
