// tests/contact/vcard_parse.hpp — a small, independent vCard 3.0 reader, to check payloads mean what we meant.
//
// Written from RFC 2425/2426, not from core/contact: unfold (CRLF + one space/TAB), split content lines
// at the first ':', unescape TEXT (\\ \, \; \n \N). Structured values (N) split at unescaped ';'.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace mbtest {

struct VCardLine {
    std::string name;     // property name with parameters, e.g. "EMAIL;TYPE=INTERNET"
    std::string raw;      // value as written (still escaped)
};

std::string unfold(const std::string& payload);
std::vector<VCardLine> parse_vcard_lines(const std::string& payload);   // unfolded, split at CRLF
std::string unescape_text(const std::string& raw);
std::vector<std::string> split_structured(const std::string& raw);       // unescaped components

// The single line named `name` (exact match), or nullptr.
const VCardLine* find_line(const std::vector<VCardLine>& lines, const std::string& name);

} // namespace mbtest
