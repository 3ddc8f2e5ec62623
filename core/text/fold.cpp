// core/text/fold.cpp — see fold.hpp.
#include "core/text/fold.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <memory>

namespace mb {

namespace {

// Letters utf8proc leaves alone after stripping marks (they are distinct letters, not accented ones),
// mapped to what a person typing on a plain keyboard would use. Lowercase: case folding runs first.
struct Fallback { utf8proc_int32_t cp; const char* ascii; };
constexpr std::array<Fallback, 12> kFallbacks{{
    {0x00DF, "ss"}, {0x00E6, "ae"}, {0x00F0, "d"}, {0x00F8, "o"}, {0x00FE, "th"}, {0x0111, "d"},
    {0x0131, "i"}, {0x0142, "l"}, {0x0153, "oe"}, {0x0127, "h"}, {0x014B, "n"}, {0x0180, "b"},
}};

void append_utf8(std::string& out, utf8proc_int32_t cp) {
    utf8proc_uint8_t buf[4];
    const auto n = utf8proc_encode_char(cp, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

bool is_word_char(utf8proc_int32_t cp) {
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

// Decomposes, case-folds and strips marks one code point at a time, so an invalid byte costs only itself.
std::string fold_code_points(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    bool pending_space = false;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(in.data());
    auto left = static_cast<utf8proc_ssize_t>(in.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t used = utf8proc_iterate(p, left, &cp);
        if (used <= 0) { used = 1; cp = -1; }            // invalid byte: skip it
        p += used;
        left -= used;
        if (cp < 0) continue;

        utf8proc_int32_t mapped[8];
        int last_boundclass = 0;
        const utf8proc_ssize_t n = utf8proc_decompose_char(
            cp, mapped, 8,
            static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                           UTF8PROC_DECOMPOSE | UTF8PROC_IGNORE),
            &last_boundclass);
        for (utf8proc_ssize_t i = 0; i < n && i < 8; ++i) {
            const utf8proc_int32_t c = mapped[i];
            if (!is_word_char(c)) {
                pending_space = !out.empty();
                continue;
            }
            if (pending_space) { out += ' '; pending_space = false; }
            const char* ascii = nullptr;
            for (const Fallback& f : kFallbacks) {
                if (f.cp == c) { ascii = f.ascii; break; }
            }
            if (ascii) out += ascii;
            else append_utf8(out, c);
        }
    }
    return out;
}

} // namespace

std::string fold_for_search(std::string_view utf8) { return fold_code_points(utf8); }

std::string normalize_organization(std::string_view utf8) {
    std::string folded = fold_for_search(utf8);
    // Leading article.
    if (folded.rfind("the ", 0) == 0) folded.erase(0, 4);
    // Trailing legal forms, possibly several ("co ltd", "gmbh co kg"). Punctuation is already gone, so
    // "Inc." is "inc" and "L.L.C." is "l l c".
    static constexpr std::array<std::string_view, 19> kSuffixes{
        "inc", "incorporated", "llc", "l l c", "ltd", "limited", "corp", "corporation", "co", "company",
        "plc", "gmbh", "ag", "kg", "sa", "s a", "bv", "pllc", "pc"};
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (std::string_view s : kSuffixes) {
            if (folded.size() > s.size() + 1 && folded.ends_with(s) &&
                folded[folded.size() - s.size() - 1] == ' ') {
                folded.resize(folded.size() - s.size() - 1);
                stripped = true;
            }
        }
    }
    return folded;
}

} // namespace mb
