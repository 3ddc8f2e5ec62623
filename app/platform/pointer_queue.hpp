// app/platform/pointer_queue.hpp — pointer events queued so that each ImGui frame sees at most one button
// transition (why: see touch_input.hpp). Pure logic, no GLFW, so tests/app checks it headless.
#pragma once

#include <imgui.h>

#include <cfloat>
#include <cstdint>
#include <deque>

namespace mb::platform {

class PointerQueue {
public:
    enum class Kind : std::uint8_t { Move, Press, Release };
    void push(Kind kind, ImVec2 pos);          // consecutive moves collapse into the latest
    // Consumes events up to and including one button transition; returns the state for this frame.
    void next_frame(ImVec2& pos, bool& down);
    bool empty() const { return queue_.empty(); }

private:
    struct Event {
        Kind kind = Kind::Move;
        ImVec2 pos;                            // where the pointer was at this event
    };
    std::deque<Event> queue_;                  // not yet given to ImGui
    ImVec2 pos_{-FLT_MAX, -FLT_MAX};           // last position given out
    bool down_ = false;                        // last button state given out
};

} // namespace mb::platform
