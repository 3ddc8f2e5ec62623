// core/text/person_name.hpp — the parts of a person's name that screens and search need.
//
// A display name is kept exactly as the person or the export wrote it ("Dr. Kim Min-jun, MD, FACPE"): the
// badge prints it whole. Screens that show many people (the board, the Done screen) use a short form, and
// search ignores titles, so both need the name without its affixes:
//   - honorifics before the name ("Dr.", "Prof.", "Mr", "Mme" ...), only from a fixed list, and only while
//     a name is left after them;
//   - post-nominals after a comma or semicolon ("..., MD, PhD"; "...; MBA") when every word there is a known
//     post-nominal or an all-capital abbreviation, and known post-nominals at the end without a comma
//     ("Jane Doe MD"), matched case-sensitively so a family name such as "Do" is not taken for "DO";
//   - a parenthesised romanisation after a name in another script ("陈静 (Chen Jing)").
// "Family, Given" (one comma, no post-nominals after it) is read as the inverted form of "Given Family".
//
// Short names follow the script:
//   - Han, Kana and Hangul names are shown whole, as written (family name first): "陈静", "山田太郎".
//   - Other scripts: given name and the family name's initial: "François L.", "Светлана И.". Lower-case
//     particles before the family name are kept ("Jan van der B.", "Maria de la C.", "Ahmad bin A.",
//     "Fatima al-Z."), and an initial keeps its combining marks ("प्रिया श.").
//   - When the export gave the given and family names apart, those are used instead of guessing which word
//     is which ("Minh N." for given "Minh", family "Nguyễn Thị").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mb {

struct NameAffixes {
    std::string honorifics;          // "Dr." or "Prof. Dr.", as written; "" if none
    std::string name;                // the name itself: "François L'Héritier", "陈静"
    std::string post_nominals;       // "MD, PhD" / "MBA", as written; "" if none
    std::string romanised;           // "Chen Jing" from "陈静 (Chen Jing)"; "" if none
};

// Splits a display name into its affixes and the name (see the rules above). Never throws; a name that is
// nothing but an honorific ("Dr.") is kept as the name.
NameAffixes split_name_affixes(std::string_view display_name);

// True for a word from the honorific list ("Dr", "Prof.", "Mrs" ...), any case, with or without its dot.
bool is_honorific_word(std::string_view word);

// The board's and Done screen's short form of a name (rules above). given/family: "" when unknown.
std::string short_person_name(std::string_view display_name, std::string_view given_name = {},
                              std::string_view family_name = {});

// Every spelling a person may be found by, for the kiosk's search: the name without affixes, the given and
// family names, the romanised name (from the export or the parentheses). Duplicates removed; unfolded.
std::vector<std::string> name_search_spellings(std::string_view display_name, std::string_view given_name,
                                               std::string_view family_name, std::string_view name_latin);

} // namespace mb
