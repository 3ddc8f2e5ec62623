// core/text/bidi.cpp — see bidi.hpp. FriBidi's pipeline for one line, on UTF-32 buffers.
#include "core/text/bidi.hpp"

extern "C" {
#include <fribidi.h>
}

#include <vector>

#include "core/text/utf8.hpp"

namespace mb::text {

namespace {

std::vector<FriBidiChar> decode(std::string_view line) {
    std::vector<FriBidiChar> out;
    out.reserve(line.size());
    for (std::size_t pos = 0; pos < line.size();) out.push_back(utf8::next(line, pos));
    return out;
}

// Characters with no visible glyph that only steer the algorithm or fill a ligature's second slot.
bool invisible_control(FriBidiChar cp) {
    return cp == FRIBIDI_CHAR_FILL || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0x061C;
}

bool has_right_to_left(const std::vector<FriBidiChar>& text, const std::vector<FriBidiCharType>& types) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (FRIBIDI_IS_RTL(types[i]) || types[i] == FRIBIDI_TYPE_AN) return true;
    return false;
}

bool devanagari_consonant(FriBidiChar cp) {
    return (cp >= 0x915 && cp <= 0x939) || (cp >= 0x958 && cp <= 0x95F) || (cp >= 0x978 && cp <= 0x97F);
}

// Moves each Devanagari vowel sign I (U+093F) in front of the consonant cluster it follows ("प्रि" =
// प ् र ि is written ि प ् र). A shaper would do this; drawn in stored order the sign sits after its cluster.
// A cluster is consonant (+ nukta) (+ virama + consonant (+ nukta))*.
bool reorder_devanagari_vowel_i(std::vector<FriBidiChar>& text) {
    bool moved = false;
    for (std::size_t i = 1; i < text.size(); ++i) {
        if (text[i] != 0x93F) continue;
        std::size_t start = i;
        auto consonant_before = [&](std::size_t at) {   // start of "consonant (+ nukta)" ending at at - 1
            std::size_t k = at;
            if (k > 0 && text[k - 1] == 0x93C) --k;
            return k > 0 && devanagari_consonant(text[k - 1]) ? k - 1 : at;
        };
        std::size_t k = consonant_before(start);
        if (k == start) continue;
        start = k;
        while (start >= 2 && text[start - 1] == utf8::kDevanagariVirama) {
            k = consonant_before(start - 1);
            if (k == start - 1) break;
            start = k;
        }
        text.erase(text.begin() + static_cast<std::ptrdiff_t>(i));
        text.insert(text.begin() + static_cast<std::ptrdiff_t>(start), 0x93F);
        moved = true;
    }
    return moved;
}

std::string encode(const std::vector<FriBidiChar>& text, std::size_t size_hint) {
    std::string out;
    out.reserve(size_hint);
    for (const FriBidiChar cp : text)
        if (!invisible_control(cp)) utf8::append(out, cp);
    return out;
}

} // namespace

bool may_need_reordering(std::string_view line) {
    // U+0590 and above start with 0xD6..0xDF (two bytes) or 0xE0+ (three or four bytes).
    for (const char c : line)
        if (static_cast<unsigned char>(c) >= 0xD6) return true;
    return false;
}

std::string visual_order(std::string_view line) {
    if (!may_need_reordering(line)) return std::string(line);
    std::vector<FriBidiChar> text = decode(line);
    const bool moved = reorder_devanagari_vowel_i(text);
    const auto len = static_cast<FriBidiStrIndex>(text.size());
    std::vector<FriBidiCharType> types(text.size());
    fribidi_get_bidi_types(text.data(), len, types.data());
    if (!has_right_to_left(text, types)) return moved ? encode(text, line.size()) : std::string(line);

    std::vector<FriBidiBracketType> brackets(text.size());
    fribidi_get_bracket_types(text.data(), len, types.data(), brackets.data());
    std::vector<FriBidiLevel> levels(text.size());
    FriBidiParType direction = FRIBIDI_PAR_ON;                       // from the first strong letter
    if (fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), len, &direction, levels.data()) == 0)
        return std::string(line);                                    // allocation failure: draw as stored

    // Joining is decided in logical order, then the letters are replaced by their contextual forms.
    std::vector<FriBidiArabicProp> joining(text.size());
    fribidi_get_joining_types(text.data(), len, joining.data());
    fribidi_join_arabic(types.data(), len, levels.data(), joining.data());
    const FriBidiFlags flags = FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC;
    fribidi_shape(flags, levels.data(), len, joining.data(), text.data());
    if (fribidi_reorder_line(flags, types.data(), len, 0, direction, levels.data(), text.data(), nullptr) == 0)
        return std::string(line);

    return encode(text, line.size());
}

} // namespace mb::text

namespace mb::text {

bool reads_right_to_left(std::string_view visual) {
    if (!may_need_reordering(visual)) return false;
    const std::vector<FriBidiChar> text = decode(visual);
    const auto strong_is_rtl = [](auto first, auto last) -> bool {
        for (; first != last; ++first) {
            const FriBidiCharType type = fribidi_get_bidi_type(*first);
            if (FRIBIDI_IS_LETTER(type)) return FRIBIDI_IS_RTL(type) != 0;   // L, R or AL: outermost strong
        }
        return false;
    };
    return strong_is_rtl(text.begin(), text.end()) && strong_is_rtl(text.rbegin(), text.rend());
}

} // namespace mb::text
