// core/contact/vcard.hpp — the vCard 3.0 payload that goes into a contact QR code.
//
// Why 3.0: it is what the iOS and Android camera apps import natively; 4.0 garbles non-ASCII on iPhones.
// The payload is UTF-8 without a BOM, with CRLF after every line (RFC 2425), and holds, in this order:
//   BEGIN:VCARD, VERSION:3.0, N, FN, then ORG, TITLE, TEL, EMAIL;TYPE=INTERNET, URL — each only if present
//   in the ConsentedCard (i.e. consented and non-empty) — and END:VCARD.
// No CHARSET parameter (not part of 3.0; UTF-8 is the default readers assume).
#pragma once

#include <string>

#include "core/contact/contact_card.hpp"
#include "core/model/attendee.hpp"

namespace mb {

struct VCardOptions {
    bool fold_long_lines = true;   // RFC 2425: lines SHOULD NOT exceed 75 octets; folding costs 3 bytes/fold
};

// The payload for a card that has already been through consent (consented_card()).
std::string vcard_payload(const ConsentedCard& card, const VCardOptions& options = {});

// Shortcut: consented_card() then vcard_payload(). Throws ContactError for an unusable consented field.
std::string vcard_for(const Attendee& a, const VCardOptions& options = {});

} // namespace mb
