// core/contact/contact_error.hpp — the fields a contact card can carry, and the one error type for cards.
//
// Every refusal names the field it is about, so the kiosk can say "your title has a character we cannot put
// in a QR code" or "remove your LinkedIn URL to fit" instead of a generic failure.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mb {

// The fields of a contact card. The order of the optional ones is the order they are offered for dropping
// when a card does not fit (least useful for getting back in touch first).
enum class CardField : unsigned char { Name, Title, Organization, LinkedIn, Phone, Email };

std::string_view card_field_key(CardField f);    // "name", "title", "organization", "linkedin", "phone", "email"
std::string_view card_field_label(CardField f);  // "name", "title", "organization", "LinkedIn URL", ...

struct ContactError : std::runtime_error {
    enum class Kind : unsigned char {
        InvalidField,   // a consented field holds something a vCard cannot carry (bad UTF-8, control char...)
        TooLarge,       // the card does not fit in a QR code within the allowed version
    };
    ContactError(Kind k, CardField f, std::vector<CardField> drop, const std::string& message)
        : std::runtime_error(message), kind(k), field(f), fields_to_drop(std::move(drop)) {}

    Kind kind;                              // what went wrong
    CardField field;                        // the field at fault (TooLarge: the first one to drop)
    std::vector<CardField> fields_to_drop;  // TooLarge: dropping all of these makes it fit; empty = nothing can
};

} // namespace mb
