// core/kiosk/find_index.cpp — folded word-prefix search over names and organizations.
#include "core/kiosk/find_index.hpp"

#include <algorithm>

#include "core/privacy/erase.hpp"
#include "core/text/fold.hpp"
#include "core/text/person_name.hpp"
#include "core/util/strings.hpp"

namespace mb::kiosk {

namespace {

// True when `spaced_word` (" " + word) starts a word of `haystack`, which begins with a space by construction.
bool starts_a_word(const std::string& haystack, const std::string& spaced_word) {
    return !haystack.empty() && haystack.find(spaced_word) != std::string::npos;
}

std::vector<std::string> spaced_words(std::string_view query) {
    std::vector<std::string> words;
    const std::string folded = fold_for_search(query);
    for (std::string_view w : split_any(folded, " ")) {
        if (!w.empty()) words.push_back(" " + std::string(w));
    }
    return words;
}

// "O'Brien" folds to "o brien", but people type "obrien": index the apostrophe-free spelling as well.
std::string without_apostrophes(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\'' || text[i] == '`') continue;
        if (text.substr(i, 3) == "\u2019") {                  // typographic apostrophe
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

} // namespace

FindIndex::FindIndex(const std::vector<Attendee>& attendees, Romaniser* romaniser) {
    entries_.reserve(attendees.size());
    for (const Attendee& a : attendees) {
        if (is_erased(a)) continue;            // an erased row stays for the counts, but is nobody to find
        FindEntry e;
        e.id = a.id;
        e.name = a.display_name;
        e.organization = a.organization;
        e.role = a.role;
        // Every spelling: the name without titles first (it sorts the list), then the given and family
        // names, the romanised name, and each without apostrophes. Titles ("Dr", "MD") are not searchable:
        // typing "dr" would otherwise list every physician.
        std::vector<std::string> spellings =
            name_search_spellings(a.display_name, a.given_name, a.family_name, a.name_latin);
        if (romaniser) {
            const std::string latin = romaniser->latin(spellings.front());
            if (!latin.empty()) spellings.push_back(latin);
        }
        for (const std::string& spelling : spellings) {
            for (const std::string& form : {fold_for_search(spelling), fold_for_search(without_apostrophes(spelling))}) {
                if (!form.empty() && e.folded_name.find(" " + form + " ") == std::string::npos)
                    e.folded_name += " " + form + " ";
            }
        }
        const std::string org = fold_for_search(a.organization);
        if (!org.empty()) e.folded_organization = " " + org;
        entries_.push_back(std::move(e));
    }
    std::stable_sort(entries_.begin(), entries_.end(),
                     [](const FindEntry& x, const FindEntry& y) { return x.folded_name < y.folded_name; });
}

FindOutcome FindIndex::search(std::string_view query, std::size_t limit) const {
    FindOutcome out;
    const std::vector<std::string> words = spaced_words(query);
    if (words.empty()) return out;
    std::vector<FindHit> by_org;                  // organization matches, appended after name matches
    for (const FindEntry& e : entries_) {
        bool all_in_name = true;
        bool all_found = true;
        for (const std::string& w : words) {
            const bool in_name = starts_a_word(e.folded_name, w);
            all_in_name = all_in_name && in_name;
            if (!in_name && !starts_a_word(e.folded_organization, w)) {
                all_found = false;
                break;
            }
        }
        if (!all_found) continue;
        ++out.total_matches;
        if (all_in_name) {
            if (out.hits.size() < limit) out.hits.push_back({&e, true});
        } else if (by_org.size() < limit) {
            by_org.push_back({&e, false});
        }
    }
    for (const FindHit& h : by_org) {
        if (out.hits.size() >= limit) break;
        out.hits.push_back(h);
    }
    return out;
}

int count_query_letters(std::string_view query) {
    const std::string folded = fold_for_search(query);
    // Count code points, not bytes: one CJK character is three UTF-8 bytes but one letter.
    return static_cast<int>(std::count_if(folded.begin(), folded.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return c != ' ' && (byte & 0xC0u) != 0x80u;
    }));
}

} // namespace mb::kiosk
