// core/camera/camera_scanner.cpp — see camera_scanner.hpp.
#include "core/camera/camera_scanner.hpp"

#include "core/camera/qr_reader.hpp"

namespace mb::camera {

Decoder qr_decoder() {
    auto reader = std::make_shared<QrReader>();
    return [reader](const GreyFrame& frame) { return reader->read(frame); };
}

CameraScanner::CameraScanner(std::unique_ptr<FrameSource> source, Decoder decode, std::function<void()> on_code,
                             RepeatFilter repeats)
    : source_(std::move(source)), decode_(std::move(decode)), on_code_(std::move(on_code)),
      repeats_(std::move(repeats)), thread_([this] { run(); }) {}

CameraScanner::~CameraScanner() { stop(); }

void CameraScanner::stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
}

std::vector<std::string> CameraScanner::take() {
    std::lock_guard lock(mutex_);
    std::vector<std::string> out;
    out.swap(codes_);
    return out;
}

std::string CameraScanner::failure() const {
    std::lock_guard lock(mutex_);
    return failure_;
}

// --- The thread ---------------------------------------------------------------------------------------------

void CameraScanner::run() {
    GreyFrame frame;
    while (!stop_) {
        const FrameSource::Read r = source_->next(frame, kPollTimeout);
        if (r == FrameSource::Read::Timeout) continue;
        if (r == FrameSource::Read::Failed) {
            std::lock_guard lock(mutex_);
            failure_ = source_->name() + ": " + source_->why();
            break;
        }
        bool queued = false;
        for (std::string& code : decode_(frame)) {
            if (code.empty() || !repeats_.fresh(code, frame.at)) continue;
            std::lock_guard lock(mutex_);
            codes_.push_back(std::move(code));
            queued = true;
        }
        ++frames_;
        if (queued && on_code_) on_code_();
    }
    finished_ = true;
}

} // namespace mb::camera
