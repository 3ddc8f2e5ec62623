// core/contact/contact_card.cpp — see contact_card.hpp.
#include "core/contact/contact_card.hpp"

#include <array>
#include <vector>

#include "core/contact/vcard_text.hpp"
#include "core/util/strings.hpp"

namespace mb {

namespace {

// --- Name words ------------------------------------------------------------------------------------------

// Compares a word to a list entry ignoring ASCII case and trailing/inner dots ("Ph.D." == "phd").
bool word_is(std::string_view word, std::string_view key) {
    std::string bare;
    for (const char c : word) {
        if (c != '.') bare += c;
    }
    return ascii_lower(bare) == key;
}

bool is_prefix_word(std::string_view w) {
    constexpr std::array<std::string_view, 6> kPrefixes{"dr", "prof", "mr", "mrs", "ms", "mx"};
    for (const auto k : kPrefixes) {
        if (word_is(w, k)) return true;
    }
    return false;
}

bool is_suffix_word(std::string_view w) {
    // Deliberately without "V", "DO" or "PA": those are also family names ("Anh Do") or initials.
    constexpr std::array<std::string_view, 19> kSuffixes{
        "jr", "sr", "ii", "iii", "iv", "phd", "md", "rn", "np", "pa-c", "dnp",
        "mba", "mph", "msn", "bsn", "facs", "facp", "esq", "dds"};
    for (const auto k : kSuffixes) {
        if (word_is(w, k)) return true;
    }
    return false;
}

bool is_particle_word(std::string_view w) {
    constexpr std::array<std::string_view, 16> kParticles{
        "van", "von", "de", "da", "das", "dos", "du", "del", "della", "der", "den", "di", "la", "le", "bin", "al"};
    for (const auto k : kParticles) {
        if (w == k) return true;   // lowercase only: a capitalised "Van" or "De" is often a given name
    }
    return false;
}

std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> out;
    for (const auto w : split_any(s, " ")) {
        if (!w.empty()) out.push_back(w);
    }
    return out;
}

std::string join_words(const std::vector<std::string_view>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        if (!out.empty()) out += ' ';
        out += words[i];
    }
    return out;
}

// Removes comma-separated suffix parts from the end ("King, Jr., PhD") and returns them joined by ", ".
std::string take_comma_suffixes(std::string& rest) {
    std::vector<std::string> parts;
    while (true) {
        const auto comma = rest.rfind(',');
        if (comma == std::string::npos) break;
        const std::string tail{trim(std::string_view(rest).substr(comma + 1))};
        const auto tail_words = words_of(tail);
        bool all_suffix = !tail_words.empty();
        for (const auto w : tail_words) all_suffix = all_suffix && is_suffix_word(w);
        if (!all_suffix) break;
        parts.insert(parts.begin(), tail);
        rest = std::string(trim(std::string_view(rest).substr(0, comma)));
    }
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += ", ";
        out += p;
    }
    return out;
}

// --- Field tidying ---------------------------------------------------------------------------------------

[[noreturn]] void refuse(CardField f, std::string_view why) {
    std::string msg = "The ";
    msg += card_field_label(f);
    msg += " ";
    msg += why;
    msg += ".";
    throw ContactError(ContactError::Kind::InvalidField, f, {}, msg);
}

void require_clean(CardField f, std::string_view text, bool allow_line_breaks) {
    const TextCheck check = check_card_text(text, allow_line_breaks);
    if (check.problem != TextProblem::None) {
        refuse(f, std::string(text_problem_message(check.problem)) + " (at byte " +
                      std::to_string(check.offset) + ")");
    }
}

bool has_digit(std::string_view s) {
    for (const char c : s) {
        if (c >= '0' && c <= '9') return true;
    }
    return false;
}

bool has_scheme(std::string_view url) {
    const auto colon = url.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    for (std::size_t i = 0; i < colon; ++i) {
        const char c = url[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
        if (!ok) return false;
    }
    // "linkedin.com:443/in/x" has a port, not a scheme; a scheme is followed by "//" or is mailto-like.
    return url.substr(colon + 1).starts_with("//");
}

std::string tidy_url(std::string_view raw) {
    const std::string_view url = trim(raw);
    std::string out = has_scheme(url) ? std::string() : std::string("https://");
    for (const char c : url) {
        switch (c) {
        case ',': out += "%2C"; break;
        case ';': out += "%3B"; break;
        case '\\': out += "%5C"; break;
        default: out += c;
        }
    }
    return out;
}

// Trims first, so a stray line break at the end of a one-line field (a common paste) is not an error.
std::optional<std::string> tidy_text(CardField f, std::string_view raw, bool allow_line_breaks) {
    const std::string_view t = trim(raw);
    require_clean(f, t, allow_line_breaks);
    if (t.empty()) return std::nullopt;
    return std::string(t);
}

} // namespace

// --- Structured name -------------------------------------------------------------------------------------

StructuredName structured_name(std::string_view display_name) {
    StructuredName n;
    std::string rest{trim(display_name)};

    auto words = words_of(rest);
    if (words.size() > 1 && is_prefix_word(words.front())) {
        n.prefix = std::string(words.front());
        rest = std::string(trim(std::string_view(rest).substr(words.front().size())));
    }
    n.suffix = take_comma_suffixes(rest);

    const auto comma = rest.find(',');
    if (comma != std::string::npos) {
        n.family = std::string(trim(std::string_view(rest).substr(0, comma)));
        n.given = std::string(trim(std::string_view(rest).substr(comma + 1)));
        return n;
    }

    words = words_of(rest);
    std::size_t end = words.size();
    std::vector<std::string_view> trailing;
    while (end > 1 && is_suffix_word(words[end - 1])) {
        trailing.insert(trailing.begin(), words[end - 1]);
        --end;
    }
    if (!trailing.empty()) {
        const std::string more = join_words(trailing, 0, trailing.size());
        n.suffix = n.suffix.empty() ? more : more + ", " + n.suffix;
    }
    if (end <= 1) {
        n.given = join_words(words, 0, end);
        return n;
    }
    std::size_t family_start = end - 1;
    while (family_start > 1 && is_particle_word(words[family_start - 1])) --family_start;
    n.family = join_words(words, family_start, end);
    n.given = join_words(words, 0, family_start);
    return n;
}

// --- Consent ---------------------------------------------------------------------------------------------

bool ConsentedCard::has(CardField f) const {
    switch (f) {
    case CardField::Name: return true;
    case CardField::Title: return title.has_value();
    case CardField::Organization: return organization.has_value();
    case CardField::LinkedIn: return url.has_value();
    case CardField::Phone: return phone.has_value();
    case CardField::Email: return email.has_value();
    }
    return false;
}

void ConsentedCard::drop(CardField f) {
    switch (f) {
    case CardField::Name: break;
    case CardField::Title: title.reset(); break;
    case CardField::Organization: organization.reset(); break;
    case CardField::LinkedIn: url.reset(); break;
    case CardField::Phone: phone.reset(); break;
    case CardField::Email: email.reset(); break;
    }
}

ConsentedCard consented_card(const Attendee& a) {
    ConsentedCard card;
    require_clean(CardField::Name, a.display_name, true);
    card.name = collapse_whitespace(a.display_name);
    if (card.name.empty()) refuse(CardField::Name, "is empty");
    card.n = structured_name(card.name);

    if (a.share_organization) card.organization = tidy_text(CardField::Organization, a.organization, true);
    if (a.share_title) card.title = tidy_text(CardField::Title, a.title, true);
    if (a.email.shared) {
        card.email = tidy_text(CardField::Email, a.email.value, false);
        if (card.email && !looks_like_email(*card.email)) refuse(CardField::Email, "does not look like an address");
    }
    if (a.phone.shared) {
        card.phone = tidy_text(CardField::Phone, a.phone.value, false);
        if (card.phone && !has_digit(*card.phone)) refuse(CardField::Phone, "has no digits");
    }
    if (a.linkedin_url.shared) {
        const auto url = tidy_text(CardField::LinkedIn, a.linkedin_url.value, false);
        if (url) {
            for (const char c : *url) {
                if (c == ' ' || c == '\t') refuse(CardField::LinkedIn, "contains a space");
            }
            card.url = tidy_url(*url);
        }
    }
    return card;
}

} // namespace mb
