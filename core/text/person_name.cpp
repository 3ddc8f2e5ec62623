// core/text/person_name.cpp — see person_name.hpp for the rules.
//
// Index of sections:
//   [SECTION] Words
//   [SECTION] Affixes
//   [SECTION] Short names
//   [SECTION] Search spellings
#include "core/text/person_name.hpp"

#include <algorithm>
#include <array>

#include "core/text/utf8.hpp"
#include "core/util/strings.hpp"

namespace mb {

namespace {

// --- [SECTION] Words --------------------------------------------------------------------------------------

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    for (std::string_view w : split_any(text, " \t")) {
        if (!w.empty()) out.emplace_back(w);
    }
    return out;
}

std::string join(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (i > from ? " " : "") + words[i];
    return out;
}

std::string without_dots(std::string_view word) {
    std::string out;
    for (char c : word) {
        if (c != '.' && c != ',') out += c;
    }
    return out;
}

bool has_script(std::string_view text, bool (*wanted)(utf8::Script)) {
    for (std::size_t pos = 0; pos < text.size();) {
        if (wanted(utf8::script_of(utf8::next(text, pos)))) return true;
    }
    return false;
}

bool is_east_asian_text(std::string_view text) { return has_script(text, utf8::is_east_asian); }

bool is_latin_text(std::string_view text) {
    return !has_script(text, [](utf8::Script s) { return s != utf8::Script::Latin && s != utf8::Script::Common; });
}

// --- [SECTION] Affixes ------------------------------------------------------------------------------------

// Lower-case, dots removed: "Prof." -> "prof".
constexpr std::array<std::string_view, 22> kHonorifics = {
    "dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "rev", "fr",
    "mme", "mlle", "herr", "frau", "dra", "drs", "pr", "assoc", "hon", "sra",
};

// Dots removed, case as usually written. Two-letter ones must match exactly ("DO" the degree, not "Do" the
// Vietnamese family name); longer ones also match in any case ("Phd", "MBA").
constexpr std::array<std::string_view, 66> kPostNominals = {
    "MD", "DO", "PhD", "DPhil", "MBA", "MPH", "MHA", "MHSA", "MSc", "MS", "MSN", "BSN", "RN", "NP", "PA",
    "PA-C", "DNP", "APRN", "CRNA", "FACPE", "FACHE", "FACP", "FACS", "FRCP", "FRCS", "FRCPC", "FACEP", "FAAP",
    "FAAN", "FAAFP", "FACC", "FHM", "CPE", "CHCIO", "CMPE", "MBBS", "MBChB", "JD", "Esq", "Jr", "Sr", "II",
    "III", "IV", "PharmD", "DDS", "DMD", "OD", "DPT", "LCSW", "EdD", "MEd", "MA", "BA", "BSc", "MPA", "CPA",
    "DrPH", "MMM", "MSHA", "FRACP", "FRCSEd", "MRCP", "DNB", "MS", "MCh",
};

bool is_honorific(std::string_view word) {
    const std::string w = ascii_lower(without_dots(word));
    return std::find(kHonorifics.begin(), kHonorifics.end(), w) != kHonorifics.end();
}

bool is_known_post_nominal(std::string_view word) {
    const std::string w = without_dots(word);
    for (std::string_view p : kPostNominals) {
        if (w == p) return true;
        if (p.size() >= 3 && w.size() == p.size() && ascii_lower(w) == ascii_lower(p)) return true;
    }
    return false;
}

// "FACHE", "CPHIMS", "PA-C": capitals, digits and hyphens, 2..8 long, at least two capitals.
bool is_capital_abbreviation(std::string_view word) {
    const std::string w = without_dots(word);
    if (w.size() < 2 || w.size() > 8) return false;
    int capitals = 0;
    for (char c : w) {
        if (c >= 'A' && c <= 'Z') ++capitals;
        else if (!(c >= '0' && c <= '9') && c != '-') return false;
    }
    return capitals >= 2;
}

bool is_post_nominal_segment(std::string_view segment) {
    const std::vector<std::string> words = words_of(segment);
    if (words.empty()) return true;                                   // "Name, " : a stray separator
    return std::all_of(words.begin(), words.end(),
                       [](const std::string& w) { return is_known_post_nominal(w) || is_capital_abbreviation(w); });
}

// Moves trailing ", MD" / "; MBA" segments from `name` into `post` (outermost last).
void take_separated_post_nominals(std::string& name, std::string& post) {
    while (true) {
        const auto cut = name.find_last_of(",;");
        if (cut == std::string::npos || cut == 0) return;
        const std::string segment(trim(std::string_view(name).substr(cut + 1)));
        if (!is_post_nominal_segment(segment)) return;
        if (!segment.empty()) post = post.empty() ? segment : segment + ", " + post;
        name = std::string(trim(std::string_view(name).substr(0, cut)));
    }
}

} // namespace

bool is_honorific_word(std::string_view word) { return is_honorific(word); }

NameAffixes split_name_affixes(std::string_view display_name) {
    NameAffixes out;
    std::string name(trim(display_name));
    take_separated_post_nominals(name, out.post_nominals);

    // A trailing "(...)": a romanisation after a name in another script, otherwise a nickname or pronouns.
    if (!name.empty() && name.back() == ')') {
        if (const auto open = name.rfind('('); open != std::string::npos && open > 0) {
            const std::string inner(trim(std::string_view(name).substr(open + 1, name.size() - open - 2)));
            const std::string outer(trim(std::string_view(name).substr(0, open)));
            if (!is_latin_text(outer) && is_latin_text(inner)) out.romanised = inner;
            name = outer;
        }
    }
    take_separated_post_nominals(name, out.post_nominals);
    // "Family, Given": one comma left and nothing after it that is a post-nominal.
    if (const auto comma = name.find(','); comma != std::string::npos && name.find_first_of(",;", comma + 1) == std::string::npos) {
        const std::string family(trim(std::string_view(name).substr(0, comma)));
        const std::string given(trim(std::string_view(name).substr(comma + 1)));
        if (!family.empty() && !given.empty()) name = given + " " + family;
    }

    std::vector<std::string> words = words_of(name);
    std::size_t end = words.size();
    std::string trailing;
    while (end >= 2 && is_known_post_nominal(words[end - 1]) && !is_honorific(words[end - 2])) {
        trailing = trailing.empty() ? words[end - 1] : words[end - 1] + " " + trailing;
        --end;
    }
    if (!trailing.empty()) out.post_nominals = out.post_nominals.empty() ? trailing : trailing + ", " + out.post_nominals;
    std::size_t begin = 0;
    while (begin + 1 < end && is_honorific(words[begin])) ++begin;
    out.honorifics = join(words, 0, begin);
    out.name = join(words, begin, end);
    return out;
}

// --- [SECTION] Short names --------------------------------------------------------------------------------

namespace {

constexpr std::array<std::string_view, 27> kParticles = {
    "van", "von", "der", "den", "de", "del", "della", "delle", "di", "da", "das", "do", "dos", "du",
    "des", "la", "le", "ter", "ten", "bin", "binti", "bint", "ibn", "al", "el", "zu", "y",
};

bool is_particle(std::string_view word) {
    return std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
}

// The first written cluster of a word: a letter with its combining marks, and through a Devanagari virama
// the consonant it joins ("प्र" of "प्रिया").
std::string first_cluster(std::string_view word) {
    std::size_t pos = 0;
    if (word.empty()) return {};
    utf8::next(word, pos);
    bool joined = false;
    while (pos < word.size()) {
        std::size_t peek = pos;
        const char32_t cp = utf8::next(word, peek);
        if (!(utf8::is_combining(cp) || joined)) break;
        joined = cp == utf8::kDevanagariVirama;
        pos = peek;
    }
    return std::string(word.substr(0, pos));
}

// "L'Héritier" -> "L.", "al-Zahra" -> "al-Z.", "الزهراء" -> "الز.", "Иванова" -> "И.".
std::string family_initial(std::string_view word) {
    if (const auto dash = word.find('-'); dash != std::string_view::npos && dash + 1 < word.size() &&
                                          is_particle(word.substr(0, dash)))
        return std::string(word.substr(0, dash + 1)) + first_cluster(word.substr(dash + 1)) + ".";
    constexpr std::string_view kArabicArticle = "\u0627\u0644";         // "ال"
    if (word.size() > kArabicArticle.size() + 2 && word.substr(0, kArabicArticle.size()) == kArabicArticle)
        return std::string(kArabicArticle) + first_cluster(word.substr(kArabicArticle.size())) + ".";
    return first_cluster(word) + ".";
}

// Leading lower-case particles kept, then the initial of the first word that is not one.
std::string short_family(const std::vector<std::string>& family) {
    std::string out;
    for (const std::string& w : family) {
        if (is_particle(w)) {
            out += w + " ";
            continue;
        }
        return out + family_initial(w);
    }
    return join(family, 0, family.size());                                 // all particles: keep as is
}

// A given or family name column without the titles and post-nominals written into it ("Dr. Hannah" ->
// "Hannah", "Kim MD, FACPE" -> "Kim"); a part that is nothing but a title stays as it is.
std::string name_part(std::string_view part) {
    const std::string trimmed(trim(part));
    if (trimmed.empty()) return trimmed;
    const std::string bare = split_name_affixes(trimmed).name;
    return bare.empty() ? trimmed : bare;
}

} // namespace

std::string short_person_name(std::string_view display_name, std::string_view given_name, std::string_view family_name) {
    // Exports put titles in the name parts too (First Name "Dr. Hannah", Last Name "Kim MD, FACPE").
    const std::string given = name_part(given_name), family = name_part(family_name);
    if (!given.empty() && !family.empty()) {
        if (is_east_asian_text(given) || is_east_asian_text(family)) return family + given;
        return given + " " + short_family(words_of(family));
    }
    const std::string name = split_name_affixes(display_name).name;
    if (is_east_asian_text(name)) return name;
    const std::vector<std::string> words = words_of(name);
    if (words.size() <= 1) return name;
    // Given name first, then the particles directly before the last word, then its initial.
    std::size_t last = words.size() - 1;
    std::size_t particles = last;
    while (particles > 1 && is_particle(words[particles - 1])) --particles;
    return words[0] + " " + short_family(std::vector<std::string>(words.begin() + particles, words.end()));
}

// --- [SECTION] Search spellings ---------------------------------------------------------------------------

std::vector<std::string> name_search_spellings(std::string_view display_name, std::string_view given_name,
                                               std::string_view family_name, std::string_view name_latin) {
    const NameAffixes parts = split_name_affixes(display_name);
    std::vector<std::string> out;
    auto add = [&](std::string_view s) {
        const std::string t(trim(s));
        if (!t.empty() && std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    };
    add(parts.name.empty() ? std::string(display_name) : parts.name);
    add(name_part(given_name));
    add(name_part(family_name));
    add(name_latin);
    add(parts.romanised);
    return out;
}

} // namespace mb
