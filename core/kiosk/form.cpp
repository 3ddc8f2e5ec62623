// core/kiosk/form.cpp — validation, masking and the plain-words QR sentence for the check-in form.
#include "core/kiosk/form.hpp"

#include <algorithm>

#include "core/contact/contact_qr.hpp"
#include "core/util/strings.hpp"

namespace mb::kiosk {

// --- Editing -------------------------------------------------------------------------------------------------

std::string* form_text(CheckInForm& form, TextField field) {
    Attendee& p = form.person;
    switch (field) {
    case TextField::Name: return &p.display_name;
    case TextField::Email: return &p.email.value;
    case TextField::Phone: return &p.phone.value;
    case TextField::Linkedin: return &p.linkedin_url.value;
    case TextField::Organization: return &p.organization;
    case TextField::Title: return &p.title;
    case TextField::Field: return &p.field;
    default: return nullptr;
    }
}

std::string truncate_utf8(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    std::size_t end = max_bytes;
    // Step back over continuation bytes (10xxxxxx) so the cut lands on a character boundary.
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0u) == 0x80u) --end;
    return std::string(text.substr(0, end));
}

// --- Validation ----------------------------------------------------------------------------------------------

namespace {

std::string phone_problem(std::string_view phone) {
    int digits = 0;
    for (char c : phone) {
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (std::string_view(" +-().").find(c) == std::string_view::npos) {
            return "Use digits only (spaces, + - ( ) are fine).";
        }
    }
    if (digits < 6) return "That phone number looks too short.";
    return {};
}

} // namespace

RegisterErrors validate_registration(const Attendee& person) {
    RegisterErrors e;
    if (trim(person.display_name).empty()) e.name = "Please type your name.";
    const std::string_view email = trim(person.email.value);
    if (!email.empty() && !looks_like_email(email))
        e.email = "That doesn't look like an email address: it needs one @ and a dot after it.";
    const std::string_view phone = trim(person.phone.value);
    if (!phone.empty()) e.phone = phone_problem(phone);
    const std::string_view url = trim(person.linkedin_url.value);
    if (!url.empty() && url.find(' ') != std::string_view::npos)
        e.linkedin = "A LinkedIn address has no spaces.";
    return e;
}

std::string validate_role(const std::optional<Role>& role) {
    return role ? std::string() : std::string("Choose one: mentor, mentee or both.");
}

// --- Masking -------------------------------------------------------------------------------------------------

namespace {
constexpr std::string_view kDots = "\u2022\u2022\u2022";           // "•••"

// The first character of `text`, whole even if it is several UTF-8 bytes.
std::string first_character(std::string_view text) {
    if (text.empty()) return {};
    std::size_t len = 1;
    while (len < text.size() && (static_cast<unsigned char>(text[len]) & 0xC0u) == 0x80u) ++len;
    return std::string(text.substr(0, len));
}
} // namespace

std::string mask_email(std::string_view email) {
    const auto at = email.find('@');
    if (at == std::string_view::npos) return mask_text(email);
    return first_character(email) + std::string(kDots) + std::string(email.substr(at));
}

std::string mask_phone(std::string_view phone) {
    std::string digits;
    for (char c : phone) {
        if (c >= '0' && c <= '9') digits += c;
    }
    const std::size_t keep = std::min<std::size_t>(digits.size() > 4 ? 4 : 0, digits.size());
    return std::string(kDots) + (keep ? " " + digits.substr(digits.size() - keep) : std::string());
}

std::string mask_text(std::string_view text) {
    std::string out;
    std::string_view rest = text;
    for (int i = 0; i < 3 && !rest.empty(); ++i) {
        const std::string c = first_character(rest);
        out += c;
        rest.remove_prefix(c.size());
    }
    return out + std::string(kDots);
}

// --- Sharing -------------------------------------------------------------------------------------------------

void set_shared(Attendee& person, ShareField field, bool on) {
    switch (field) {
    case ShareField::Email: person.email.shared = on; break;
    case ShareField::Phone: person.phone.shared = on; break;
    case ShareField::Linkedin: person.linkedin_url.shared = on; break;
    case ShareField::Organization: person.share_organization = on; break;
    case ShareField::Title: person.share_title = on; break;
    }
}

bool is_shared(const Attendee& person, ShareField field) {
    switch (field) {
    case ShareField::Email: return person.email.shared;
    case ShareField::Phone: return person.phone.shared;
    case ShareField::Linkedin: return person.linkedin_url.shared;
    case ShareField::Organization: return person.share_organization;
    case ShareField::Title: return person.share_title;
    }
    return false;
}

std::string_view share_label(ShareField field) {
    switch (field) {
    case ShareField::Email: return "Email";
    case ShareField::Phone: return "Phone";
    case ShareField::Linkedin: return "LinkedIn";
    case ShareField::Organization: return "Organization";
    case ShareField::Title: return "Job title";
    }
    return "";
}

namespace {
constexpr ShareField kShareOrder[] = {ShareField::Email, ShareField::Phone, ShareField::Linkedin,
                                      ShareField::Organization, ShareField::Title};

std::string_view share_value(const Attendee& p, ShareField field) {
    switch (field) {
    case ShareField::Email: return p.email.value;
    case ShareField::Phone: return p.phone.value;
    case ShareField::Linkedin: return p.linkedin_url.value;
    case ShareField::Organization: return p.organization;
    case ShareField::Title: return p.title;
    }
    return {};
}

// Words for the QR sentence, in the order the toggles appear.
std::string_view share_words(ShareField field) {
    switch (field) {
    case ShareField::Email: return "your email address";
    case ShareField::Phone: return "your phone number";
    case ShareField::Linkedin: return "your LinkedIn address";
    case ShareField::Organization: return "your organization";
    case ShareField::Title: return "your job title";
    }
    return "";
}
} // namespace

std::vector<ShareRowView> share_rows(const Attendee& person, bool show_in_full) {
    std::vector<ShareRowView> rows;
    for (ShareField f : kShareOrder) {
        const std::string_view value = trim(share_value(person, f));
        if (value.empty()) continue;
        ShareRowView row;
        row.field = f;
        row.label = std::string(share_label(f));
        // Organization and title are already public on the find screen / badge; contact details are not.
        const bool contact = f == ShareField::Email || f == ShareField::Phone || f == ShareField::Linkedin;
        if (show_in_full || !contact) {
            row.value = std::string(value);
        } else if (f == ShareField::Email) {
            row.value = mask_email(value);
        } else if (f == ShareField::Phone) {
            row.value = mask_phone(value);
        } else {
            row.value = mask_text(value);
        }
        row.shared = is_shared(person, f);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string qr_sentence(const Attendee& person) {
    std::vector<std::string_view> parts{"your name"};
    for (ShareField f : kShareOrder) {
        if (is_shared(person, f) && !trim(share_value(person, f)).empty()) parts.push_back(share_words(f));
    }
    std::string list;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) list += (i + 1 == parts.size()) ? " and " : ", ";
        list += parts[i];
    }
    return "Your QR code will hold " + list + " \u2014 nothing else.";
}

std::optional<QrMatrix> contact_qr_for(const Attendee& person, std::string* problem) {
    try {
        return contact_qr(person).matrix;
    } catch (const ContactError& e) {
        if (!problem) return std::nullopt;
        if (e.kind == ContactError::Kind::TooLarge && !e.fields_to_drop.empty()) {
            std::string fields;
            for (std::size_t i = 0; i < e.fields_to_drop.size(); ++i) {
                if (i > 0) fields += i + 1 == e.fields_to_drop.size() ? " and " : ", ";
                fields += card_field_label(e.fields_to_drop[i]);
            }
            *problem = "That is too much for one QR code. Switch off your " + fields + " to make it fit.";
        } else if (e.kind == ContactError::Kind::InvalidField) {
            *problem = "Your " + std::string(card_field_label(e.field)) +
                       " has something a QR code cannot carry. Switch it off or go back and correct it.";
        } else {
            *problem = e.what();
        }
        return std::nullopt;
    }
}

bool answers_complete(const Attendee& a) {
    switch (a.role) {
    case Role::Mentee: return a.goals.bits != 0;
    case Role::Mentor: return a.expertise.bits != 0 && a.years_experience > 0;
    case Role::Both: return a.goals.bits != 0 && a.expertise.bits != 0 && a.years_experience > 0;
    }
    return false;
}

std::string registration_summary(const Attendee& a, Role role) {
    std::string out = role == Role::Mentor ? "Mentor" : role == Role::Mentee ? "Mentee" : "Mentor and mentee";
    out += " \u00B7 " + std::to_string(a.years_experience) + (a.years_experience == 1 ? " year" : " years");
    if (!a.field.empty()) out += " \u00B7 " + a.field;
    auto list = [&](const GoalSet& set, const char* what) {
        std::string part;
        for (int g = 0; g < kGoalCount; ++g) {
            if (!set.has(static_cast<Goal>(g))) continue;
            part += (part.empty() ? "" : ", ") + std::string(goal_label(static_cast<Goal>(g)));
        }
        if (!part.empty()) out += std::string(" \u00B7 ") + what + part;
    };
    if (role != Role::Mentor) list(a.goals, "advice on: ");
    if (role != Role::Mentee) list(a.expertise, "can help with: ");
    return out;
}

} // namespace mb::kiosk
