// core/contact/vcard_text.hpp — the byte-level rules of vCard 3.0 text (RFC 2426 / RFC 2425).
//
// Three small jobs, kept apart from the card logic so each can be tested on its own:
//  - checking that a field's bytes can be carried at all (valid UTF-8, no control characters),
//  - escaping a text value (backslash, comma, semicolon, line breaks),
//  - folding a long content line at 75 octets without splitting a UTF-8 character or an escape pair.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mb {

enum class TextProblem : unsigned char {
    None,
    InvalidUtf8,        // a byte sequence that is not well-formed UTF-8 (overlong, surrogate, > U+10FFFF...)
    ControlCharacter,   // NUL, other C0 controls, DEL or C1 controls (U+0080..U+009F)
    LineBreak,          // CR or LF where the field must stay on one line
};

struct TextCheck {
    TextProblem problem = TextProblem::None;  // first problem found
    std::size_t offset = 0;                   // byte offset of that problem in the checked text
};

// Checks text for a card field. TAB is always allowed; CR and LF only if allow_line_breaks.
TextCheck check_card_text(std::string_view text, bool allow_line_breaks);
std::string_view text_problem_message(TextProblem p);   // "is not valid UTF-8", ...

// Escapes a TEXT value: '\' -> "\\", ',' -> "\,", ';' -> "\;", and each line break (CRLF, CR or LF)
// -> "\n". Other bytes pass through unchanged (the input is expected to have passed check_card_text).
std::string escape_vcard_text(std::string_view text);

// Folds one content line (without its CRLF) so no physical line exceeds max_octets octets: the line is cut
// before a UTF-8 character or escape pair that would overflow, and each continuation starts with one space
// (which counts toward the limit). Returns the physical lines joined by "\r\n", without a final CRLF.
std::string fold_vcard_line(std::string_view line, std::size_t max_octets = 75);

// Collapses every run of ASCII whitespace (space, TAB, CR, LF) to one space and trims both ends.
std::string collapse_whitespace(std::string_view text);

} // namespace mb
