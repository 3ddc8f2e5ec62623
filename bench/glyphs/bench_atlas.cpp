// bench/glyphs/bench_atlas.cpp — what names in every script cost the font atlas, printed (never run by CTest).
//
//   build/default/bench/glyphs/bench_atlas [--attendees 10000] [--scale 1.0] [--runs 3]
//
// An event of N attendees, mostly Latin names (with diacritics), plus a few hundred Chinese names written
// with many distinct characters and some Japanese, Korean, Greek, Cyrillic, Devanagari, Arabic and Hebrew
// names. For the kiosk's fonts (5 sizes) and the board's (6 text sizes), Latin-only versus everything:
//   collect — NameGlyphs::add_text over every name and organization (visual order included)
//   build   — load_fonts / load_board_fonts: FreeType rasterizing + packing (median of --runs)
//   texture — width x height, bytes as alpha8 and as the RGBA32 the OpenGL3 backend uploads
// The kiosk's 96 px welcome size and the board's title size take only the "large" set (the event name, the
// person being welcomed), left empty here. Headless: the atlas is built on the CPU, no GL context needed.
#include <imgui.h>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "app/board/board_fonts.hpp"
#include "app/ui/fonts.hpp"
#include "app/ui/name_glyphs.hpp"

namespace {

using Clock = std::chrono::steady_clock;

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

struct Person {
    std::string name;
    std::string organization;
};

template <std::size_t N>
const char* pick(std::mt19937& rng, const std::array<const char*, N>& from) {
    return from[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

// `count` code points drawn uniformly from [first, last]: unrelated characters, so nearly all distinct.
std::string random_run(std::mt19937& rng, char32_t first, char32_t last, int count) {
    std::string s;
    std::uniform_int_distribution<std::uint32_t> cp(first, last);
    for (int i = 0; i < count; ++i) append_utf8(s, cp(rng));
    return s;
}

constexpr std::array<const char*, 12> kGiven = {"Zoë", "Seán", "José", "Łukasz", "Søren", "Ana", "Minh",
                                                 "François", "Jürgen", "Ines", "Tomáš", "Aoife"};
constexpr std::array<const char*, 12> kFamily = {"Ñúñez", "O'Brien", "Nguyễn", "Żółć", "Ærø", "García", "Müller",
                                                  "Dvořák", "Kovačević", "Smith", "Lefèvre", "Ó Briain"};
constexpr std::array<const char*, 6> kLatinOrgs = {"Mayo Clinic", "Charité", "Hôpital Necker", "Karolinska",
                                                   "Clínica Alemana", "St. James's"};
constexpr std::array<const char*, 6> kGreek = {"Γιώργος Παπαδόπουλος", "Μαρία Οικονόμου", "Νίκος Κωνσταντίνου",
                                               "Ελένη Δημητρίου", "Κώστας Αλεξίου", "Σοφία Γεωργίου"};
constexpr std::array<const char*, 6> kCyrillic = {"Алексей Иванов", "Ольга Смирнова", "Дмитрий Кузнецов",
                                                  "Наталья Попова", "Сергей Волков", "Юлия Лебедева"};
constexpr std::array<const char*, 6> kDevanagari = {"प्रिया शर्मा", "राहुल वर्मा", "अनीता गुप्ता",
                                                    "विक्रम सिंह", "सुनीता पटेल", "अर्जुन मेहता"};
constexpr std::array<const char*, 6> kArabic = {"فاطمة الزهراء", "محمد عبد الله", "عائشة حسن", "أحمد خليل",
                                                "مريم يوسف", "عمر فاروق"};
constexpr std::array<const char*, 6> kHebrew = {"דוד כהן", "שרה לוי", "יוסף מזרחי", "רחל אברהם",
                                                "משה פרץ", "מרים ביטון"};
constexpr std::array<const char*, 6> kHanOrgs = {"北京大学", "复旦大学附属华山医院", "上海交通大学",
                                                 "中山大学", "浙江大学医学院", "四川大学华西医院"};
constexpr std::array<const char*, 6> kKana = {"さとう", "はなこ", "たなか", "ゆうき", "サトウ", "ケンジ"};

// Mostly Latin; then the scripts in the proportions an international medical mixer might see.
std::vector<Person> make_event(int attendees, bool latin_only) {
    std::mt19937 rng(14);
    std::vector<Person> people;
    const int others = latin_only ? 0 : attendees / 10;       // 10 % non-Latin, of which:
    const int han = others * 3 / 10, japanese = others / 10, korean = others / 10;
    for (int i = 0; i < attendees - others; ++i)
        people.push_back({std::string(pick(rng, kGiven)) + " " + pick(rng, kFamily), pick(rng, kLatinOrgs)});
    for (int i = 0; i < han; ++i)                             // family + 1-2 given characters, any of 20,000
        people.push_back({random_run(rng, 0x4E00, 0x9FA5, 2 + i % 2), pick(rng, kHanOrgs)});
    for (int i = 0; i < japanese; ++i)
        people.push_back({random_run(rng, 0x4E00, 0x9FA5, 2) + " " + pick(rng, kKana), "東京大学"});
    for (int i = 0; i < korean; ++i)                          // Hangul syllables: 11,172 possible
        people.push_back({random_run(rng, 0xAC00, 0xD7A3, 3), "서울대학교"});
    const int rest = others - han - japanese - korean;
    for (int i = 0; i < rest; ++i) {
        switch (i % 5) {
        case 0: people.push_back({pick(rng, kGreek), "Πανεπιστήμιο Αθηνών"}); break;
        case 1: people.push_back({pick(rng, kCyrillic), "МГУ"}); break;
        case 2: people.push_back({pick(rng, kDevanagari), "अखिल भारतीय आयुर्विज्ञान संस्थान"}); break;
        case 3: people.push_back({pick(rng, kArabic), "جامعة القاهرة"}); break;
        default: people.push_back({pick(rng, kHebrew), "האוניברסיטה העברית"}); break;
        }
    }
    return people;
}

struct Figures {
    double collect_ms = 0;
    double build_ms = 0;              // median
    std::size_t extra_glyphs = 0;     // code points merged beyond Inter's fixed ranges
    int glyphs = 0;                   // in all fonts of the atlas
    int width = 0;
    int height = 0;
};

template <typename Load>
Figures measure(const std::vector<Person>& people, int runs, Load load) {
    Figures f;
    mb::ui::NameGlyphs names;
    const Clock::time_point t0 = Clock::now();
    for (const Person& p : people) {
        names.add_text(p.name);
        names.add_text(p.organization);
    }
    f.collect_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    f.extra_glyphs = names.codepoints().size();
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        ImGuiContext* context = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        const Clock::time_point start = Clock::now();
        load(*io.Fonts, &names);
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        unsigned char* pixels = nullptr;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &f.width, &f.height);
        f.glyphs = 0;
        for (const ImFont* font : io.Fonts->Fonts) f.glyphs += font->Glyphs.Size;
        ImGui::DestroyContext(context);
    }
    std::sort(times.begin(), times.end());
    f.build_ms = times[times.size() / 2];
    return f;
}

void print(const char* what, const char* names, const Figures& f) {
    const double pixels = static_cast<double>(f.width) * f.height;
    std::printf("%-6s %-10s collect %7.1f ms  build %8.1f ms  extra glyphs %5zu  glyphs %6d  texture %4dx%-5d"
                "  alpha8 %6.1f MB  RGBA32 %6.1f MB\n",
                what, names, f.collect_ms, f.build_ms, f.extra_glyphs, f.glyphs, f.width, f.height,
                pixels / 1048576.0, pixels * 4 / 1048576.0);
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"Font atlas cost of names in every script"};
    int attendees = 10000;
    float scale = 1.0f;
    int runs = 3;
    app.add_option("--attendees", attendees, "Attendees in the event")->check(CLI::Range(1, 1000000));
    app.add_option("--scale", scale, "Screen scale (1.0 = 1080p, 2.0 = 4K)")->check(CLI::Range(0.5, 2.5));
    app.add_option("--runs", runs, "Atlas builds per case (the median is printed)")->check(CLI::Range(1, 50));
    CLI11_PARSE(app, argc, argv);

    std::printf("%d attendees, scale %.2f, median of %d builds\n", attendees, static_cast<double>(scale), runs);
    for (const bool latin_only : {true, false}) {
        const std::vector<Person> people = make_event(attendees, latin_only);
        const char* label = latin_only ? "Latin" : "all";
        print("kiosk", label, measure(people, runs, [&](ImFontAtlas& atlas, mb::ui::NameGlyphs* names) {
                  mb::ui::load_fonts(atlas, scale, names);
              }));
        print("board", label, measure(people, runs, [&](ImFontAtlas& atlas, mb::ui::NameGlyphs* names) {
                  mb::board::load_board_fonts(atlas, scale, names);
              }));
    }
    return 0;
}
