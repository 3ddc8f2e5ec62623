// core/contact/contact_error.cpp — names of card fields, for messages and for machines.
#include "core/contact/contact_error.hpp"

namespace mb {

std::string_view card_field_key(CardField f) {
    switch (f) {
    case CardField::Name: return "name";
    case CardField::Title: return "title";
    case CardField::Organization: return "organization";
    case CardField::LinkedIn: return "linkedin";
    case CardField::Phone: return "phone";
    case CardField::Email: return "email";
    }
    return "unknown";
}

std::string_view card_field_label(CardField f) {
    switch (f) {
    case CardField::Name: return "name";
    case CardField::Title: return "title";
    case CardField::Organization: return "organization";
    case CardField::LinkedIn: return "LinkedIn URL";
    case CardField::Phone: return "phone number";
    case CardField::Email: return "email address";
    }
    return "field";
}

} // namespace mb
