// core/text/utf8.hpp — stepping through UTF-8 one code point at a time, and what script a letter is in.
//
// Small and header-only: the name rules (person_name.cpp) and the glyph collection need only "next code
// point" and a coarse script class, not a full Unicode library (utf8proc does the heavy folding elsewhere).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace mb::utf8 {

// Appends cp as UTF-8 (1..4 bytes); a surrogate or a value above U+10FFFF becomes U+FFFD.
inline void append(std::string& out, char32_t cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

inline constexpr char32_t kInvalid = 0xFFFD;     // what a malformed byte decodes to (one byte consumed)

// Decodes the code point starting at text[pos] and advances pos past it. A malformed or truncated sequence
// consumes one byte and yields kInvalid, so a loop over any bytes always ends.
inline char32_t next(std::string_view text, std::size_t& pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b0 = byte(pos);
    int length = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || pos + length > text.size()) {
        ++pos;
        return kInvalid;
    }
    char32_t cp = length == 1 ? b0 : (b0 & (0x7F >> length));
    for (int i = 1; i < length; ++i) {
        const unsigned char b = byte(pos + i);
        if ((b & 0xC0) != 0x80) {
            ++pos;
            return kInvalid;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    pos += length;
    return cp;
}

// Scripts the product cares about when it shortens a name or picks a font.
enum class Script : std::uint8_t { Common, Latin, Greek, Cyrillic, Han, Kana, Hangul, Devanagari, Arabic, Hebrew, Other };

inline Script script_of(char32_t cp) {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? Script::Latin : Script::Common;
    if (cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF)) return cp == 0xD7 || cp == 0xF7 || cp < 0xC0 ? Script::Common : Script::Latin;
    if (cp >= 0x300 && cp <= 0x36F) return Script::Common;                 // combining marks follow their base
    if (cp >= 0x370 && cp <= 0x3FF) return Script::Greek;
    if (cp >= 0x1F00 && cp <= 0x1FFF) return Script::Greek;
    if (cp >= 0x400 && cp <= 0x52F) return Script::Cyrillic;
    if (cp >= 0x590 && cp <= 0x5FF) return Script::Hebrew;
    if ((cp >= 0x600 && cp <= 0x6FF) || (cp >= 0x750 && cp <= 0x77F) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
        (cp >= 0xFE70 && cp <= 0xFEFF))
        return Script::Arabic;
    if (cp >= 0x900 && cp <= 0x97F) return Script::Devanagari;
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF)) return Script::Kana;
    if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x3130 && cp <= 0x318F))
        return Script::Hangul;
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0x20000 && cp <= 0x2FFFF))
        return Script::Han;
    if (cp >= 0x2000 && cp <= 0x206F) return Script::Common;               // punctuation, spaces
    if (cp >= 0x3000 && cp <= 0x303F) return Script::Common;               // CJK punctuation
    if (cp >= 0xFF00 && cp <= 0xFFEF) return Script::Common;               // full-width forms
    return Script::Other;
}

// Han, Kana and Hangul: names written without an initial-and-period short form.
inline bool is_east_asian(Script s) { return s == Script::Han || s == Script::Kana || s == Script::Hangul; }

inline bool is_right_to_left(Script s) { return s == Script::Arabic || s == Script::Hebrew; }

// A mark that belongs to the letter before it (accents, Indic vowel signs and viramas, Arabic/Hebrew points,
// zero-width joiners). An initial keeps them, or "प्रिया" would lose its vowel sign.
inline bool is_combining(char32_t cp) {
    return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x483 && cp <= 0x489) || (cp >= 0x591 && cp <= 0x5C7) ||
           (cp >= 0x610 && cp <= 0x61A) || (cp >= 0x64B && cp <= 0x65F) || cp == 0x670 ||
           (cp >= 0x900 && cp <= 0x903) || (cp >= 0x93A && cp <= 0x94F) || (cp >= 0x951 && cp <= 0x957) ||
           (cp >= 0x962 && cp <= 0x963) || cp == 0x200C || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F);
}

inline constexpr char32_t kDevanagariVirama = 0x94D;   // joins the next consonant into one written cluster

} // namespace mb::utf8
