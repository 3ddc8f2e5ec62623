// core/contact/contact_qr.hpp — an attendee's consented vCard as a QR code, or a refusal that says what to drop.
//
// This is the entry point the kiosk, the board and the badge use. When the card does not fit (within
// QrOptions::max_version — the badge lowers it so modules stay big enough to scan), the error names the
// optional field whose removal makes it fit, trying them in CardField order (title, organization, LinkedIn,
// phone, email): first each one alone, then the fewest leading ones together. A code is never truncated.
#pragma once

#include <string>

#include "core/contact/contact_card.hpp"
#include "core/contact/qr_code.hpp"
#include "core/contact/vcard.hpp"

namespace mb {

struct ContactQrOptions {
    VCardOptions vcard;   // payload formatting
    QrOptions qr;         // error correction, version limit, quiet zone
};

struct ContactQr {
    ConsentedCard card;   // what is shared, exactly
    std::string payload;  // the vCard bytes inside the code
    QrMatrix matrix;      // the code, quiet zone included
};

// Throws ContactError: InvalidField for an unusable consented field, TooLarge (with fields_to_drop) when the
// card does not fit. Never returns a code whose payload differs from vcard_payload(card).
ContactQr contact_qr(const Attendee& a, const ContactQrOptions& options = {});
ContactQr contact_qr(const ConsentedCard& card, const ContactQrOptions& options = {});

} // namespace mb
