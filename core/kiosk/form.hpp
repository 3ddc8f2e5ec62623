// core/kiosk/form.hpp — the check-in form: the draft attendee a person edits across the flow's screens,
// the rules that accept or refuse it, and how it is shown back (masking, the QR sentence).
//
// The draft is only written to the store by ConfirmCheckIn; until then it can be wiped without trace.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/contact/qr_code.hpp"
#include "core/kiosk/commands.hpp"
#include "core/kiosk/views.hpp"
#include "core/model/attendee.hpp"

namespace mb::kiosk {

inline constexpr std::size_t kMaxFieldBytes = 120;      // a name or title longer than this is a stuck key
inline constexpr std::size_t kMaxPathBytes = 4096;      // organizer file paths
inline constexpr int kMaxYears = 70;                    // matches the model's range

struct RegisterErrors {
    std::string name;                   // empty when fine
    std::string email;
    std::string phone;
    std::string linkedin;
    bool any() const { return !(name.empty() && email.empty() && phone.empty() && linkedin.empty()); }
};

struct CheckInForm {
    Attendee person;                    // the draft; person.id != 0 when found on the list
    bool walk_in = false;               // registering at the kiosk (contact details shown unmasked)
    std::optional<Role> role;           // unset until tapped; preset from the list for found attendees
    RegisterErrors errors;              // shown after a refused Continue; a field's error clears when edited
    std::string role_error;             // shown after a refused Continue on About
    bool from_scan = false;             // opened by scanning their ticket: Share asks "is this still right?"
};

// Whether the list already answers what About and Goals ask (a role's goals or expertise, and a mentor's
// years): then a scanned ticket goes straight to "is this still right?" with one Confirm.
bool answers_complete(const Attendee& a);
// "Mentee · 3 years · goals: New position, Relocation" — the answers on file, in plain words.
std::string registration_summary(const Attendee& a, Role role);

// The draft's text for a flow field (Name .. Field); nullptr for query and organizer fields.
std::string* form_text(CheckInForm& form, TextField field);

// Cuts `text` to at most `max_bytes` without splitting a UTF-8 sequence.
std::string truncate_utf8(std::string_view text, std::size_t max_bytes);

// Name required; email, phone and LinkedIn optional but must look right when filled.
RegisterErrors validate_registration(const Attendee& person);
std::string validate_role(const std::optional<Role>& role);        // empty when chosen

// What a stranger glancing at the screen may see of a found attendee's stored details.
std::string mask_email(std::string_view email);                     // "z•••@example.org"
std::string mask_phone(std::string_view phone);                     // "••• 1234"
std::string mask_text(std::string_view text);                       // "linkedin.com/in/zoe" -> "lin•••"

void set_shared(Attendee& person, ShareField field, bool on);
bool is_shared(const Attendee& person, ShareField field);
std::string_view share_label(ShareField field);                     // "Email", "Phone", ...

// One row per detail that has a value; values masked unless `show_in_full`.
std::vector<ShareRowView> share_rows(const Attendee& person, bool show_in_full);

// "Your QR code will hold your name and your email address — nothing else."
std::string qr_sentence(const Attendee& person);

// The person's contact QR code (core/contact) for what they chose to share. On failure returns nullopt and
// puts a sentence in *problem (which detail to switch off, or which one holds an unusable character).
std::optional<QrMatrix> contact_qr_for(const Attendee& person, std::string* problem);

} // namespace mb::kiosk
