// tests/board/board_gallery.cpp — see board_gallery.hpp.
#include "tests/board/board_gallery.hpp"

#include <GLFW/glfw3.h>

#include <iostream>
#include <string>

#include "app/board/board_scene.hpp"
#include "app/platform/screenshot.hpp"
#include "app/platform/window.hpp"
#include "core/board/live_board.hpp"
#include "core/io/demo.hpp"
#include "core/store/sqlite_store.hpp"
#include "core/util/ids.hpp"
#include "tests/support/temp_dir.hpp"

namespace mb::test {

namespace {

// Checks people in (in id order) until the board shows at least `cards` pairs; returns that view.
BoardView check_in_until(Store& store, LiveBoard& model, std::size_t cards, std::size_t& next_person) {
    const std::vector<Attendee> people = store.attendees();
    model.refresh(now_unix_ms());
    while (model.view().cards.size() < cards && next_person < people.size()) {
        store.check_in(people[next_person++].id, "gallery");
        model.refresh(now_unix_ms());
    }
    return model.view();
}

class Shooter {
public:
    Shooter(std::filesystem::path dir, int width, int height, GLFWwindow* window)
        : dir_(std::move(dir)), width_(width), height_(height), window_(window) {}

    // Draws `scene` at 30 fps from `from_s` up to `to_s` (as the real loop would: entrances start when first
    // drawn, pages turn on time) and writes the frame at to_s.
    void shot(board::BoardScene& scene, const std::string& name, double from_s, double to_s, std::int64_t now_ms) {
        for (double t = from_s; t < to_s; t += 1.0 / 30) scene.draw(width_, height_, t, now_ms);
        scene.draw(width_, height_, to_s, now_ms);
        const std::string error = platform::write_framebuffer_png(dir_ / name, width_, height_);
        if (!error.empty()) throw std::runtime_error(error);
        glfwSwapBuffers(window_);
        std::cout << "wrote " << (dir_ / name).string() << "\n";
    }
    // A board that has shown `view` for a while (no entrance effects), at `at_s` seconds after it appeared.
    void still(const BoardView& view, const std::string& name, double at_s, std::int64_t now_ms) {
        board::BoardScene scene(1.0 / 30);
        scene.set_view(view, 0);
        shot(scene, name, 0, at_s, now_ms);
    }

private:
    std::filesystem::path dir_;
    int width_;
    int height_;
    GLFWwindow* window_;
};

} // namespace

int write_board_gallery(const std::filesystem::path& dir, int width, int height) {
    platform::WindowFailure failure = platform::WindowFailure::None;
    std::string message;
    const auto window = platform::Window::open({false, 0, width, height, "board gallery"}, failure, message);
    if (!window) {
        std::cerr << "board gallery: " << message << "\n";
        return failure == platform::WindowFailure::NoDisplay ? 3 : 1;
    }
    try {
        std::filesystem::create_directories(dir);
        TempDir tmp;
        const auto store = open_sqlite_store(tmp / "gallery.db");
        generate_demo_event(*store, {400, 7, 0, "Physician Leadership Mentoring Mixer"});
        LiveOptions live;
        live.holder = "gallery";
        LiveBoard model(*store, live);
        std::size_t next = 0;
        const std::int64_t now = now_unix_ms();
        Shooter shooter(dir, width, height, window->handle());

        const BoardView empty = check_in_until(*store, model, 0, next);
        shooter.still(empty, "board-empty.png", 1.0, now);
        const BoardView six = check_in_until(*store, model, 6, next);
        shooter.still(six, "board-6-pairs.png", 3.0, now);
        const BoardView seven = check_in_until(*store, model, 7, next);
        for (const double at : {0.25, 0.5, 1.0}) {
            board::BoardScene scene(1.0 / 30);
            scene.set_view(six, 0);
            scene.draw(width, height, 0, now);
            scene.set_view(seven, 3.0);
            shooter.shot(scene, "board-arrival-" + std::to_string(at).substr(0, 4) + "s.png", 3.0, 3.0 + at, now);
        }
        const BoardView forty = check_in_until(*store, model, 40, next);
        shooter.still(forty, "board-40-pairs.png", 3.0, now);
        shooter.still(forty, "board-page-turn.png", 10.3, now);        // a page stays 10 s, the turn takes 0.8 s
        shooter.still(forty, "board-40-pairs-page-2.png", 12.0, now);
        store->set_setting("board_full_names", "1");
        model.refresh(now_unix_ms());
        shooter.still(model.view(), "board-full-names.png", 3.0, now);
        store->set_setting("board_full_names", "0");
        const Round round = model.own_live().start_round(0, 15 * 60, now_unix_ms());
        model.refresh(now_unix_ms());
        {
            board::BoardScene scene(1.0 / 30);
            scene.set_view(forty, 0);
            scene.draw(width, height, 0, round.started_ms);
            scene.set_view(model.view(), 1.0);
            shooter.shot(scene, "board-round-start.png", 1.0, 1.6, round.started_ms + 600);
        }
        shooter.still(model.view(), "board-round.png", 3.0, round.started_ms + 83'000);
        shooter.still(model.view(), "board-round-ending.png", 3.0, round.started_ms + (15 * 60 - 42) * 1000);
        {
            // Latecomers during the round: their pairs come after the seated ones, without a table; the board
            // turns to their page after a first look at the current one, and they glow as they appear.
            const BoardView seated = model.view();
            board::BoardScene scene(1.0 / 30);
            scene.set_view(seated, 0);
            scene.draw(width, height, 0, round.started_ms + 200'000);
            const BoardView late = check_in_until(*store, model, seated.cards.size() + 3, next);
            scene.set_view(late, 1.0);
            shooter.shot(scene, "board-round-latecomers.png", 1.0, 1.0 + 4.0 + 0.8 + 0.6, round.started_ms + 206'000);
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "board gallery: " << e.what() << "\n";
        return 1;
    }
}

} // namespace mb::test
