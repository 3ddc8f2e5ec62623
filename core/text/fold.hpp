// core/text/fold.hpp — folding text so people find what they mean, whatever accents or case they type.
//
// fold_for_search("Zoë Ñúñez") == "zoe nunez"; fold_for_search("Nguyễn Thị Minh") == "nguyen thi minh".
// Uses utf8proc (Debian libutf8proc) for Unicode decomposition and case folding: a maintained Unicode
// database does this better than a hand-written table. Letters that do not decompose to a base letter plus
// marks (đ, ł, ø, æ, ß ...) are mapped by a small table of our own.
#pragma once

#include <string>
#include <string_view>

namespace mb {

// Lowercase, accents removed, every run of non-alphanumeric characters (punctuation, spaces, symbols)
// turned into one space, no leading/trailing space. Invalid UTF-8 bytes are dropped, never an error.
std::string fold_for_search(std::string_view utf8);

// An organization name reduced to what identifies it: folded as above, and legal-form suffixes and
// leading articles removed ("The Mayo Clinic, Inc." -> "mayo clinic"). Two attendees work at the same
// organization when their normalized names are equal and non-empty.
std::string normalize_organization(std::string_view utf8);

} // namespace mb
