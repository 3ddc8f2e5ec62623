// core/text/bidi.hpp — logical-order UTF-8 to visual order, for renderers that cannot shape or reorder.
//
// Dear ImGui 1.86 draws code points left to right, one glyph each: an Arabic or Hebrew name stored in logical
// order would come out backwards and, for Arabic, unjoined. visual_order() runs the Unicode Bidirectional
// Algorithm (FriBidi) on one line and, for Arabic, picks the contextual presentation forms (U+FB50–FDFF,
// U+FE70–FEFF) with the mandatory lam-alef ligatures, so drawing the result left to right looks right.
// (Full Indic shaping would need HarfBuzz and glyph-id rendering, which ImGui's atlas cannot key on.)
// Storage, search and export keep logical order; only drawing uses this. Pure: no GL, no ImGui.
#pragma once

#include <string>
#include <string_view>

namespace mb::text {

// True when `line` might contain right-to-left text: a byte that leads a code point at or above U+0590
// (the first Hebrew letter). False = visual order equals logical order; the caller may skip visual_order().
bool may_need_reordering(std::string_view line);

// The line in visual (left-to-right drawing) order with Arabic shaped to presentation forms. The paragraph
// direction follows the first strong letter (so "Dr. فاطمة" stays left-to-right, an Arabic name right-to-left).
// Bidi control marks and the shaper's fill characters are dropped: a renderer without shaping has no use for
// them. Devanagari's pre-base vowel sign ि is moved before its consonant cluster, the one reordering of
// Indic shaping that a plain renderer visibly gets wrong (conjuncts still show their virama: "प्‌र").
// Other strings without right-to-left text come back unchanged.
std::string visual_order(std::string_view line);

// True when `visual` (a line already in visual order) reads right to left, so its logical start is at the
// right (where an ellipsis must not go): its strong letters at both ends are Hebrew or Arabic. Visual order
// alone cannot tell "Dr. فاطمة" from an Arabic line ending in "Dr.": a mixed line is taken as left-to-right.
bool reads_right_to_left(std::string_view visual);

} // namespace mb::text
