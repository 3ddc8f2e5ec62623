// tests/app/test_name_glyphs.cpp — the kiosk's and the board's atlases built headless for names in every
// script: no glyph of any name (in drawing order) falls back to '?', and without such names the atlas is
// exactly today's Inter-only atlas.
// Also: the store feeds NameGlyphs (AttendeeGlyphs), and a missing Noto font only costs those glyphs.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "app/attendee_glyphs.hpp"
#include "app/board/board_fonts.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/name_glyphs.hpp"
#include "app/ui/script_text.hpp"
#include "core/text/bidi.hpp"
#include "core/store/sqlite_store.hpp"
#include "core/text/utf8.hpp"
#include "tests/support/forwarding_store.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/world_names.hpp"

using namespace mb;

namespace {

// An ImGui context of its own, so the atlas is fresh for each check.
class Context {
public:
    Context() : context_(ImGui::CreateContext()) { ImGui::GetIO().IniFilename = nullptr; }
    ~Context() { ImGui::DestroyContext(context_); }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;
    ImFontAtlas& atlas() { return *ImGui::GetIO().Fonts; }

private:
    ImGuiContext* context_;
};

std::vector<std::string> world_strings() {
    std::vector<std::string> out;
    for (const auto& w : test::kWorldNames) {
        out.emplace_back(w.name);
        out.emplace_back(w.organization);
    }
    return out;
}

// The code points of `text` as drawn that `font` has no glyph for, as "U+XXXX" words.
std::string missing_glyphs(const ImFont* font, const std::string& text) {
    const std::string drawn = text::visual_order(text);
    std::string missing;
    for (std::size_t pos = 0; pos < drawn.size();) {
        const char32_t cp = utf8::next(drawn, pos);
        if (!font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) missing += " U+" + std::to_string(cp);
    }
    return missing;
}

void check_every_glyph(const std::vector<const ImFont*>& fonts) {
    for (const ImFont* font : fonts)
        for (const std::string& s : world_strings()) {
            INFO(s << " at " << font->FontSize << " px");
            CHECK(missing_glyphs(font, s).empty());
        }
}

struct AtlasSize {
    int width = 0;
    int height = 0;
    int glyphs = 0;
};

AtlasSize size_of(ImFontAtlas& atlas) {
    unsigned char* pixels = nullptr;
    AtlasSize s;
    atlas.GetTexDataAsAlpha8(&pixels, &s.width, &s.height);
    for (const ImFont* f : atlas.Fonts) s.glyphs += f->Glyphs.Size;
    return s;
}

} // namespace

TEST_CASE("the kiosk atlas has every glyph of names in every script") {
    Context c;
    ui::NameGlyphs names;
    for (const std::string& s : world_strings()) names.add_text(s);
    const ui::Fonts f = ui::load_fonts(c.atlas(), 1.0f, &names);
    check_every_glyph({f.small, f.body, f.label, f.heading});
    CHECK(f.glyphs_revision == names.revision());
}

TEST_CASE("the kiosk's large welcome size gets only the large set") {
    Context c;
    ui::NameGlyphs names;
    for (const std::string& s : world_strings()) {
        names.add_text(s);
        names.add_text(s, true);                        // as if each of them were being welcomed
    }
    const ui::Fonts f = ui::load_fonts(c.atlas(), 1.0f, &names);
    check_every_glyph({f.display});

    Context other;
    ui::NameGlyphs small_only;
    small_only.add_text("陈静");
    const ui::Fonts g = ui::load_fonts(other.atlas(), 1.0f, &small_only);
    CHECK(g.body->FindGlyphNoFallback(0x9648) != nullptr);        // 陈 in the list sizes
    CHECK(g.display->FindGlyphNoFallback(0x9648) == nullptr);     // not in the welcome size until welcomed
}

TEST_CASE("the board atlas has every glyph of names in every script in its text sizes") {
    Context c;
    ui::NameGlyphs names;
    for (const std::string& s : world_strings()) {
        names.add_text(s);
        names.add_text(s, true);                        // the title size: as if each were the event's name
    }
    const board::BoardFonts f = board::load_board_fonts(c.atlas(), 1.0f, &names);
    check_every_glyph({f.title, f.name, f.name_long, f.body, f.label, f.small});
}

TEST_CASE("Arabic names are collected as presentation forms and those glyphs are baked") {
    ui::NameGlyphs names;
    names.add_text("فاطمة");
    CHECK(names.codepoints().count(0xFED3) == 1);       // feh, initial form
    CHECK(names.codepoints().count(0xFE94) == 1);       // teh marbuta, final form
    Context c;
    const ui::Fonts f = ui::load_fonts(c.atlas(), 1.0f, &names);
    CHECK(f.label->FindGlyphNoFallback(0xFED3) != nullptr);
}

TEST_CASE("an atlas for Latin-only names is exactly today's Inter-only atlas") {
    AtlasSize today;
    {
        Context c;
        ui::load_fonts(c.atlas(), 1.0f);
        today = size_of(c.atlas());
    }
    ui::NameGlyphs latin;
    for (const char* s : {"Zoë Ñúñez", "Seán O'Brien", "Nguyễn Thị Minh", "Łukasz Żółć", "Søren Ærø"})
        CHECK_FALSE(latin.add_text(s));
    CHECK(latin.empty());
    Context c;
    ui::load_fonts(c.atlas(), 1.0f, &latin);
    const AtlasSize now = size_of(c.atlas());
    CHECK(now.width == today.width);
    CHECK(now.height == today.height);
    CHECK(now.glyphs == today.glyphs);
}

TEST_CASE("the board's Latin-only atlas is unchanged too") {
    AtlasSize today;
    {
        Context c;
        board::load_board_fonts(c.atlas(), 1.0f);
        today = size_of(c.atlas());
    }
    ui::NameGlyphs latin;
    latin.add_text("Zoë Ñúñez");
    Context c;
    board::load_board_fonts(c.atlas(), 1.0f, &latin);
    const AtlasSize now = size_of(c.atlas());
    CHECK(now.height == today.height);
    CHECK(now.glyphs == today.glyphs);
}

TEST_CASE("a glyph drawn but not yet baked is noted for the next atlas") {
    Context c;
    ui::ScriptText script;
    const ui::Fonts f = ui::load_fonts(c.atlas(), 1.0f, &script.glyphs());
    const std::uint64_t before = script.glyphs().revision();
    script.note_missing(f.body, script.visual("Zoë"));              // all baked: nothing to note
    CHECK(script.glyphs().revision() == before);
    script.note_missing(f.body, script.visual("陈静"));
    CHECK(script.glyphs().revision() > before);
    CHECK(script.glyphs().codepoints().count(0x9648) == 1);        // 陈
}

TEST_CASE("left-to-right text is drawn from the caller's own bytes, right-to-left from the cache") {
    ui::ScriptText script;
    const std::string latin = "Zoë Ñúñez";
    CHECK(script.visual(latin).data() == latin.data());
    const std::string hebrew = "דוד כהן";
    const std::string_view drawn = script.visual(hebrew);
    CHECK(drawn == "ןהכ דוד");
    CHECK(script.visual(hebrew).data() == drawn.data());            // same cached copy
}

TEST_CASE("missing Noto fonts are logged once per file, naming the package, and the atlas still builds") {
    ::setenv("MATCHBOOTH_NOTO_DIR", "/nonexistent-noto", 1);
    std::ostringstream log;
    std::streambuf* const saved = std::cerr.rdbuf(log.rdbuf());
    ui::NameGlyphs names;
    names.add_text("陈静 Γιώργος");
    const auto lines = [&] {
        const std::string text = log.str();
        return std::count(text.begin(), text.end(), '\n');
    };
    std::ptrdiff_t first = 0;
    {
        Context c;
        const ui::Fonts f = ui::load_fonts(c.atlas(), 1.0f, &names);
        CHECK(f.body->FindGlyphNoFallback(0x0393) != nullptr);   // Γ: from Inter itself, still there
        CHECK(f.body->FindGlyphNoFallback(0x9648) == nullptr);   // 陈: no CJK font, ImGui's '?' instead
        first = lines();
    }
    {
        Context c;
        ui::load_fonts(c.atlas(), 1.0f, &names);                  // a rebuild: nothing logged again
    }
    std::cerr.rdbuf(saved);
    ::unsetenv("MATCHBOOTH_NOTO_DIR");
    const std::string text = log.str();
    CHECK(first > 0);
    CHECK(lines() == first);
    CHECK(text.find("fonts-noto-cjk") != std::string::npos);
}

namespace {

// A store whose server can be switched off: every call throws StoreError while offline.
class SwitchableStore : public test::ForwardingStore {
public:
    using ForwardingStore::ForwardingStore;
    bool offline = false;

private:
    void before_each_call() override {
        if (offline) throw StoreError("server unreachable", StoreErrorKind::Other);
    }
};

Attendee named(const char* name, const char* email) {
    Attendee a;
    a.display_name = name;
    a.email = {email, false};
    return a;
}

} // namespace

TEST_CASE("the store's names feed the glyphs once, then only what changed, and an offline store is skipped") {
    test::TempDir dir;
    const std::unique_ptr<Store> sqlite = open_sqlite_store(dir / "event.db");
    SwitchableStore store(*sqlite);
    store.add_attendee(named("Zoë Ñúñez", "zoe@example.org"));
    store.add_attendee(named("陈静", "cj@example.org"));
    app::AttendeeGlyphs feed;
    ui::NameGlyphs glyphs;
    CHECK(feed.update(store, glyphs));
    CHECK(glyphs.codepoints().count(0x9759) == 1);                 // 静
    CHECK_FALSE(feed.update(store, glyphs));                       // nothing new

    store.offline = true;
    CHECK_FALSE(feed.update(store, glyphs));                       // no throw: the kiosk carries on
    store.offline = false;
    store.add_attendee(named("דוד כהן", "david@example.org"));   // a walk-in, an import
    CHECK(feed.update(store, glyphs));
    CHECK(glyphs.codepoints().count(0x05D3) == 1);                 // ד
}
