// core/contact/contact_qr.cpp — see contact_qr.hpp.
#include "core/contact/contact_qr.hpp"

#include <array>
#include <optional>
#include <vector>

namespace mb {

namespace {

constexpr std::array<CardField, 5> kDropOrder{CardField::Title, CardField::Organization, CardField::LinkedIn,
                                              CardField::Phone, CardField::Email};

bool fits(const ConsentedCard& card, const ContactQrOptions& o) {
    try {
        (void)encode_qr(vcard_payload(card, o.vcard), o.qr);
        return true;
    } catch (const QrTooLarge&) {
        return false;
    }
}

// The fields to drop so the card fits: one alone if possible, else the fewest leading ones of kDropOrder.
// Empty if even the name alone does not fit.
std::vector<CardField> fields_to_drop(const ConsentedCard& card, const ContactQrOptions& o) {
    for (const CardField f : kDropOrder) {
        if (!card.has(f)) continue;
        ConsentedCard smaller = card;
        smaller.drop(f);
        if (fits(smaller, o)) return {f};
    }
    ConsentedCard smaller = card;
    std::vector<CardField> dropped;
    for (const CardField f : kDropOrder) {
        if (!smaller.has(f)) continue;
        smaller.drop(f);
        dropped.push_back(f);
        if (fits(smaller, o)) return dropped;
    }
    return {};
}

std::string list_labels(const std::vector<CardField>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out += (i + 1 == fields.size()) ? " and " : ", ";
        out += "the ";
        out += card_field_label(fields[i]);
    }
    return out;
}

[[noreturn]] void refuse_too_large(const ConsentedCard& card, const ContactQrOptions& o, const QrTooLarge& e) {
    const auto drop = fields_to_drop(card, o);
    std::string msg = "The contact card is " + std::to_string(e.payload_bytes) + " bytes; a QR code here holds " +
                      std::to_string(e.capacity_bytes) + ". ";
    if (drop.empty()) {
        msg += "Even the name alone is too long: shorten the name.";
        throw ContactError(ContactError::Kind::TooLarge, CardField::Name, {}, msg);
    }
    msg += "Remove " + list_labels(drop) + " to make it fit.";
    throw ContactError(ContactError::Kind::TooLarge, drop.front(), drop, msg);
}

} // namespace

ContactQr contact_qr(const ConsentedCard& card, const ContactQrOptions& options) {
    ContactQr out;
    out.card = card;
    out.payload = vcard_payload(card, options.vcard);
    try {
        out.matrix = encode_qr(out.payload, options.qr);
    } catch (const QrTooLarge& e) {
        refuse_too_large(card, options, e);
    }
    return out;
}

ContactQr contact_qr(const Attendee& a, const ContactQrOptions& options) {
    return contact_qr(consented_card(a), options);
}

} // namespace mb
