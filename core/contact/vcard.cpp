// core/contact/vcard.cpp — see vcard.hpp.
#include "core/contact/vcard.hpp"

#include "core/contact/vcard_text.hpp"

namespace mb {

namespace {

void add_line(std::string& out, const std::string& line, const VCardOptions& options) {
    out += options.fold_long_lines ? fold_vcard_line(line) : line;
    out += "\r\n";
}

std::string n_value(const StructuredName& n) {
    // Components are ';'-separated, so each is escaped on its own (a ';' inside a component becomes "\;").
    return escape_vcard_text(n.family) + ';' + escape_vcard_text(n.given) + ';' +
           escape_vcard_text(n.additional) + ';' + escape_vcard_text(n.prefix) + ';' +
           escape_vcard_text(n.suffix);
}

} // namespace

std::string vcard_payload(const ConsentedCard& card, const VCardOptions& options) {
    std::string out;
    out.reserve(256);
    add_line(out, "BEGIN:VCARD", options);
    add_line(out, "VERSION:3.0", options);
    add_line(out, "N:" + n_value(card.n), options);
    add_line(out, "FN:" + escape_vcard_text(card.name), options);
    // ORG is structured (organization;unit...): escaping ';' keeps the whole name in the first component.
    if (card.organization) add_line(out, "ORG:" + escape_vcard_text(*card.organization), options);
    if (card.title) add_line(out, "TITLE:" + escape_vcard_text(*card.title), options);
    if (card.phone) add_line(out, "TEL:" + escape_vcard_text(*card.phone), options);
    if (card.email) add_line(out, "EMAIL;TYPE=INTERNET:" + escape_vcard_text(*card.email), options);
    // URL is a URI, not TEXT: consented_card() already percent-encoded the characters TEXT would escape.
    if (card.url) add_line(out, "URL:" + *card.url, options);
    add_line(out, "END:VCARD", options);
    return out;
}

std::string vcard_for(const Attendee& a, const VCardOptions& options) {
    return vcard_payload(consented_card(a), options);
}

} // namespace mb
