// tests/text/test_bidi.cpp — visual order for drawing: Hebrew reversed, Arabic shaped and reversed, mixed lines.
#include <catch2/catch.hpp>

#include "core/text/bidi.hpp"

using mb::text::may_need_reordering;
using mb::text::reads_right_to_left;
using mb::text::visual_order;

TEST_CASE("left-to-right names pass through visual order unchanged") {
    for (const char* name : {"Zoë Ñúñez", "Nguyễn Thị Minh", "Γιώργος Παπαδόπουλος", "Алексей Иванов", "陈静",
                             "佐藤 花子", "김민준", "राम शर्मा", ""})
        CHECK(visual_order(name) == name);
    CHECK_FALSE(may_need_reordering("Zoë Ñúñez Łukasz Алексей"));   // two-byte letters below U+0590
    CHECK(may_need_reordering("דוד"));
}

TEST_CASE("a Hebrew name is reversed into visual order") {
    CHECK(visual_order("דוד כהן") == "ןהכ דוד");
}

TEST_CASE("Arabic letters become contextual presentation forms in visual order") {
    // فاطمة: feh initial, alef final, tah initial (alef does not join forward), meem medial, teh marbuta
    // final; drawn right to left, so the last letter comes first.
    CHECK(visual_order("فاطمة") == "\uFE94\uFEE4\uFEC3\uFE8E\uFED3");
}

TEST_CASE("lam followed by alef forms the mandatory ligature") {
    // الزهراء starts with alef + lam; "لا" alone is one glyph, lam-alef isolated U+FEFB.
    CHECK(visual_order("لا") == "\uFEFB");
}

TEST_CASE("a Latin title before an Arabic name keeps left-to-right order around the reversed run") {
    CHECK(visual_order("Dr. فاطمة") == "Dr. \uFE94\uFEE4\uFEC3\uFE8E\uFED3");
    CHECK(visual_order("Welcome, כהן!") == "Welcome, ןהכ!");
}

TEST_CASE("an Arabic line with a Latin word keeps the word readable") {
    // Right-to-left paragraph: the Latin run stays in its own order, placed at the visual left end.
    CHECK(visual_order("דוד IBM") == "IBM דוד");
}

TEST_CASE("the Devanagari vowel sign i is drawn before its consonant cluster") {
    CHECK(visual_order("कि") == "िक");                          // one consonant
    CHECK(visual_order("प्रिया") == "िप्रया");                    // a conjunct: प ् र
    CHECK(visual_order("प्रिया शर्मा") == "िप्रया शर्मा");
    CHECK(visual_order("ि") == "ि");                            // nothing before it: left alone
}

TEST_CASE("a line in visual order knows which way it reads") {
    CHECK(reads_right_to_left(visual_order("דוד כהן")));
    CHECK(reads_right_to_left(visual_order("فاطمة الزهراء.")));
    CHECK_FALSE(reads_right_to_left(visual_order("Dr. فاطمة")));
    CHECK_FALSE(reads_right_to_left("Zoë Ñúñez"));
    CHECK_FALSE(reads_right_to_left("陈静"));
}
