// app/print/badge_pdf.cpp — see badge_pdf.hpp.
#include "app/print/badge_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <stdexcept>

#include "core/contact/vcard_text.hpp"
#include "core/util/files.hpp"

namespace mb {

namespace {

// --- RAII for the C libraries ----------------------------------------------------------------------------

struct SurfaceFree {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextFree {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
};
struct FontFree {
    void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};
struct GObjectFree {
    void operator()(void* o) const { g_object_unref(o); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceFree>;
using Context = std::unique_ptr<cairo_t, ContextFree>;
using Font = std::unique_ptr<PangoFontDescription, FontFree>;
using Layout = std::unique_ptr<PangoLayout, GObjectFree>;

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(closure);
    out->insert(out->end(), data, data + length);
    return CAIRO_STATUS_SUCCESS;
}

struct Rgb {
    double r, g, b;   // 0..1
};

Rgb band_colour(Role role, bool color) {
    if (!color) return {0, 0, 0};
    switch (role) {
    case Role::Mentor: return {0.09, 0.33, 0.55};   // deep blue
    case Role::Mentee: return {0.13, 0.45, 0.22};   // deep green
    case Role::Both: return {0.38, 0.16, 0.52};     // deep purple
    }
    return {0, 0, 0};
}

// --- Text ------------------------------------------------------------------------------------------------

struct TextStyle {
    PangoWeight weight = PANGO_WEIGHT_NORMAL;   // Inter ships every weight as its own face
    double max_pt = 12;                         // start size, points
    double min_pt = 6;                          // never smaller; ellipsize below this
    int max_lines = 1;                          // wrap into at most this many lines
    PangoAlignment align = PANGO_ALIGN_LEFT;    // within the box
    Rgb colour{0, 0, 0};                        // text colour
};

// Lays text out in the box's width, shrinking from max_pt until it fits in max_lines and the box height;
// at min_pt it ellipsizes instead. Draws it at the box's top and returns the height used (points).
double draw_text(cairo_t* cr, const std::string& family, const std::string& text, const PtRect& box,
                 const TextStyle& style) {
    if (text.empty() || box.w <= 0 || box.h <= 0) return 0;
    const Layout layout{pango_cairo_create_layout(cr)};
    const Font font{pango_font_description_new()};
    pango_font_description_set_family(font.get(), family.c_str());
    pango_font_description_set_weight(font.get(), style.weight);
    pango_layout_set_text(layout.get(), text.c_str(), -1);
    pango_layout_set_width(layout.get(), static_cast<int>(box.w * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), style.align);

    int w = 0, h = 0;
    const auto fits_at = [&](double size, int lines) {
        pango_font_description_set_size(font.get(), static_cast<int>(size * PANGO_SCALE));
        pango_layout_set_font_description(layout.get(), font.get());
        pango_layout_get_size(layout.get(), &w, &h);
        return pango_layout_get_line_count(layout.get()) <= lines && h <= box.h * PANGO_SCALE;
    };
    const double top = std::max(style.max_pt, style.min_pt);
    // One line while it stays reasonably large, else up to max_lines, else the smallest size, ellipsized.
    bool placed = false;
    for (double size = top; size >= std::max(style.min_pt, top * 0.8) && !placed; size -= 0.5) {
        placed = fits_at(size, 1);
    }
    for (double size = top; size >= style.min_pt && !placed; size -= 0.5) placed = fits_at(size, style.max_lines);
    if (!placed) {
        (void)fits_at(style.min_pt, style.max_lines);
        pango_layout_set_height(layout.get(), -style.max_lines);   // negative: a line count
        pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
        pango_layout_get_size(layout.get(), &w, &h);
    }
    cairo_set_source_rgb(cr, style.colour.r, style.colour.g, style.colour.b);
    cairo_move_to(cr, box.x, box.y);
    pango_cairo_show_layout(cr, layout.get());
    return static_cast<double>(h) / PANGO_SCALE;
}

void draw_text_block(cairo_t* cr, const BadgeContent& c, const BadgeGeometry& g, const std::string& family) {
    TextStyle event;   // sizes below are fractions of the boxes, so one layout serves every stock
    event.max_pt = g.event.h * 0.8;
    event.min_pt = 5;
    event.colour = {0.35, 0.35, 0.35};
    event.align = g.side_by_side ? PANGO_ALIGN_LEFT : PANGO_ALIGN_CENTER;
    draw_text(cr, family, c.event_name, g.event, event);

    const double gap = g.text.h * 0.04;
    PtRect box = g.text;
    TextStyle name;
    name.weight = PANGO_WEIGHT_BOLD;
    name.max_pt = g.text.h * (c.title || c.organization ? 0.30 : 0.40);
    name.min_pt = 9;
    name.max_lines = 2;
    name.align = event.align;
    const double name_cap = g.text.h * (c.title || c.organization ? 0.58 : 1.0);
    box.h = name_cap;
    double used = draw_text(cr, family, c.name, box, name);

    TextStyle detail;
    detail.max_pt = std::max(7.0, g.text.h * 0.11);
    detail.min_pt = 6;
    detail.max_lines = 2;
    detail.align = event.align;
    detail.colour = {0.15, 0.15, 0.15};
    for (const auto* line : {&c.title, &c.organization}) {
        if (!*line) continue;
        box.y += used + gap;
        box.h = g.text.y + g.text.h - box.y;
        detail.weight = line == &c.organization ? PANGO_WEIGHT_SEMIBOLD : PANGO_WEIGHT_NORMAL;
        used = draw_text(cr, family, collapse_whitespace(**line), box, detail);
    }
}

// --- Band and QR -----------------------------------------------------------------------------------------

void draw_band(cairo_t* cr, const BadgeContent& c, const BadgeGeometry& g, const BadgeOptions& o) {
    const Rgb fill = band_colour(c.role, o.color);
    cairo_set_source_rgb(cr, fill.r, fill.g, fill.b);
    cairo_rectangle(cr, g.band.x, g.band.y, g.band.w, g.band.h);
    cairo_fill(cr);
    TextStyle label;
    label.weight = PANGO_WEIGHT_BOLD;
    label.max_pt = g.band.h * 0.5;
    label.min_pt = 6;
    label.align = PANGO_ALIGN_CENTER;
    label.colour = {1, 1, 1};
    const double text_h = g.band.h * 0.62;   // roughly one line at max_pt
    draw_text(cr, o.font_family, std::string(role_band_label(c.role)),
              {g.band.x + 4, g.band.y + (g.band.h - text_h) / 2, g.band.w - 8, text_h}, label);
}

// Cairo stores path coordinates as 24.8 fixed point (1/256 pt) and writes them with 6 significant digits,
// so an edge placed exactly on a printer dot can land a hair beyond it — and a rasterizer that paints every
// touched pixel then grows each dark run by a whole dot. So each edge is moved, by 0.001..0.005 pt, onto the
// fixed grid on its dark side: outer edges slightly inward (nothing spills into light modules), edges
// between two dark modules slightly outward (neighbours overlap, no hairline seams; what is left is at most
// a 0.005 pt square at a corner, below any printer's dot). Valid for pages under
// 1000 pt, where 6 significant digits still resolve 0.001 pt.
double toward(double edge, bool greater) {
    constexpr double kFixed = 256.0, kMargin = 0.001;
    return greater ? std::ceil((edge + kMargin) * kFixed) / kFixed : std::floor((edge - kMargin) * kFixed) / kFixed;
}

void draw_qr(cairo_t* cr, const QrMatrix& m, const PtRect& area, int dpi) {
    const auto place = place_qr(area, m.side(), dpi);
    if (!place) throw std::runtime_error("the QR code does not fit on this badge at " + std::to_string(dpi) + " dpi");
    const auto dark = [&](int col, int row) {
        return col >= 0 && row >= 0 && col < m.side() && row < m.side() && m.is_dark(col, row);
    };
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
    for (int row = 0; row < m.side(); ++row) {
        const double top = place->y + row * place->module, bottom = top + place->module;
        for (int col = 0; col < m.side();) {
            if (!dark(col, row)) { ++col; continue; }
            // One rectangle per run of dark modules sharing the same neighbours above and below.
            const bool up = dark(col, row - 1), down = dark(col, row + 1);
            int end = col + 1;
            while (dark(end, row) && dark(end, row - 1) == up && dark(end, row + 1) == down) ++end;
            const double left = place->x + col * place->module, right = place->x + end * place->module;
            const double in_x0 = toward(left, true), in_x1 = toward(right, false);
            const double in_y0 = toward(top, true), in_y1 = toward(bottom, false);
            const double x0 = dark(col - 1, row) ? toward(left, false) : in_x0;
            const double x1 = dark(end, row) ? toward(right, true) : in_x1;
            const double y0 = up ? toward(top, false) : in_y0;
            const double y1 = down ? toward(bottom, true) : in_y1;
            // Two rectangles, a "plus": reaching into a dark neighbour sideways or up/down, but never into
            // the diagonal module, which may be light.
            cairo_rectangle(cr, x0, in_y0, x1 - x0, in_y1 - in_y0);
            cairo_rectangle(cr, in_x0, y0, in_x1 - in_x0, y1 - y0);
            col = end;
        }
    }
    cairo_fill(cr);
}

} // namespace

// --- Public ----------------------------------------------------------------------------------------------

std::vector<std::uint8_t> render_badge_pdf(const BadgeContent& content, const BadgeOptions& options) {
    const BadgeGeometry g = badge_geometry(options.size);
    std::vector<std::uint8_t> pdf;
    {
        const Surface surface{cairo_pdf_surface_create_for_stream(append_bytes, &pdf, g.page_w, g.page_h)};
        const std::string title = "Badge: " + content.name;
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Matchbooth");
        const Context cr{cairo_create(surface.get())};
        draw_text_block(cr.get(), content, g, options.font_family);
        draw_band(cr.get(), content, g, options);
        draw_qr(cr.get(), content.qr.matrix, g.qr_area, options.printer_dpi);
        cairo_show_page(cr.get());
        cairo_surface_finish(surface.get());
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
            throw std::runtime_error(std::string("cairo could not write the badge PDF: ") +
                                     cairo_status_to_string(cairo_surface_status(surface.get())));
        }
    }
    return pdf;
}

void write_pdf_file(const std::string& path, std::span<const std::uint8_t> pdf) {
    // A badge carries only what its owner agreed to share and is meant to be printed: readable by others.
    write_file_atomically(path, std::string_view(reinterpret_cast<const char*>(pdf.data()), pdf.size()),
                          FileAccess::Shared);
}

} // namespace mb
