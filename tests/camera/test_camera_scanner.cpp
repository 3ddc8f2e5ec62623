// tests/camera/test_camera_scanner.cpp — the scanner thread with recorded frames instead of a webcam: the
// queue keeps order, a code held in view is one scan, stop() returns, a failing source ends the thread.
//
// Frames here carry their codes as text in the pixels and a fake decoder reads them back, so these tests are
// about the thread and the repeat rule; test_qr_frames.cpp is about reading real QR pixels. Time is each
// frame's capture stamp, never the wall clock: nothing here depends on how fast the machine is.
#include <catch2/catch.hpp>

#include <atomic>
#include <memory>
#include <thread>

#include "core/camera/camera_scanner.hpp"

using namespace mb::camera;
using namespace std::chrono_literals;

namespace {

using Time = std::chrono::steady_clock::time_point;

struct Scripted {
    std::chrono::milliseconds at;   // capture time after the start
    std::string codes;              // what the fake decoder "sees": codes separated by '|', "" = none
};

struct Flags {
    std::atomic<bool> drained{false};   // next() was called after the last scripted frame
};

class FakeSource : public FrameSource {
public:
    FakeSource(std::vector<Scripted> script, std::shared_ptr<Flags> flags, bool fail_at_end = false)
        : script_(std::move(script)), flags_(std::move(flags)), fail_at_end_(fail_at_end) {}
    Read next(GreyFrame& frame, std::chrono::milliseconds timeout) override {
        if (i_ < script_.size()) {
            const Scripted& s = script_[i_++];
            frame.width = static_cast<int>(s.codes.size());
            frame.height = 1;
            frame.pixels.assign(s.codes.begin(), s.codes.end());
            frame.at = Time{} + s.at;
            return Read::Frame;
        }
        flags_->drained = true;
        if (fail_at_end_) return Read::Failed;
        std::this_thread::sleep_for(std::min(timeout, std::chrono::milliseconds(2)));   // a camera with no frame
        return Read::Timeout;
    }
    std::string why() const override { return "No such device (unplugged)"; }
    std::string name() const override { return "fake0"; }

private:
    std::vector<Scripted> script_;
    std::size_t i_ = 0;
    std::shared_ptr<Flags> flags_;
    bool fail_at_end_;
};

std::vector<std::string> fake_decode(const GreyFrame& frame) {
    std::vector<std::string> out;
    std::string text(frame.pixels.begin(), frame.pixels.end());
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t bar = std::min(text.find('|', start), text.size());
        out.push_back(text.substr(start, bar - start));
        start = bar + 1;
    }
    return out;
}

void wait_for(const std::atomic<bool>& flag) {
    for (int i = 0; i < 10'000 && !flag; ++i) std::this_thread::sleep_for(1ms);   // at most 10 s on a busy CI
    REQUIRE(flag);
}

} // namespace

TEST_CASE("repeat filter: a code held in view is one scan, shown again after the window a new one", "[camera]") {
    RepeatFilter f(2000ms);
    const Time t0{};
    CHECK(f.fresh("A", t0));
    CHECK_FALSE(f.fresh("A", t0 + 33ms));
    CHECK_FALSE(f.fresh("A", t0 + 1900ms));
    CHECK_FALSE(f.fresh("A", t0 + 3800ms));          // still in view: each sighting renews it
    CHECK(f.fresh("B", t0 + 3800ms));                // another code is its own scan
    CHECK(f.fresh("A", t0 + 5800ms));                // 2 s without it: the person shows it again
}

TEST_CASE("camera scanner: codes come out in order, repeats folded, stop returns", "[camera]") {
    auto flags = std::make_shared<Flags>();
    std::atomic<int> wakes{0};
    CameraScanner scanner(std::make_unique<FakeSource>(std::vector<Scripted>{
                              {0ms, "A"}, {33ms, "A"}, {66ms, ""}, {100ms, "A"},   // A held, one blurred frame
                              {133ms, "B"},                                         // the next ticket
                              {2500ms, "A"},                                        // A again, 2.4 s later
                              {2533ms, "A|B"},                                      // both in view: B is new
                              {2566ms, "A|B"}},
                              flags),
                          fake_decode, [&wakes] { ++wakes; });
    wait_for(flags->drained);
    CHECK(scanner.take() == std::vector<std::string>{"A", "B", "A", "B"});
    CHECK(scanner.take().empty());                   // taken once
    CHECK(scanner.frames() == 8);
    CHECK(wakes == 4);                               // one wake-up per frame that queued something
    CHECK(scanner.running());                        // a camera with no new frame is not a failure
    scanner.stop();
    CHECK_FALSE(scanner.running());
    CHECK(scanner.failure().empty());
    scanner.stop();                                  // idempotent
}

TEST_CASE("camera scanner: a camera that goes away ends the thread and says why", "[camera]") {
    auto flags = std::make_shared<Flags>();
    CameraScanner scanner(std::make_unique<FakeSource>(std::vector<Scripted>{{0ms, "TICKET-1"}}, flags, true),
                          fake_decode);
    wait_for(flags->drained);
    for (int i = 0; i < 10'000 && scanner.running(); ++i) std::this_thread::sleep_for(1ms);
    CHECK_FALSE(scanner.running());
    CHECK(scanner.failure() == "fake0: No such device (unplugged)");
    CHECK(scanner.take() == std::vector<std::string>{"TICKET-1"});   // what it read before still counts
}

TEST_CASE("camera scanner: destroyed while the camera is silent, it stops", "[camera]") {
    auto flags = std::make_shared<Flags>();
    {
        CameraScanner scanner(std::make_unique<FakeSource>(std::vector<Scripted>{}, flags), fake_decode);
        wait_for(flags->drained);
    }                                                // the destructor joins; a hang here fails by CTest timeout
    CHECK(flags->drained);
}
