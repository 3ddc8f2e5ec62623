// tests/support/world_names.hpp — attendee names and organizations in every script the product promises to
// draw (issue 14): Latin with diacritics, Greek, Cyrillic, CJK, Devanagari, Arabic, Hebrew. Shared by the
// glyph tests, the atlas benchmark and the screenshot fixtures' checks.
#pragma once

#include <array>
#include <string_view>

namespace mb::test {

struct WorldName {
    std::string_view name;
    std::string_view organization;
};

inline constexpr std::array<WorldName, 12> kWorldNames = {{
    {"Zoë Ñúñez", "Clínica Alemana"},
    {"Nguyễn Thị Minh", "Bệnh viện Bạch Mai"},
    {"Łukasz Żółć", "Śląski Uniwersytet Medyczny"},
    {"Γιώργος Παπαδόπουλος", "Πανεπιστήμιο Αθηνών"},
    {"Алексей Иванов", "МГУ имени Ломоносова"},
    {"陈静", "北京大学"},
    {"佐藤 花子", "東京大学"},
    {"김민준", "서울대학교"},
    {"प्रिया शर्मा", "अखिल भारतीय आयुर्विज्ञान संस्थान"},
    {"فاطمة الزهراء", "جامعة القاهرة"},
    {"דוד כהן", "האוניברסיטה העברית"},
    {"Dr. فاطمة", "WHO"},
}};

} // namespace mb::test
