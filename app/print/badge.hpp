// app/print/badge.hpp — what goes on a printed name badge, and the options that shape it.
//
// The badge shows the name large, the organization and title only if the person agreed to share them,
// a role band ("Mentor", "Mentee", "Mentor & mentee"), the event name, and the same consented contact QR
// as the kiosk screen. badge_content() applies consent (through core/contact) and picks the QR version
// limit from the physical space, so a card too dense to scan from a badge is refused naming the field to
// drop, exactly like on screen.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app/print/badge_layout.hpp"
#include "core/contact/contact_qr.hpp"
#include "core/model/attendee.hpp"

namespace mb {

struct BadgeOptions {
    BadgeSize size = BadgeSize::Badge4x3;            // stock, see badge_layout.hpp
    int printer_dpi = 300;                           // dots per inch of the target printer, 72..2400
    double min_module_mm = 0.4;                      // smallest QR module accepted (a phone at ~30 cm)
    QrErrorCorrection qr_level = QrErrorCorrection::M;   // M: survives a scuffed or creased badge
    bool color = true;                               // false: black role band (monochrome thermal printers)
    std::string font_family = "Inter";               // fontconfig family name (Debian fonts-inter)
};

struct BadgeContent {
    std::string name;                                // display name, tidied (never empty)
    std::optional<std::string> organization;         // only if consented and non-empty
    std::optional<std::string> title;                // only if consented and non-empty
    Role role = Role::Mentee;                        // selects the band
    std::string event_name;                          // store setting "event_name"; may be empty
    ContactQr qr;                                    // the consented contact code
};

std::string_view role_band_label(Role role);         // "Mentor", "Mentee", "Mentor & mentee"

// Throws ContactError (InvalidField, or TooLarge naming the field to drop for this badge size).
BadgeContent badge_content(const Attendee& a, std::string_view event_name, const BadgeOptions& options);

// The QR limits the badge imposes (version from the space and min_module_mm; level from options).
ContactQrOptions badge_qr_options(const BadgeOptions& options);

} // namespace mb
