// app/ui/text_edit.cpp — applying key presses to text; NFC composition via utf8proc (Debian libutf8proc).
#include "app/ui/text_edit.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace mb::ui {

std::string nfc(std::string_view text) {
    const std::string copy(text);               // utf8proc wants a NUL-terminated string
    utf8proc_uint8_t* out = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(copy.c_str()));
    if (!out) return copy;
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
    return std::string(reinterpret_cast<const char*>(out));
}

std::string apply_key(std::string_view text, const KeyPress& key) {
    switch (key.action) {
    case KeyAction::Insert: return nfc(std::string(text) + key.text);
    case KeyAction::Backspace: {
        std::size_t end = text.size();
        while (end > 0) {
            --end;
            // Stop on a byte that starts a character (not a 10xxxxxx continuation byte).
            if ((static_cast<unsigned char>(text[end]) & 0xC0u) != 0x80u) break;
        }
        return std::string(text.substr(0, end));
    }
    case KeyAction::Enter:
    case KeyAction::None: break;
    }
    return std::string(text);
}

bool wants_capital(std::string_view text, KeyboardMode mode) {
    if (mode != KeyboardMode::Words) return false;
    if (text.empty()) return true;
    const char last = text.back();
    return last == ' ' || last == '-';
}

} // namespace mb::ui
