// app/print/badge_layout.cpp — see badge_layout.hpp.
#include "app/print/badge_layout.hpp"

#include <algorithm>
#include <cmath>

namespace mb {

namespace {

constexpr double kPtPerIn = 72.0;
constexpr double kPtPerMm = 72.0 / 25.4;

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

// Landscape: event line on top, text column left, QR square right, band along the bottom.
BadgeGeometry landscape(double w, double h, double margin) {
    BadgeGeometry g;
    g.page_w = w;
    g.page_h = h;
    g.side_by_side = true;
    const double band_h = h * 0.17;
    g.band = {0, h - band_h, w, band_h};
    const double event_h = h * 0.09;
    g.event = {margin, margin, w - 2 * margin, event_h};
    const double body_top = margin + event_h + margin * 0.5;
    const double body_h = g.band.y - margin * 0.5 - body_top;
    const double qr = std::min(body_h, w * 0.45);
    g.qr_area = {w - margin * 0.5 - qr, body_top, qr, qr};   // the quiet zone is the rest of the margin
    g.text = {margin, body_top, g.qr_area.x - margin, body_h};
    return g;
}

// Portrait: event line, text block, QR square centred, band along the bottom.
BadgeGeometry portrait(double w, double h, double margin) {
    BadgeGeometry g;
    g.page_w = w;
    g.page_h = h;
    g.side_by_side = false;
    const double band_h = h * 0.11;
    g.band = {0, h - band_h, w, band_h};
    const double event_h = h * 0.06;
    g.event = {margin, margin, w - 2 * margin, event_h};
    const double text_top = margin + event_h + margin * 0.5;
    const double text_h = h * 0.30;
    g.text = {margin, text_top, w - 2 * margin, text_h};
    const double qr_top = text_top + text_h;
    const double qr = std::min(w - 2 * margin, g.band.y - qr_top - margin * 0.5);
    g.qr_area = {(w - qr) / 2, qr_top, qr, qr};
    return g;
}

} // namespace

std::string_view badge_size_key(BadgeSize s) {
    switch (s) {
    case BadgeSize::Badge4x3: return "badge-4x3";
    case BadgeSize::Label62mm: return "label-62mm";
    case BadgeSize::A6: return "a6";
    }
    return "badge-4x3";
}

std::optional<BadgeSize> parse_badge_size(std::string_view key) {
    const std::string k = lower(key);
    for (const BadgeSize s : {BadgeSize::Badge4x3, BadgeSize::Label62mm, BadgeSize::A6}) {
        if (k == badge_size_key(s)) return s;
    }
    return std::nullopt;
}

BadgeGeometry badge_geometry(BadgeSize size) {
    switch (size) {
    case BadgeSize::Badge4x3: return landscape(4 * kPtPerIn, 3 * kPtPerIn, 0.16 * kPtPerIn);
    case BadgeSize::Label62mm: return portrait(62 * kPtPerMm, 100 * kPtPerMm, 3 * kPtPerMm);   // QL: 3 mm unprintable
    case BadgeSize::A6: return portrait(105 * kPtPerMm, 148 * kPtPerMm, 7 * kPtPerMm);
    }
    return landscape(4 * kPtPerIn, 3 * kPtPerIn, 0.16 * kPtPerIn);
}

std::optional<QrPlacement> place_qr(const PtRect& area, int side_modules, int dpi) {
    if (side_modules <= 0 || dpi <= 0) return std::nullopt;
    const double pt_per_dot = kPtPerIn / dpi;
    const auto area_dots = static_cast<long>(std::floor(std::min(area.w, area.h) / pt_per_dot));
    const long dots = area_dots / side_modules;
    if (dots < 1) return std::nullopt;
    QrPlacement p;
    p.dots_per_module = static_cast<int>(dots);
    p.module = static_cast<double>(dots) * pt_per_dot;
    p.side = p.module * side_modules;
    // Centre, then move the origin to the nearest whole dot so every module edge lies on a dot edge.
    const double cx = area.x + (area.w - p.side) / 2;
    const double cy = area.y + (area.h - p.side) / 2;
    p.x = std::round(cx / pt_per_dot) * pt_per_dot;
    p.y = std::round(cy / pt_per_dot) * pt_per_dot;
    return p;
}

int max_qr_version_for(const PtRect& area, double min_module_mm, int quiet_zone) {
    if (min_module_mm <= 0) return 40;
    const double modules = std::floor(std::min(area.w, area.h) / (min_module_mm * kPtPerMm));
    const int version = static_cast<int>(std::floor((modules - 2 * quiet_zone - 17) / 4));
    return std::clamp(version, 0, 40);
}

} // namespace mb
