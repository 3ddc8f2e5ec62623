// app/print/badge_pdf.hpp — a badge rendered to a one-page PDF with cairo (vector) and Pango (text).
//
// Text goes through Pango so any script a name is written in is shaped properly and falls back to another
// installed font when Inter lacks a glyph; names shrink to fit (two lines at most) before they are ever
// ellipsized (a name prefers one line while it can stay at 80% of the largest size). The QR is drawn as
// filled vector rectangles — runs of dark modules, one path, one fill — whose edges sit on the printer's dot
// grid (see place_qr()), nudged by a few thousandths of a point so that no renderer sees an edge spill into
// the next dot (details in badge_pdf.cpp).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "app/print/badge.hpp"

namespace mb {

// The PDF bytes. Throws std::runtime_error if cairo fails or the QR cannot be placed at this resolution.
std::vector<std::uint8_t> render_badge_pdf(const BadgeContent& content, const BadgeOptions& options);

// Writes PDF bytes to path through a temporary file renamed into place (a print spooler or viewer never
// sees half a file). Throws std::runtime_error naming the path.
void write_pdf_file(const std::string& path, std::span<const std::uint8_t> pdf);

} // namespace mb
