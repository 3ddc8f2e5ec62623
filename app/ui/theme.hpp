// app/ui/theme.hpp — the kiosk's calm palette and ImGui style, decided once here.
//
// Light warm background, near-black text, one teal for "do this", one red for problems. Every text/background
// pair used by the screens has a contrast ratio of at least 4.5:1 (WCAG AA); most are above 7:1.
#pragma once

#include <imgui.h>

namespace mb::ui {

namespace color {
inline constexpr ImU32 kBackground = IM_COL32(245, 243, 238, 255);   // warm off-white
inline constexpr ImU32 kSurface = IM_COL32(255, 255, 255, 255);      // fields, cards, keys
inline constexpr ImU32 kSurfacePressed = IM_COL32(222, 218, 208, 255);
inline constexpr ImU32 kSurfaceMuted = IM_COL32(231, 228, 220, 255); // secondary buttons, special keys
inline constexpr ImU32 kBorder = IM_COL32(196, 190, 178, 255);
inline constexpr ImU32 kText = IM_COL32(28, 36, 48, 255);            // 14.6:1 on background
inline constexpr ImU32 kTextMuted = IM_COL32(84, 92, 106, 255);      // 6.2:1 on background
inline constexpr ImU32 kPrimary = IM_COL32(14, 110, 102, 255);       // teal; white on it 6.0:1
inline constexpr ImU32 kPrimaryPressed = IM_COL32(9, 80, 74, 255);
inline constexpr ImU32 kPrimarySoft = IM_COL32(214, 236, 232, 255);  // focus glow, selected rows
inline constexpr ImU32 kOnPrimary = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kDanger = IM_COL32(180, 35, 24, 255);         // 5.9:1 on background
inline constexpr ImU32 kDangerSoft = IM_COL32(253, 232, 230, 255);
inline constexpr ImU32 kFocus = IM_COL32(14, 110, 102, 255);         // focused field outline
inline constexpr ImU32 kOverlay = IM_COL32(16, 24, 32, 200);         // dims the screen under a notice
inline constexpr ImU32 kAttractText = IM_COL32(255, 255, 255, 255);  // over the attract shader
} // namespace color

// Sets ImGui's style for a touch kiosk at `scale` (1.0 = 1080p): no window chrome, large scrollbars,
// rounded corners, the palette above. Idempotent.
void apply_theme(ImGuiStyle& style, float scale);

} // namespace mb::ui
