// app/print/badge.cpp — see badge.hpp.
#include "app/print/badge.hpp"

#include <stdexcept>

namespace mb {

std::string_view role_band_label(Role role) {
    switch (role) {
    case Role::Mentor: return "Mentor";
    case Role::Mentee: return "Mentee";
    case Role::Both: return "Mentor & mentee";
    }
    return "Mentee";
}

ContactQrOptions badge_qr_options(const BadgeOptions& options) {
    if (options.printer_dpi < 72 || options.printer_dpi > 2400) {
        throw std::invalid_argument("printer resolution must be 72..2400 dpi, got " +
                                    std::to_string(options.printer_dpi));
    }
    ContactQrOptions o;
    o.qr.level = options.qr_level;
    const int version = max_qr_version_for(badge_geometry(options.size).qr_area, options.min_module_mm,
                                           o.qr.quiet_zone);
    if (version < 1) throw std::invalid_argument("the QR area of this badge is too small for any code");
    o.qr.max_version = version;
    return o;
}

BadgeContent badge_content(const Attendee& a, std::string_view event_name, const BadgeOptions& options) {
    BadgeContent c;
    c.qr = contact_qr(a, badge_qr_options(options));
    c.name = c.qr.card.name;
    c.organization = c.qr.card.organization;
    c.title = c.qr.card.title;
    c.role = a.role;
    c.event_name = std::string(event_name);
    return c;
}

} // namespace mb
