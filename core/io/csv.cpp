// core/io/csv.cpp — see csv.hpp.
//
// The reader is a small state machine over bytes. Multi-byte UTF-8 never contains bytes equal to ASCII
// delimiters, quotes or line ends, so working on bytes is safe; UTF-8 validity is checked per field.
#include "core/io/csv.hpp"

#include <array>

namespace mb {

namespace {

bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        int extra = 0;
        if (c < 0x80) extra = 0;
        else if (c >= 0xC2 && c <= 0xDF) extra = 1;
        else if (c >= 0xE0 && c <= 0xEF) extra = 2;
        else if (c >= 0xF0 && c <= 0xF4) extra = 3;
        else return false;
        if (i + static_cast<std::size_t>(extra) >= s.size() && extra > 0) return false;   // truncated
        for (int k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((cc & 0xC0) != 0x80) return false;
        }
        // Overlong 3/4-byte forms and surrogates.
        if (extra == 2) {
            const auto c1 = static_cast<unsigned char>(s[i + 1]);
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) return false;
        }
        if (extra == 3) {
            const auto c1 = static_cast<unsigned char>(s[i + 1]);
            if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) return false;
        }
        i += static_cast<std::size_t>(extra) + 1;
    }
    return true;
}

std::string_view strip_bom(std::string_view text) {
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    return text;
}

// Reads one record starting at pos; advances pos past its line end and line past the lines it used.
CsvRecord read_record(std::string_view text, std::size_t& pos, int& line, char delim) {
    CsvRecord rec;
    rec.line = line;
    std::string field;
    bool quoted = false;          // inside a quoted section
    bool was_quoted = false;      // the current field began with a quote
    bool after_close = false;     // just saw the closing quote of this field
    auto end_field = [&] {
        rec.fields.push_back(std::move(field));
        field.clear();
        was_quoted = after_close = false;
    };
    while (pos < text.size()) {
        const char c = text[pos++];
        if (quoted) {
            if (c == '"') {
                if (pos < text.size() && text[pos] == '"') { field += '"'; ++pos; }
                else { quoted = false; after_close = true; }
            } else {
                if (c == '\n' || (c == '\r' && (pos >= text.size() || text[pos] != '\n'))) ++line;
                field += c;
            }
            continue;
        }
        if (c == delim) { end_field(); continue; }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && pos < text.size() && text[pos] == '\n') ++pos;
            ++line;
            end_field();
            return rec;
        }
        if (after_close) {
            if (c == ' ' || c == '\t') continue;   // "a"  , tolerated
            rec.error = "unexpected text after a closing quote";
            continue;
        }
        if (c == '"' && field.empty() && !was_quoted) { quoted = was_quoted = true; continue; }
        field += c;                                 // a quote inside an unquoted field is kept literally
    }
    if (quoted) rec.error = "a quoted field starting on line " + std::to_string(rec.line) + " is never closed";
    end_field();
    return rec;
}

} // namespace

char guess_csv_delimiter(std::string_view text) {
    text = strip_bom(text);
    std::array<int, 3> counts{};                   // , ; \t outside quotes on the first line
    constexpr std::array<char, 3> kDelims{',', ';', '\t'};
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        for (std::size_t i = 0; i < kDelims.size(); ++i) counts[i] += c == kDelims[i];
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < kDelims.size(); ++i) {
        if (counts[i] > counts[best]) best = i;
    }
    return kDelims[best];
}

std::vector<CsvRecord> parse_csv(std::string_view text) {
    text = strip_bom(text);
    const char delim = guess_csv_delimiter(text);
    std::vector<CsvRecord> out;
    std::size_t pos = 0;
    int line = 1;
    while (pos < text.size()) {
        CsvRecord rec = read_record(text, pos, line, delim);
        const bool blank = rec.error.empty() && rec.fields.size() == 1 && rec.fields[0].empty();
        if (blank) continue;
        if (rec.error.empty()) {
            for (std::size_t i = 0; i < rec.fields.size(); ++i) {
                if (!valid_utf8(rec.fields[i])) {
                    rec.error = "column " + std::to_string(i + 1) +
                                " is not valid UTF-8 (save the file as \"CSV UTF-8\")";
                    break;
                }
            }
        }
        if (!rec.error.empty()) rec.fields.clear();
        out.push_back(std::move(rec));
    }
    return out;
}

std::string csv_cell(std::string_view value) {
    std::string v;
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                           value[0] == '\t' || value[0] == '\r')) {
        v += '\'';
    }
    v += value;
    const bool needs_quotes = v.find_first_of(",\"\r\n;") != std::string::npos ||
                              (!v.empty() && (v.front() == ' ' || v.back() == ' '));
    if (!needs_quotes) return v;
    std::string q = "\"";
    for (char c : v) {
        if (c == '"') q += '"';
        q += c;
    }
    q += '"';
    return q;
}

std::string csv_row(const std::vector<std::string>& cells) {
    std::string row;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) row += ',';
        row += csv_cell(cells[i]);
    }
    row += "\r\n";
    return row;
}

} // namespace mb
