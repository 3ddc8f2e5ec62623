// app/board/board_theme.hpp — the board's palette: dark, for a projector in a dim room.
//
// A projector cannot show black, only "no light", so a dark board keeps the room's eyes on the bright names
// and makes the arrival glow pop. Text colours against the card surface (the lighter of the two backgrounds):
// white 14:1, kMuted 7.6:1, kReason 9.2:1, kWarning 7.6:1; white on the table badge 6.1:1, dark digits on the
// ending clock 8.2:1 — well above the 4.5:1 that a projector's washed-out contrast eats into.
#pragma once

#include <imgui.h>

namespace mb::board::color {

// One flat colour: a full-screen clear is the one fill Mesa llvmpipe does at memset speed (a gradient, even
// drawn as a stack of clears, cost ~4 ms of CPU per 1080p frame; see board_backdrop.hpp).
inline constexpr ImU32 kBackground = IM_COL32(12, 26, 42, 255);           // deep blue-teal
inline constexpr ImU32 kCard = IM_COL32(26, 46, 58, 255);                  // card surface
inline constexpr ImU32 kCardBorder = IM_COL32(58, 86, 100, 255);
inline constexpr ImU32 kText = IM_COL32(255, 255, 255, 255);               // names, numbers
inline constexpr ImU32 kMuted = IM_COL32(174, 194, 204, 255);              // roles, organizations, labels
inline constexpr ImU32 kReason = IM_COL32(134, 226, 208, 255);             // the pair's strongest reason
inline constexpr ImU32 kLink = IM_COL32(86, 170, 160, 255);                // the line between two names
inline constexpr ImU32 kTable = IM_COL32(14, 110, 102, 255);               // table badge (the kiosk's teal)
inline constexpr ImU32 kClock = IM_COL32(14, 110, 102, 255);               // round clock pill
inline constexpr ImU32 kClockEnding = IM_COL32(232, 163, 61, 255);         // last minute: amber ...
inline constexpr ImU32 kOnClockEnding = IM_COL32(28, 24, 16, 255);         // ... with dark digits
inline constexpr ImU32 kWarning = IM_COL32(255, 170, 150, 255);            // "database busy" note
inline constexpr ImU32 kDotOff = IM_COL32(80, 104, 116, 255);              // page dots
inline constexpr float kGlow[3] = {0.31f, 0.88f, 0.78f};                   // arrival glow (RGB 0..1, added)

} // namespace mb::board::color
