// core/contact/vcard_text.cpp — see vcard_text.hpp.
#include "core/contact/vcard_text.hpp"

#include <cstdint>

namespace mb {

namespace {

// Length of the well-formed UTF-8 sequence starting at s[i] (1..4), or 0 if it is not well-formed.
// Follows the Unicode table of well-formed byte sequences (no overlongs, no surrogates, <= U+10FFFF).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(s[k]); };
    const std::uint8_t b0 = byte(i);
    if (b0 < 0x80) return 1;
    std::size_t len = 0;
    std::uint8_t lo = 0x80, hi = 0xBF;                 // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) len = 2;
    else if (b0 == 0xE0) { len = 3; lo = 0xA0; }
    else if (b0 >= 0xE1 && b0 <= 0xEC) len = 3;
    else if (b0 == 0xED) { len = 3; hi = 0x9F; }      // excludes UTF-16 surrogates
    else if (b0 >= 0xEE && b0 <= 0xEF) len = 3;
    else if (b0 == 0xF0) { len = 4; lo = 0x90; }
    else if (b0 >= 0xF1 && b0 <= 0xF3) len = 4;
    else if (b0 == 0xF4) { len = 4; hi = 0x8F; }      // nothing above U+10FFFF
    else return 0;
    if (i + len > s.size()) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < len; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    }
    return len;
}

bool is_c1_control(std::string_view s, std::size_t i, std::size_t len) {
    // U+0080..U+009F encode as C2 80..C2 9F.
    return len == 2 && static_cast<std::uint8_t>(s[i]) == 0xC2 && static_cast<std::uint8_t>(s[i + 1]) <= 0x9F;
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

} // namespace

// --- Checking --------------------------------------------------------------------------------------------

TextCheck check_card_text(std::string_view text, bool allow_line_breaks) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = utf8_sequence_length(text, i);
        if (len == 0) return {TextProblem::InvalidUtf8, i};
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            if (!allow_line_breaks) return {TextProblem::LineBreak, i};
        } else if ((len == 1 && (static_cast<std::uint8_t>(c) < 0x20 && c != '\t')) || c == 0x7F ||
                   is_c1_control(text, i, len)) {
            return {TextProblem::ControlCharacter, i};
        }
        i += len;
    }
    return {};
}

std::string_view text_problem_message(TextProblem p) {
    switch (p) {
    case TextProblem::None: return "is fine";
    case TextProblem::InvalidUtf8: return "is not valid UTF-8 text";
    case TextProblem::ControlCharacter: return "contains an invisible control character";
    case TextProblem::LineBreak: return "must fit on one line";
    }
    return "is not usable";
}

// --- Escaping --------------------------------------------------------------------------------------------

std::string escape_vcard_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\': out += "\\\\"; break;
        case ',': out += "\\,"; break;
        case ';': out += "\\;"; break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;   // CRLF is one line break
            out += "\\n";
            break;
        case '\n': out += "\\n"; break;
        default: out += c;
        }
    }
    return out;
}

// --- Folding ---------------------------------------------------------------------------------------------

std::string fold_vcard_line(std::string_view line, std::size_t max_octets) {
    if (max_octets < 6) max_octets = 6;                // room for a space plus the longest unit (4 octets)
    std::string out;
    out.reserve(line.size() + line.size() / max_octets * 3 + 3);
    std::size_t used = 0;                              // octets on the current physical line
    for (std::size_t i = 0; i < line.size();) {
        std::size_t unit = utf8_sequence_length(line, i);
        if (unit == 0) unit = 1;                       // unchecked input: never split further than a byte
        if (line[i] == '\\' && i + 1 < line.size()) unit = 2;   // keep an escape pair together
        if (used + unit > max_octets) {
            out += "\r\n ";
            used = 1;
        }
        out.append(line.substr(i, unit));
        used += unit;
        i += unit;
    }
    return out;
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending = false;
    for (const char c : text) {
        if (is_ascii_space(c)) {
            pending = !out.empty();
            continue;
        }
        if (pending) out += ' ';
        pending = false;
        out += c;
    }
    return out;
}

} // namespace mb
