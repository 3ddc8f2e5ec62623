// core/contact/card_output.hpp — what `matchbooth card` prints, as a pure function of a ContactQr.
//
// Two formats:
//  - VCard: the payload bytes exactly as they are in the QR code (CRLF line ends), so
//    `matchbooth card ... > person.vcf` gives a file phones and address books import.
//  - Text: for an organizer at a terminal: who, which fields are shared, the QR symbol facts, the code
//    drawn with Unicode half blocks (two module rows per text line), then the vCard with LF line ends.
#pragma once

#include <string>

#include "core/contact/contact_qr.hpp"

namespace mb {

enum class CardFormat : unsigned char { VCard, Text };

struct CardTextOptions {
    bool light_on_dark = true;   // terminal draws light text on a dark background: draw light modules as ink
};

std::string render_card(const ContactQr& qr, CardFormat format, const CardTextOptions& options = {});

// The QR drawn with "█", "▀", "▄" and spaces, quiet zone included, one line per two module rows.
std::string qr_as_text(const QrMatrix& matrix, bool light_on_dark);

// "name, organization, email address" — the fields present in the card, in vCard order.
std::string shared_fields_summary(const ConsentedCard& card);

} // namespace mb
