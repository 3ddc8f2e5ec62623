// app/ui/keyboard.cpp — layouts and drawing of the on-screen keyboard (see keyboard.hpp).
//
// [SECTION] Layouts
// [SECTION] Drawing
#include "app/ui/keyboard.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "app/ui/theme.hpp"

namespace mb::ui {

namespace {

// --- [SECTION] Layouts ---------------------------------------------------------------------------------------

enum class KeyKind { Char, Mark, Shift, Backspace, Space, Enter, ToLetters, ToSymbols, ToAccents };

struct Key {
    KeyKind kind = KeyKind::Char;
    std::string_view lower;             // what it types (and shows) without shift
    std::string_view upper;             // with shift; empty = same as lower
    float units = 1.0f;                 // width in key units
    std::string_view name;              // for marks: id suffix ("acute"); insert text is `upper`
};

using Row = std::vector<Key>;

Key ch(std::string_view lower, std::string_view upper = {}) { return {KeyKind::Char, lower, upper, 1.0f, {}}; }
Key special(KeyKind kind, float units) { return {kind, {}, {}, units, {}}; }
// An accent key: shows `sample` (the accent on an "a"), inserts the combining `mark` after the letter before.
Key mark(std::string_view name, std::string_view sample, std::string_view combining) {
    return {KeyKind::Mark, sample, combining, 1.0f, name};
}

Row chars(std::initializer_list<std::pair<std::string_view, std::string_view>> keys) {
    Row row;
    for (const auto& [lower, upper] : keys) row.push_back(ch(lower, upper));
    return row;
}

Row bottom_row(KeyboardLayer layer, KeyboardMode mode) {
    Row row;
    row.push_back(special(layer == KeyboardLayer::Letters ? KeyKind::ToSymbols : KeyKind::ToLetters, 1.5f));
    row.push_back(special(layer == KeyboardLayer::Accents ? KeyKind::ToSymbols : KeyKind::ToAccents, 1.5f));
    row.push_back(special(KeyKind::Space, 4.5f));
    if (mode == KeyboardMode::Email || mode == KeyboardMode::Path || layer == KeyboardLayer::Symbols) {
        row.push_back({KeyKind::Char, ".com", {}, 1.5f, {}});
    } else {
        row.push_back(ch(","));
    }
    row.push_back(special(KeyKind::Enter, 2.0f));
    return row;
}

std::vector<Row> layout(KeyboardLayer layer, KeyboardMode mode) {
    std::vector<Row> rows;
    switch (layer) {
    case KeyboardLayer::Letters: {
        rows.push_back(chars({{"q", "Q"}, {"w", "W"}, {"e", "E"}, {"r", "R"}, {"t", "T"}, {"y", "Y"}, {"u", "U"},
                              {"i", "I"}, {"o", "O"}, {"p", "P"}}));
        rows.back().push_back(special(KeyKind::Backspace, 1.5f));
        rows.push_back(chars({{"a", "A"}, {"s", "S"}, {"d", "D"}, {"f", "F"}, {"g", "G"}, {"h", "H"}, {"j", "J"},
                              {"k", "K"}, {"l", "L"}}));
        rows.back().push_back(mode == KeyboardMode::Email ? ch("@") : ch("'"));
        Row r3{special(KeyKind::Shift, 1.5f)};
        for (const Key& k : chars({{"z", "Z"}, {"x", "X"}, {"c", "C"}, {"v", "V"}, {"b", "B"}, {"n", "N"},
                                   {"m", "M"}, {"-", {}}, {".", {}}}))
            r3.push_back(k);
        rows.push_back(r3);
        break;
    }
    case KeyboardLayer::Symbols:
        rows.push_back(chars({{"1", {}}, {"2", {}}, {"3", {}}, {"4", {}}, {"5", {}}, {"6", {}}, {"7", {}},
                              {"8", {}}, {"9", {}}, {"0", {}}}));
        rows.back().push_back(special(KeyKind::Backspace, 1.5f));
        rows.push_back(chars({{"@", {}}, {".", {}}, {"_", {}}, {"-", {}}, {"+", {}}, {"/", {}}, {":", {}},
                              {"&", {}}, {"(", {}}, {")", {}}}));
        rows.push_back(chars({{"#", {}}, {"!", {}}, {"?", {}}, {",", {}}, {";", {}}, {"'", {}}, {"\"", {}},
                              {"~", {}}, {"*", {}}, {"=", {}}}));
        break;
    case KeyboardLayer::Accents: {
        rows.push_back(chars({{"á", "Á"}, {"à", "À"}, {"â", "Â"}, {"ä", "Ä"}, {"ã", "Ã"}, {"å", "Å"}, {"æ", "Æ"},
                              {"ç", "Ç"}, {"é", "É"}, {"è", "È"}, {"ê", "Ê"}}));
        rows.back().push_back(special(KeyKind::Backspace, 1.5f));
        rows.push_back(chars({{"ë", "Ë"}, {"í", "Í"}, {"ì", "Ì"}, {"î", "Î"}, {"ï", "Ï"}, {"ñ", "Ñ"}, {"ó", "Ó"},
                              {"ò", "Ò"}, {"ô", "Ô"}, {"ö", "Ö"}, {"õ", "Õ"}, {"ø", "Ø"}}));
        Row r3{special(KeyKind::Shift, 1.5f)};
        for (const Key& k : chars({{"œ", "Œ"}, {"ß", "ẞ"}, {"ú", "Ú"}, {"ù", "Ù"}, {"û", "Û"}, {"ü", "Ü"},
                                   {"ý", "Ý"}, {"ł", "Ł"}, {"đ", "Đ"}, {"ı", "I"}, {"ğ", "Ğ"}}))
            r3.push_back(k);
        rows.push_back(r3);
        rows.push_back({mark("acute", "á", "\u0301"), mark("grave", "à", "\u0300"), mark("hook", "ả", "\u0309"),
                        mark("tilde", "ã", "\u0303"), mark("dot-below", "ạ", "\u0323"),
                        mark("circumflex", "â", "\u0302"), mark("breve", "ă", "\u0306"), mark("horn", "ơ", "\u031B"),
                        mark("diaeresis", "ä", "\u0308"), mark("ring", "å", "\u030A"), mark("cedilla", "ç", "\u0327"),
                        mark("caron", "č", "\u030C"), mark("ogonek", "ą", "\u0328"),
                        mark("double-acute", "ő", "\u030B")});
        break;
    }
    }
    rows.push_back(bottom_row(layer, mode));
    return rows;
}

// --- [SECTION] Drawing ---------------------------------------------------------------------------------------

constexpr float kCaptionHeight = 44.0f;                             // design px: the line above the keys
constexpr float kKeysHeight = 4 * 86.0f + 3 * 10.0f;               // four rows of 86 px keys (five of 67)
constexpr float kGap = 10.0f;                                       // design px between keys
constexpr float kMaxWidth = 1600.0f;                                // design px; wider looks like a wall

std::string key_id(const Key& k) {
    switch (k.kind) {
    case KeyKind::Char: return "key:" + std::string(k.lower);
    case KeyKind::Mark: return "key:mark-" + std::string(k.name);
    case KeyKind::Shift: return "key:shift";
    case KeyKind::Backspace: return "key:backspace";
    case KeyKind::Space: return "key:space";
    case KeyKind::Enter: return "key:enter";
    case KeyKind::ToLetters: return "key:layer-letters";
    case KeyKind::ToSymbols: return "key:layer-symbols";
    case KeyKind::ToAccents: return "key:layer-accents";
    }
    return "key:?";
}

void draw_shift_icon(Ui& ui, const Rect& r, ImU32 col) {
    const ImVec2 c = r.center();
    const float s = ui.px(15);
    const ImVec2 pts[] = {{c.x, c.y - s * 1.2f}, {c.x + s, c.y},           {c.x + s * 0.45f, c.y},
                          {c.x + s * 0.45f, c.y + s}, {c.x - s * 0.45f, c.y + s}, {c.x - s * 0.45f, c.y},
                          {c.x - s, c.y}};
    ui.draw->AddPolyline(pts, 7, col, ImDrawFlags_Closed, ui.px(3));
}

void draw_backspace_icon(Ui& ui, const Rect& r, ImU32 col) {
    const ImVec2 c = r.center();
    const float w = ui.px(22), h = ui.px(14);
    const ImVec2 pts[] = {{c.x - w * 1.5f, c.y}, {c.x - w * 0.6f, c.y - h}, {c.x + w, c.y - h},
                          {c.x + w, c.y + h},     {c.x - w * 0.6f, c.y + h}};
    ui.draw->AddPolyline(pts, 5, col, ImDrawFlags_Closed, ui.px(3));
    const float x = ui.px(6);
    const ImVec2 m{c.x + w * 0.2f, c.y};
    ui.draw->AddLine({m.x - x, m.y - x}, {m.x + x, m.y + x}, col, ui.px(3));
    ui.draw->AddLine({m.x - x, m.y + x}, {m.x + x, m.y - x}, col, ui.px(3));
}

std::string_view label_of(const Key& k, bool upper, std::string_view enter_label) {
    switch (k.kind) {
    case KeyKind::Char: return upper && !k.upper.empty() ? k.upper : k.lower;
    case KeyKind::Mark: return k.lower;
    case KeyKind::Space: return "space";
    case KeyKind::Enter: return enter_label;
    case KeyKind::ToLetters: return "ABC";
    case KeyKind::ToSymbols: return "123 @";
    case KeyKind::ToAccents: return "àé ễ";
    default: return {};
    }
}

} // namespace

float keyboard_height(const Ui& ui) { return ui.px(kCaptionHeight + kKeysHeight); }

KeyPress keyboard(Ui& ui, const Rect& area, KeyboardMode mode, std::string_view current,
                  std::string_view enter_label, std::string_view caption) {
    KeyboardState& kb = ui.state.keyboard;
    const std::string_view line = kb.layer == KeyboardLayer::Accents
                                      ? "Tinted keys add their accent to the letter before: e, then â, then "
                                        "ã gives ễ."
                                      : caption;
    const float key_width_cap = std::min(area.width(), ui.px(kMaxWidth));
    text(ui, ui.fonts.small, {area.center().x - key_width_cap * 0.5f, area.min.y + ui.px(4)}, color::kTextMuted, line);
    const std::vector<Row> rows = layout(kb.layer, mode);
    const bool upper = kb.layer != KeyboardLayer::Symbols && kb.shift.value_or(wants_capital(current, mode));

    float max_units = 0;
    std::size_t max_keys = 0;
    for (const Row& row : rows) {
        float units = 0;
        for (const Key& k : row) units += k.units;
        if (units > max_units) max_units = units, max_keys = row.size();
    }
    const float gap = ui.px(kGap);
    const float width = std::min(area.width(), ui.px(kMaxWidth));
    const float unit = (width - gap * static_cast<float>(max_keys - 1)) / max_units;
    const float n = static_cast<float>(rows.size());
    const float row_h = (ui.px(kKeysHeight) - gap * (n - 1)) / n;

    KeyPress result;
    float y = area.min.y + ui.px(kCaptionHeight);
    for (const Row& row : rows) {
        float row_w = gap * static_cast<float>(row.size() - 1);
        for (const Key& k : row) row_w += k.units * unit;
        float x = area.center().x - row_w * 0.5f;
        for (const Key& k : row) {
            const Rect r = Rect::at({x, y}, {k.units * unit, row_h});
            x += k.units * unit + gap;
            const bool is_char = k.kind == KeyKind::Char;
            const bool shift_on = k.kind == KeyKind::Shift && upper;
            const ButtonStyle style = k.kind == KeyKind::Enter  ? ButtonStyle::Primary
                                      : shift_on                ? ButtonStyle::Primary
                                      : k.kind == KeyKind::Mark ? ButtonStyle::KeyMark
                                      : is_char                 ? ButtonStyle::Key
                                                                : ButtonStyle::KeySpecial;
            const bool tapped = button(ui, key_id(k), label_of(k, upper, enter_label), r, style);
            if (k.kind == KeyKind::Shift) draw_shift_icon(ui, r, shift_on ? color::kOnPrimary : color::kText);
            if (k.kind == KeyKind::Backspace) draw_backspace_icon(ui, r, color::kText);
            if (!tapped) continue;
            switch (k.kind) {
            case KeyKind::Char:
                result = {KeyAction::Insert, std::string(upper && !k.upper.empty() ? k.upper : k.lower)};
                kb.shift.reset();                                     // shift lasts one letter
                break;
            case KeyKind::Mark: result = {KeyAction::Insert, std::string(k.upper)}; break;
            case KeyKind::Space: result = {KeyAction::Insert, " "}; kb.shift.reset(); break;
            case KeyKind::Backspace: result = {KeyAction::Backspace, {}}; break;
            case KeyKind::Enter: result = {KeyAction::Enter, {}}; break;
            case KeyKind::Shift: kb.shift = !upper; break;
            case KeyKind::ToLetters: kb.layer = KeyboardLayer::Letters; break;
            case KeyKind::ToSymbols: kb.layer = KeyboardLayer::Symbols; break;
            case KeyKind::ToAccents: kb.layer = KeyboardLayer::Accents; break;
            }
        }
        y += row_h + gap;
    }
    return result;
}

} // namespace mb::ui
