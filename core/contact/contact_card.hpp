// core/contact/contact_card.hpp — what one attendee agreed to share, checked and tidied, ready for a vCard.
//
// consented_card() is the ONLY place where an Attendee becomes shareable data: it copies the name (always
// shared, it is on the badge) and each optional field only if its consent flag is set and it is not empty.
// Unconsented fields are never read beyond their flag, so even a broken unshared value cannot block a code.
//
// Tidying, per field (documented here because it changes bytes the person typed):
//  - name: whitespace runs (incl. line breaks) collapse to one space, ends trimmed; must not be empty.
//  - organization, title: ends trimmed; inner line breaks are kept (the vCard carries them as "\n").
//  - phone: ends trimmed; one line; must contain a digit.
//  - email: ends trimmed; must look like an address (mb::looks_like_email).
//  - LinkedIn URL: ends trimmed; no whitespace; "https://" is added when no scheme is given so phones make
//    it tappable; ',', ';' and '\' are percent-encoded (they are not URI characters; escaping them vCard-style
//    would reach some readers verbatim).
// Every consented field must be valid UTF-8 without control characters (TAB is allowed), else ContactError.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/contact/contact_error.hpp"
#include "core/model/attendee.hpp"

namespace mb {

// vCard N: family;given;additional;prefix;suffix — derived from the display name (see structured_name()).
struct StructuredName {
    std::string family;       // e.g. "O'Brien", "van der Berg"; may be empty (one-word names)
    std::string given;        // e.g. "Seán", or the whole name when it is one word
    std::string additional;   // always empty: a middle name cannot be told from a double given name
    std::string prefix;       // leading honorific: "Dr.", "Prof." ...
    std::string suffix;       // trailing "Jr.", "III", "PhD" ... (comma-separated if several)
    friend bool operator==(const StructuredName&, const StructuredName&) = default;
};

// Splits a display name (already whitespace-collapsed) into vCard N components. The rule, in order:
//  1. A leading honorific (Dr, Prof, Mr, Mrs, Ms, Mx, with or without '.') becomes the prefix.
//  2. Trailing generational/degree suffixes (Jr, Sr, II..V, PhD, MD, DO, RN, ...), as comma-separated
//     parts or final words, become the suffix.
//  3. "Family, Given" (a comma remains): family before the first comma, given after it.
//  4. Otherwise the last word is the family name — extended leftwards over lowercase particles
//     (van, von, de, da, del, der, la, le, bin, al ...) — and the words before it are the given name.
//     A one-word name is the given name.
// Phones compose "given family" for display, so rule 4 shows any name in the order it was written, even
// when the family name really comes first (e.g. Vietnamese or Hungarian order); only sorting may differ.
StructuredName structured_name(std::string_view display_name);

struct ConsentedCard {
    std::string name;                          // display name (FN), tidied, never empty
    StructuredName n;                          // N, derived from name
    std::optional<std::string> organization;   // ORG, only if share_organization
    std::optional<std::string> title;          // TITLE, only if share_title
    std::optional<std::string> email;          // EMAIL, only if email.shared
    std::optional<std::string> phone;          // TEL, only if phone.shared
    std::optional<std::string> url;            // URL (LinkedIn), only if linkedin_url.shared

    bool has(CardField f) const;               // Name: always true
    void drop(CardField f);                    // Name cannot be dropped (no-op)
    friend bool operator==(const ConsentedCard&, const ConsentedCard&) = default;
};

// Builds the card from consent. Throws ContactError(InvalidField) naming the first unusable consented field.
ConsentedCard consented_card(const Attendee& a);

} // namespace mb
