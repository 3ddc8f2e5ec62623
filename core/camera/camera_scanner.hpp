// core/camera/camera_scanner.hpp — a thread that reads frames, decodes them and queues the codes it finds.
//
// Why a thread: opening a webcam, waiting for its next frame (33 ms at 30 fps) and running zbar over 640x480
// (10–30 ms on a kiosk PC) would stall drawing if the frame loop did it. The thread owns the FrameSource
// and the decoder; the only shared state is the queue of codes (mutex-guarded), which the kiosk's frame loop
// drains with take() and feeds to Kiosk as ScanCode, as it does keyboard-wedge scans.
//
// Stopping: FrameSource::next waits at most kPollTimeout, so stop() (and the destructor) return within about
// that long plus one decode. A source that fails (camera unplugged) ends the thread; the kiosk goes on
// without the camera and failure() says why.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/camera/grey_frame.hpp"
#include "core/camera/repeat_filter.hpp"

namespace mb::camera {

// Where frames come from: a V4L2 webcam (app/platform/v4l2_camera.hpp) or, in tests, recorded frames.
class FrameSource {
public:
    enum class Read { Frame, Timeout, Failed };
    virtual ~FrameSource() = default;
    // Waits up to `timeout` for the next frame. Frame: `frame` holds it (its `at` set); Timeout: nothing yet;
    // Failed: the source is gone for good (why() says what happened).
    virtual Read next(GreyFrame& frame, std::chrono::milliseconds timeout) = 0;
    virtual std::string why() const = 0;
    virtual std::string name() const = 0;          // for messages: "/dev/video0 (HD Webcam C270)"
};

using Decoder = std::function<std::vector<std::string>(const GreyFrame&)>;

Decoder qr_decoder();                              // a QrReader owned by the returned function

class CameraScanner {
public:
    static constexpr std::chrono::milliseconds kPollTimeout{100};

    // on_code runs on the scanner's thread after a new code was queued (the kiosk wakes its frame loop with
    // it: glfwPostEmptyEvent is thread-safe). It must not call back into this object.
    CameraScanner(std::unique_ptr<FrameSource> source, Decoder decode, std::function<void()> on_code = {},
                  RepeatFilter repeats = RepeatFilter());
    ~CameraScanner();
    CameraScanner(const CameraScanner&) = delete;
    CameraScanner& operator=(const CameraScanner&) = delete;

    std::vector<std::string> take();               // codes found since the last call, oldest first
    void stop();                                   // joins the thread; idempotent
    bool running() const { return !finished_.load(); }
    std::string failure() const;                   // "" unless the source failed
    std::uint64_t frames() const { return frames_.load(); }   // frames decoded so far

private:
    void run();

    std::unique_ptr<FrameSource> source_;
    Decoder decode_;
    std::function<void()> on_code_;
    RepeatFilter repeats_;                         // the thread's alone
    std::atomic<bool> stop_{false};
    std::atomic<bool> finished_{false};
    std::atomic<std::uint64_t> frames_{0};
    mutable std::mutex mutex_;                     // guards codes_ and failure_
    std::vector<std::string> codes_;
    std::string failure_;
    std::thread thread_;                           // last: starts after everything above is built
};

} // namespace mb::camera
