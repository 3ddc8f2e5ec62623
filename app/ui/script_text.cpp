// app/ui/script_text.cpp — see script_text.hpp.
#include "app/ui/script_text.hpp"

#include <imgui.h>

#include "core/text/bidi.hpp"
#include "core/text/utf8.hpp"

namespace mb::ui {

std::string_view ScriptText::visual(std::string_view logical) {
    if (!text::may_need_reordering(logical)) return logical;          // Latin, Greek, Cyrillic: as stored
    if (const auto hit = cache_.find(logical); hit != cache_.end()) return hit->second;
    return cache_.emplace(std::string(logical), text::visual_order(logical)).first->second;
}

void ScriptText::note_missing(const ImFont* font, std::string_view drawn, bool large) {
    if (!font) return;
    bool ascii = true;
    for (const char c : drawn) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) return;                                                   // Inter always has those
    for (std::size_t pos = 0; pos < drawn.size();) {
        const char32_t cp = utf8::next(drawn, pos);
        if (cp <= 0xFFFF && !font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) glyphs_.add_codepoint(cp, large);
    }
}

void ScriptText::trim() {
    if (cache_.size() > kMaxCached) cache_.clear();
}

} // namespace mb::ui
