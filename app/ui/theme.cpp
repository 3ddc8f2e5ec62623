// app/ui/theme.cpp — ImGui style for the kiosk (see theme.hpp).
#include "app/ui/theme.hpp"

namespace mb::ui {

void apply_theme(ImGuiStyle& style, float scale) {
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.ChildBorderSize = 0;
    style.FramePadding = ImVec2(16, 12);
    style.ItemSpacing = ImVec2(16, 16);
    style.ScrollbarSize = 28;                  // a finger can hit it
    style.ScrollbarRounding = 14;
    style.GrabMinSize = 48;
    style.DisabledAlpha = 0.45f;
    style.ScaleAllSizes(scale);

    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(color::kBackground);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(color::kText);
    c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(color::kTextMuted);
    c[ImGuiCol_ScrollbarBg] = ImGui::ColorConvertU32ToFloat4(color::kSurfaceMuted);
    c[ImGuiCol_ScrollbarGrab] = ImGui::ColorConvertU32ToFloat4(color::kBorder);
    c[ImGuiCol_ScrollbarGrabHovered] = ImGui::ColorConvertU32ToFloat4(color::kTextMuted);
    c[ImGuiCol_ScrollbarGrabActive] = ImGui::ColorConvertU32ToFloat4(color::kPrimary);
}

} // namespace mb::ui
