// The board's drawing (app/board/board_draw.hpp) run headless: real ImGui, real Inter fonts, no GL.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <cstdint>

#include "app/board/board_draw.hpp"
#include "app/board/board_text.hpp"
#include "core/text/bidi.hpp"

using namespace mb;
using namespace mb::board;

namespace {

// An ImGui context with the board's fonts baked (no texture upload: there is no GL here).
class DrawHarness {
public:
    DrawHarness() : context_(ImGui::CreateContext()) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        fonts_ = load_board_fonts(*io.Fonts, 1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(1)));
    }
    ~DrawHarness() { ImGui::DestroyContext(context_); }
    DrawHarness(const DrawHarness&) = delete;
    DrawHarness& operator=(const DrawHarness&) = delete;

    const BoardFonts& fonts() const { return fonts_; }

    struct Result {
        std::vector<GlowQuad> glows;
        std::size_t bodies = 0;           // card bodies left to the GL pass
        int vertices = 0;
    };
    // One frame of the board at 1920x1080; returns the glows and how many vertices ImGui produced.
    Result frame(const BoardView& view, const std::vector<CardSprite>& sprites, const FrameInfo& info = {}) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1920, 1080);
        io.DeltaTime = 1.0f / 60;
        ImGui::NewFrame();
        Result r;
        const DrawnBoard drawn =
            draw_board(*ImGui::GetBackgroundDrawList(), view, layout_board(1920, 1080), sprites, fonts_, info);
        r.glows = drawn.glows;
        r.bodies = drawn.bodies.size();
        ImGui::Render();
        r.vertices = ImGui::GetDrawData()->TotalVtxCount;
        return r;
    }

private:
    ImGuiContext* context_;
    BoardFonts fonts_;
};

bool valid_utf8(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k) {
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        }
        i += n;
    }
    return true;
}

BoardView view_with(int cards, int waiting) {
    BoardView v;
    v.event_name = "Mentoring Mixer";
    for (int i = 0; i < cards; ++i) {
        BoardCard c;
        c.mentor = i + 1;
        c.mentee = 1000 + i;
        c.mentor_name = "Zoë Ñ.";
        c.mentee_name = "Nguyễn M.";
        c.mentee_org = "Clínic";
        c.reason = "has made the clinical-to-administrative move you are weighing";
        v.cards.push_back(c);
    }
    for (int i = 0; i < waiting; ++i) v.waiting_names.push_back("Seán O. " + std::to_string(i));
    v.checked_in = 2 * cards + waiting;
    v.paired = 2 * cards;
    v.waiting = waiting;
    return v;
}

} // namespace

TEST_CASE("board drawing: the round clock reads minutes and seconds") {
    CHECK(clock_text(0) == "0:00");
    CHECK(clock_text(83) == "1:23");
    CHECK(clock_text(900) == "15:00");
    CHECK(clock_text(4500) == "75:00");
    CHECK(clock_text(-5) == "0:00");
}

TEST_CASE("board drawing: long names and reasons are cut at a character with an ellipsis, never overflow") {
    DrawHarness h;
    const ImFont* font = h.fonts().name;
    const std::string name = "Zoë Ñúñez-Łukasiewicz de la Peña y Nguyễn Thị";
    CHECK(ellipsized(font, "Ana L.", 400) == "Ana L.");
    for (float width = 60; width < 900; width += 37) {
        const std::string cut = ellipsized(font, name, width);
        CHECK(text_width(font, cut) <= width);
        CHECK(valid_utf8(cut));
        if (cut != name) CHECK(cut.substr(cut.size() - 3) == "\u2026");
    }
    CHECK(fitting_font({h.fonts().name, h.fonts().name_long}, "Ana L.", 300) == h.fonts().name);
    CHECK(fitting_font({h.fonts().name, h.fonts().name_long}, name, 300) == h.fonts().name_long);
}

TEST_CASE("board drawing: a long right-to-left name keeps its start, on the right, and loses its end") {
    DrawHarness h;
    const ImFont* font = h.fonts().name;
    const std::string visual = mb::text::visual_order("אברהם בן דוד כהן־מזרחי");
    const std::string cut = ellipsized(font, visual, 200);
    CHECK(text_width(font, cut) <= 200);
    REQUIRE(cut.substr(0, 3) == "\u2026");
    CHECK(visual.ends_with(cut.substr(3)));                // the right end (logical start) is what stays
}

TEST_CASE("board drawing: a glowing card yields one glow from after the mentor's name to the mentee's") {
    DrawHarness h;
    const BoardView view = view_with(3, 2);
    const BoardLayout layout = layout_board(1920, 1080);
    std::vector<CardSprite> sprites;
    for (std::size_t i = 0; i < 3; ++i)
        sprites.push_back({&view.cards[i], layout.slot(static_cast<int>(i)), 1, i == 1 ? 0.3f : -1});
    sprites[2].on_top = true;                            // sliding over the others: ImGui draws its body
    const auto r = h.frame(view, sprites);
    CHECK(r.bodies == 2);                                // the GL pass draws the rest
    REQUIRE(r.glows.size() == 1);
    const GlowQuad& g = r.glows[0];
    CHECK(g.progress == Approx(0.3f));
    CHECK(g.card.x == layout.slot(1).x);
    CHECK(g.link_x0 > g.card.x + text_width(h.fonts().name, "Zoë Ñ."));
    CHECK(g.link_x1 > g.link_x0);
    CHECK(g.link_x1 < g.card.right());
    CHECK(g.link_y0 > g.card.y);
    CHECK(g.link_y0 < g.card.bottom());
}

TEST_CASE("board drawing: cost follows what is visible, not how many people are waiting") {
    DrawHarness h;
    const BoardView few = view_with(2, 5);
    const BoardView crowd = view_with(2, 5000);
    const BoardLayout layout = layout_board(1920, 1080);
    const std::vector<CardSprite> sprites_few{{&few.cards[0], layout.slot(0), 1, -1},
                                              {&few.cards[1], layout.slot(1), 1, -1}};
    const std::vector<CardSprite> sprites_crowd{{&crowd.cards[0], layout.slot(0), 1, -1},
                                                {&crowd.cards[1], layout.slot(1), 1, -1}};
    const int v_few = h.frame(few, sprites_few).vertices;
    const int v_crowd = h.frame(crowd, sprites_crowd, {0, 0, 1, "Showing the last update: database is busy"}).vertices;
    CHECK(v_few > 0);
    CHECK(v_crowd < 2 * v_few);                          // one line of names and "+ N more", not 5,000 names
    // An empty board still says what it is for.
    CHECK(h.frame(view_with(0, 0), {}).vertices > 0);
}
