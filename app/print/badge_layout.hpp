// app/print/badge_layout.hpp — where things go on a badge, in PDF points, and how big a QR module may be.
//
// Pure geometry (no cairo) so it can be tested on its own. Three stocks:
//   badge-4x3   4 x 3 in, landscape: text on the left, QR on the right, role band along the bottom.
//   label-62mm  62 mm continuous roll (Brother QL style), cut at 100 mm, portrait: the page matches the
//               media as drivers define it (62 wide, 100 long), so no driver rotation is involved.
//   a6          105 x 148 mm, portrait: text on top, QR centred below, band at the bottom.
// The QR is snapped to the printer's dot grid: its origin lies on a whole dot and each module is a whole
// number of dots, so every module prints as the same crisp square (no module one dot wider than its
// neighbour, which is what makes phone cameras hesitate).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mb {

enum class BadgeSize : unsigned char { Badge4x3, Label62mm, A6 };

std::string_view badge_size_key(BadgeSize s);                    // "badge-4x3", "label-62mm", "a6"
std::optional<BadgeSize> parse_badge_size(std::string_view key);  // the keys above, any case

struct PtRect {
    double x = 0;        // points from the left page edge
    double y = 0;        // points from the TOP page edge (cairo's convention)
    double w = 0;        // points
    double h = 0;        // points
};

struct BadgeGeometry {
    double page_w = 0;   // points (1/72 in)
    double page_h = 0;   // points
    PtRect event;        // one line: the event name
    PtRect text;         // name (large), then title and organization
    PtRect qr_area;      // the largest square the QR (quiet zone included) may occupy
    PtRect band;         // the role band, full width
    bool side_by_side;   // true: QR right of the text (landscape); false: QR below the text
};

BadgeGeometry badge_geometry(BadgeSize size);

struct QrPlacement {
    double x = 0;              // points, top-left of the quiet zone, on a whole printer dot
    double y = 0;              // points, idem
    int dots_per_module = 0;   // printer dots per module, >= 1
    double module = 0;         // points per module = dots_per_module * 72 / dpi
    double side = 0;           // points, whole code incl. quiet zone = side_modules * module
};

// Places a code of side_modules modules (quiet zone included) centred in area at dpi dots per inch,
// using the largest whole number of dots per module that fits. nullopt if not even one dot fits.
std::optional<QrPlacement> place_qr(const PtRect& area, int side_modules, int dpi);

// The largest QR version (1..40) whose modules are at least min_module_mm wide in area (quiet zone of
// quiet_zone modules on each side included), or 0 if not even version 1 fits.
int max_qr_version_for(const PtRect& area, double min_module_mm, int quiet_zone);

} // namespace mb
