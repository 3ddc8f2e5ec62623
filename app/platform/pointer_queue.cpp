// app/platform/pointer_queue.cpp — one button transition per frame (see pointer_queue.hpp).
#include "app/platform/pointer_queue.hpp"

namespace mb::platform {

void PointerQueue::push(Kind kind, ImVec2 pos) {
    if (kind == Kind::Move && !queue_.empty() && queue_.back().kind == Kind::Move) {
        queue_.back().pos = pos;
        return;
    }
    queue_.push_back({kind, pos});
}

void PointerQueue::next_frame(ImVec2& pos, bool& down) {
    while (!queue_.empty()) {
        const Event e = queue_.front();
        queue_.pop_front();
        pos_ = e.pos;
        if (e.kind == Kind::Press && !down_) {
            down_ = true;
            break;                              // the release, if already queued, waits for the next frame
        }
        if (e.kind == Kind::Release && down_) {
            down_ = false;
            break;
        }
    }
    pos = pos_;
    down = down_;
}

} // namespace mb::platform
