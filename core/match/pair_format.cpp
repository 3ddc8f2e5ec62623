// core/match/pair_format.cpp — text and JSON renderings of a round plan.
#include "core/match/pair_format.hpp"

#include <cstdio>
#include <map>

namespace mb {

namespace {

std::string name_of(const NameBook& names, AttendeeId id) {
    const auto it = names.find(id);
    return it == names.end() ? "#" + std::to_string(id) : it->second;
}

std::string_view lock_key(LockKind k) {
    switch (k) {
    case LockKind::None: return "none";
    case LockKind::Organizer: return "organizer";
    case LockKind::MutualYes: return "mutual_yes";
    }
    return "none";
}

// Length of the valid UTF-8 sequence starting at s[i], or 0 if it is not one.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) return 1;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1Fu; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0Fu; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07u; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto d = static_cast<unsigned char>(s[i + k]);
        if ((d & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (d & 0x3Fu);
    }
    const std::uint32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_len[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;   // overlong, surrogate
    return len;
}

} // namespace

std::string json_escape(std::string_view s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        const std::size_t len = utf8_length(s, i);
        if (len == 0) {
            out += "\xEF\xBF\xBD";                             // U+FFFD for a broken byte
            ++i;
            continue;
        }
        if (len > 1) {
            out.append(s.substr(i, len));
            i += len;
            continue;
        }
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += buf;
            } else {
                out += c;
            }
        }
        ++i;
    }
    return out + "\"";
}

std::string format_pairs_text(const RoundPlan& plan, const NameBook& names) {
    std::string out;
    for (const SeatedPair& p : plan.pairs) {
        out += p.table > 0 ? "Table " + std::to_string(p.table) + ": " : std::string("No table: ");
        out += name_of(names, p.mentor) + " (mentor) + " + name_of(names, p.mentee) + " (mentee), score " +
               std::to_string(p.score);
        if (p.lock != LockKind::None) out += " [locked]";
        for (std::size_t i = 0; i < p.reasons.size(); ++i) out += (i == 0 ? " - " : "; ") + p.reasons[i];
        out += '\n';
    }
    if (!plan.waiting.empty()) {
        out += "Waiting: ";
        for (std::size_t i = 0; i < plan.waiting.size(); ++i) out += (i ? ", " : "") + name_of(names, plan.waiting[i]);
        out += '\n';
    }
    if (plan.pairs.empty() && plan.waiting.empty()) out += "Nobody is present.\n";
    return out;
}

std::string format_pairs_json(const RoundPlan& plan, const NameBook& names) {
    auto person = [&](AttendeeId id) {
        return "{\"id\":" + std::to_string(id) + ",\"name\":" + json_escape(name_of(names, id)) + "}";
    };
    std::string out = "{\"pairs\":[";
    std::int64_t total = 0;
    for (std::size_t i = 0; i < plan.pairs.size(); ++i) {
        const SeatedPair& p = plan.pairs[i];
        total += p.score;
        out += i ? "," : "";
        out += "{\"table\":" + std::to_string(p.table) + ",\"mentor\":" + person(p.mentor) +
               ",\"mentee\":" + person(p.mentee) + ",\"score\":" + std::to_string(p.score) + ",\"lock\":\"" +
               std::string(lock_key(p.lock)) + "\",\"reasons\":[";
        for (std::size_t r = 0; r < p.reasons.size(); ++r) out += (r ? "," : "") + json_escape(p.reasons[r]);
        out += "]}";
    }
    // Groups: one per mentor in table order, each mentee once (a 1 : 1 board has groups of one mentee).
    out += "],\"groups\":[";
    std::vector<AttendeeId> mentors;
    std::map<AttendeeId, std::vector<const SeatedPair*>> group_of;
    for (const SeatedPair& p : plan.pairs) {
        auto& g = group_of[p.mentor];
        if (g.empty()) mentors.push_back(p.mentor);
        g.push_back(&p);
    }
    for (std::size_t i = 0; i < mentors.size(); ++i) {
        const auto& g = group_of.at(mentors[i]);
        out += (i ? ",{" : "{") + std::string("\"table\":") + std::to_string(g.front()->table) +
               ",\"mentor\":" + person(mentors[i]) + ",\"mentees\":[";
        for (std::size_t k = 0; k < g.size(); ++k) {
            out += (k ? "," : "") + std::string("{\"id\":") + std::to_string(g[k]->mentee) + ",\"name\":" +
                   json_escape(name_of(names, g[k]->mentee)) + ",\"score\":" + std::to_string(g[k]->score) +
                   ",\"reason\":" + json_escape(g[k]->reasons.empty() ? std::string() : g[k]->reasons.front()) + "}";
        }
        out += "]}";
    }
    out += "],\"waiting\":[";
    for (std::size_t i = 0; i < plan.waiting.size(); ++i) out += (i ? "," : "") + person(plan.waiting[i]);
    out += "],\"total\":" + std::to_string(total) + ",\"tables_used\":" + std::to_string(plan.tables_used) +
           ",\"unseated\":" + std::to_string(plan.unseated) + "}\n";
    return out;
}

} // namespace mb
