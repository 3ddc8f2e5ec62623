// tests/contact/vcard_parse.cpp — see vcard_parse.hpp.
#include "vcard_parse.hpp"

namespace mbtest {

std::string unfold(const std::string& payload) {
    std::string out;
    for (std::size_t i = 0; i < payload.size(); ++i) {
        if (payload.compare(i, 2, "\r\n") == 0 && i + 2 < payload.size() &&
            (payload[i + 2] == ' ' || payload[i + 2] == '\t')) {
            i += 2;                                    // skip CRLF and the one folding whitespace
            continue;
        }
        out += payload[i];
    }
    return out;
}

std::vector<VCardLine> parse_vcard_lines(const std::string& payload) {
    const std::string text = unfold(payload);
    std::vector<VCardLine> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find("\r\n", start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        const auto colon = line.find(':');
        lines.push_back(colon == std::string::npos ? VCardLine{line, ""}
                                                   : VCardLine{line.substr(0, colon), line.substr(colon + 1)});
        start = end + 2;
    }
    return lines;
}

std::string unescape_text(const std::string& raw) {
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size()) {
            const char c = raw[++i];
            out += (c == 'n' || c == 'N') ? '\n' : c;
        } else {
            out += raw[i];
        }
    }
    return out;
}

std::vector<std::string> split_structured(const std::string& raw) {
    std::vector<std::string> parts(1);
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size()) {
            parts.back() += raw.substr(i, 2);
            ++i;
        } else if (raw[i] == ';') {
            parts.emplace_back();
        } else {
            parts.back() += raw[i];
        }
    }
    for (auto& p : parts) p = unescape_text(p);
    return parts;
}

const VCardLine* find_line(const std::vector<VCardLine>& lines, const std::string& name) {
    for (const auto& l : lines) {
        if (l.name == name) return &l;
    }
    return nullptr;
}

} // namespace mbtest
