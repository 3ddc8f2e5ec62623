// core/text/romanise.hpp — a Latin spelling of a name written in another script, so the kiosk's search finds
// it from the Latin on-screen keyboard ("陈静" is found by "chen", "Светлана" by "svet", "김민준" by "minjun").
//
// The kiosk has no Chinese, Cyrillic or Arabic keyboard, and an export gives a romanised name only sometimes
// (Attendee::name_latin). ICU's transliterator ("Any-Latin; Latin-ASCII", Debian libicu) does what a table of
// our own could not do well: Han to pinyin, Hangul, Kana, Greek, Cyrillic, Devanagari, Arabic and Hebrew to
// plain ASCII letters. It is a search aid, never shown: ICU reads Japanese kanji with Mandarin sounds and
// writes unvoweled Arabic as it is spelled, so the spelling can differ from how the person romanises their
// own name; an export's romanised name is still searched as well.
//
// Transliterating is not cheap (about 0.2 ms a name on the 2-core machine: 1,000 non-Latin names among
// 10,000 attendees add ~0.2 s to the first index build), and the kiosk rebuilds its find index when the list
// changes, so every result is cached per name for the life of the Romaniser (rebuilds then cost ~0.1 µs a
// name). Never throws: without ICU's data it romanises nothing. Not thread-safe.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace mb {

class Romaniser {
public:
    Romaniser();                                   // cheap; ICU is set up at the first non-Latin name
    ~Romaniser();
    Romaniser(const Romaniser&) = delete;
    Romaniser& operator=(const Romaniser&) = delete;

    // Lower-case ASCII spelling of `name` when it has letters of a non-Latin script; "" when it has none (a
    // Latin name is searched as written, accents folded by fold_for_search) or when ICU is unavailable.
    const std::string& latin(std::string_view name);

private:
    struct Icu;
    bool ready();                                  // makes the transliterator once; false without ICU's data
    bool tried_ = false;
    std::unique_ptr<Icu> icu_;                     // null until ready(), and when ICU could not make one
    std::unordered_map<std::string, std::string> cache_;
};

// True if `text` has a letter of a script other than Latin (and other than the common punctuation).
bool has_non_latin_letters(std::string_view text);

} // namespace mb
