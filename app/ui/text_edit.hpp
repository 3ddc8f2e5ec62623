// app/ui/text_edit.hpp — what a key press does to a field's text (pure string functions, unit-tested).
//
// Accent marks are typed after their letter (as on many phone keyboards and in Vietnamese Telex): the text is
// then put in Unicode NFC (utf8proc) so "e" + U+0302 + U+0303 becomes one letter "ễ" — stored, searched and
// deleted as one character.
#pragma once

#include <string>
#include <string_view>

namespace mb::ui {

enum class KeyAction { None, Insert, Backspace, Enter };

struct KeyPress {
    KeyAction action = KeyAction::None;
    std::string text;                   // Insert: UTF-8 to append (a letter, a word like ".com", or a mark)
};

// How a field wants to be typed into. Words: capital at the start of each word (names, organizations).
enum class KeyboardMode { Words, Plain, Email, Phone, Path };

// The field's text after the key: Insert appends and NFC-normalizes; Backspace removes the last character
// (a whole code point, never half of "ë"); Enter and None leave it unchanged.
std::string apply_key(std::string_view text, const KeyPress& key);

std::string nfc(std::string_view text);                       // Unicode NFC; invalid UTF-8 returned as is
bool wants_capital(std::string_view text, KeyboardMode mode);  // start of a word in a Words field

} // namespace mb::ui
