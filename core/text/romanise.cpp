// core/text/romanise.cpp — see romanise.hpp.
#include "core/text/romanise.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "core/text/utf8.hpp"

namespace mb {

namespace {
std::string split_korean_family_name(std::string_view name);
} // namespace

struct Romaniser::Icu {
    std::unique_ptr<icu::Transliterator> any_to_ascii;
};

Romaniser::Romaniser() = default;

// Made at the first name that needs it (20-40 ms here): an event of Latin names never pays for it.
bool Romaniser::ready() {
    if (!tried_) {
        tried_ = true;
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, status));
        if (U_SUCCESS(status) && t) icu_ = std::make_unique<Icu>(Icu{std::move(t)});
    }
    return icu_ != nullptr;
}

Romaniser::~Romaniser() = default;

const std::string& Romaniser::latin(std::string_view name) {
    const std::string key(name);
    if (const auto it = cache_.find(key); it != cache_.end()) return it->second;
    std::string out;
    if (has_non_latin_letters(name) && ready()) {
        const std::string spaced = split_korean_family_name(name);
        icu::UnicodeString text =
            icu::UnicodeString::fromUTF8(icu::StringPiece(spaced.data(), static_cast<int32_t>(spaced.size())));
        icu_->any_to_ascii->transliterate(text);
        text.toUTF8String(out);
        // What is left outside ASCII (a script ICU cannot romanise) is no help on a Latin keyboard.
        out.erase(std::remove_if(out.begin(), out.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }),
                  out.end());
        if (std::none_of(out.begin(), out.end(), [](char c) { return c >= 'a' && c <= 'z'; })) out.clear();
    }
    return cache_.emplace(key, std::move(out)).first->second;
}

namespace {

// Korean names are written without a space ("김민준"), and ICU romanises the run as one word ("gimminjun"),
// so typing the given name "minjun" would find nothing. The family name is almost always the first syllable:
// a space after it gives "gim minjun".
std::string split_korean_family_name(std::string_view name) {
    std::string out;
    std::size_t pos = 0;
    bool word_start = true;
    while (pos < name.size()) {
        const std::size_t start = pos;
        const char32_t cp = utf8::next(name, pos);
        out.append(name.substr(start, pos - start));
        const bool syllable = cp >= 0xAC00 && cp <= 0xD7AF;
        if (word_start && syllable && pos < name.size()) {
            std::size_t peek = pos;
            const char32_t after = utf8::next(name, peek);
            if (after >= 0xAC00 && after <= 0xD7AF) out += ' ';
        }
        word_start = cp == ' ';
    }
    return out;
}

} // namespace

bool has_non_latin_letters(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const utf8::Script s = utf8::script_of(utf8::next(text, pos));
        if (s != utf8::Script::Common && s != utf8::Script::Latin) return true;
    }
    return false;
}

} // namespace mb
