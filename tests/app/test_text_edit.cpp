// Key presses applied to text: NFC composition of accent keys, whole-character backspace, capitals.
#include <catch2/catch.hpp>

#include "app/ui/text_edit.hpp"

using namespace mb::ui;

namespace {
std::string type(std::string text, std::initializer_list<const char*> keys) {
    for (const char* k : keys) text = apply_key(text, {KeyAction::Insert, k});
    return text;
}
} // namespace

TEST_CASE("accent keys typed after a letter compose into one character") {
    CHECK(type("Nguy", {"e", "\u0302", "\u0303", "n"}) == "Nguy\u1ec5n");     // e + circumflex + tilde = ễ
    CHECK(type("Zo", {"e", "\u0308"}) == "Zo\u00eb");                            // ë
    CHECK(type("", {"u", "\u031b"}) == "\u01b0");                                // ư
}

TEST_CASE("backspace removes one whole character, never half a UTF-8 sequence") {
    CHECK(apply_key("Zoë", {KeyAction::Backspace, {}}) == "Zo");
    CHECK(apply_key("Nguyễ", {KeyAction::Backspace, {}}) == "Nguy");
    CHECK(apply_key("", {KeyAction::Backspace, {}}).empty());
}

TEST_CASE("name fields start words with a capital, other fields do not") {
    CHECK(wants_capital("", KeyboardMode::Words));
    CHECK(wants_capital("Jean-", KeyboardMode::Words));
    CHECK(wants_capital("Ana ", KeyboardMode::Words));
    CHECK_FALSE(wants_capital("An", KeyboardMode::Words));
    CHECK_FALSE(wants_capital("", KeyboardMode::Email));
}
