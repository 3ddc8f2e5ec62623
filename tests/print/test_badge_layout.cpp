// tests/print/test_badge_layout.cpp — badge geometry: regions on the page, QR on whole printer dots.
#include <catch2/catch.hpp>

#include <cmath>

#include "app/print/badge_layout.hpp"

using namespace mb;

namespace {

bool inside(const PtRect& r, double w, double h) {
    return r.x >= 0 && r.y >= 0 && r.x + r.w <= w + 1e-9 && r.y + r.h <= h + 1e-9 && r.w > 0 && r.h > 0;
}

bool overlap(const PtRect& a, const PtRect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

bool on_dot_grid(double pt, int dpi) {
    const double dots = pt * dpi / 72.0;
    return std::fabs(dots - std::round(dots)) < 1e-6;
}

} // namespace

TEST_CASE("badge sizes parse by key and have the physical page sizes they claim") {
    CHECK(parse_badge_size("badge-4x3") == BadgeSize::Badge4x3);
    CHECK(parse_badge_size("LABEL-62MM") == BadgeSize::Label62mm);
    CHECK(parse_badge_size("a6") == BadgeSize::A6);
    CHECK_FALSE(parse_badge_size("a4").has_value());

    const BadgeGeometry b = badge_geometry(BadgeSize::Badge4x3);
    CHECK(b.page_w == Approx(288));
    CHECK(b.page_h == Approx(216));
    const BadgeGeometry l = badge_geometry(BadgeSize::Label62mm);
    CHECK(l.page_w == Approx(62 / 25.4 * 72));
    CHECK(l.page_h == Approx(100 / 25.4 * 72));
    const BadgeGeometry a = badge_geometry(BadgeSize::A6);
    CHECK(a.page_w == Approx(105 / 25.4 * 72));
    CHECK(a.page_h == Approx(148 / 25.4 * 72));
}

TEST_CASE("badge regions lie on the page and the QR overlaps neither the text nor the band") {
    for (const BadgeSize s : {BadgeSize::Badge4x3, BadgeSize::Label62mm, BadgeSize::A6}) {
        INFO(badge_size_key(s));
        const BadgeGeometry g = badge_geometry(s);
        for (const PtRect& r : {g.event, g.text, g.qr_area, g.band}) CHECK(inside(r, g.page_w, g.page_h));
        CHECK(g.qr_area.w == Approx(g.qr_area.h));
        CHECK_FALSE(overlap(g.qr_area, g.text));
        CHECK_FALSE(overlap(g.qr_area, g.band));
        CHECK_FALSE(overlap(g.qr_area, g.event));
        CHECK(g.band.y + g.band.h == Approx(g.page_h));
        CHECK(g.qr_area.w >= 0.3 * std::min(g.page_w, g.page_h));   // big enough to scan from a lanyard
    }
}

TEST_CASE("place_qr puts the code on whole printer dots with the largest module that fits") {
    const PtRect area{17.3, 41.9, 101.7, 101.7};
    for (const int dpi : {203, 300, 600}) {
        for (const int side : {29, 37, 57, 101}) {
            INFO("dpi " << dpi << " side " << side);
            const auto p = place_qr(area, side, dpi);
            REQUIRE(p.has_value());
            CHECK(on_dot_grid(p->x, dpi));
            CHECK(on_dot_grid(p->y, dpi));
            CHECK(on_dot_grid(p->module, dpi));
            CHECK(p->module * dpi / 72.0 == Approx(p->dots_per_module));
            CHECK(p->side <= area.w + 72.0 / dpi);                   // fits (origin rounding: at most a dot)
            CHECK((p->dots_per_module + 1) * side * 72.0 / dpi > area.w);   // one more dot would not fit
            CHECK(p->x >= area.x - 72.0 / dpi);
            CHECK(p->x + p->side <= area.x + area.w + 72.0 / dpi);
        }
    }
    CHECK_FALSE(place_qr(PtRect{0, 0, 10, 10}, 200, 72).has_value());
}

TEST_CASE("max_qr_version_for honours the minimum module size") {
    const PtRect area{0, 0, 100, 100};                              // 35.3 mm square
    const int v = max_qr_version_for(area, 0.4, 4);
    REQUIRE(v >= 1);
    const auto modules = [](int version) { return 17 + 4 * version + 8; };
    CHECK(modules(v) * 0.4 <= 100 / 72.0 * 25.4);
    CHECK(modules(v + 1) * 0.4 > 100 / 72.0 * 25.4);
    CHECK(max_qr_version_for(PtRect{0, 0, 10, 10}, 0.4, 4) == 0);
    CHECK(max_qr_version_for(area, 0.01, 4) == 40);
}
