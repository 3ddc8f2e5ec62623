// The pointer queue that keeps quick taps: press and release between two frames still make a tap.
#include <catch2/catch.hpp>

#include "app/platform/pointer_queue.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/kiosk/kiosk_fixture.hpp"

using namespace mb;
using platform::PointerQueue;

TEST_CASE("each frame gets at most one button transition, at the position of its event") {
    PointerQueue q;
    ImVec2 pos;
    bool down = true;
    q.next_frame(pos, down);
    CHECK_FALSE(down);                                          // nothing yet
    q.push(PointerQueue::Kind::Move, {10, 10});
    q.push(PointerQueue::Kind::Move, {20, 20});                 // collapses with the move before
    q.push(PointerQueue::Kind::Press, {30, 30});
    q.push(PointerQueue::Kind::Release, {30, 30});
    q.push(PointerQueue::Kind::Move, {500, 500});
    q.next_frame(pos, down);
    CHECK(down);
    CHECK(pos.x == 30);
    q.next_frame(pos, down);
    CHECK_FALSE(down);
    CHECK(pos.x == 30);
    CHECK_FALSE(q.empty());
    q.next_frame(pos, down);
    CHECK(pos.x == 500);
    CHECK(q.empty());
}

TEST_CASE("a tap that presses and releases between two frames is not lost") {
    test::KioskFixture fx;
    test::UiHarness ui(*fx.store);
    const ui::HitTarget* target = ui.find("Tap to check in");
    REQUIRE(target);
    const ImVec2 centre{(target->min.x + target->max.x) * 0.5f, (target->min.y + target->max.y) * 0.5f};

    SECTION("sampling only the button state at frame time misses it") {
        ui.set_pointer(centre, false);                          // the press happened and ended in between
        ui.frame();
        ui.frame();
        CHECK(ui.view().screen == kiosk::Screen::Attract);
    }
    SECTION("the queue hands the press and the release a frame each") {
        PointerQueue q;
        q.push(PointerQueue::Kind::Move, centre);
        q.push(PointerQueue::Kind::Press, centre);
        q.push(PointerQueue::Kind::Release, centre);
        while (!q.empty()) {
            ImVec2 pos;
            bool down = false;
            q.next_frame(pos, down);
            ui.set_pointer(pos, down);
            ui.frame();
        }
        ui.frame();
        CHECK(ui.view().screen == kiosk::Screen::Find);
    }
}
