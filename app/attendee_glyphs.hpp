// app/attendee_glyphs.hpp — feeds what the kiosk shows of every attendee (display name, organization, title,
// field) into ui::NameGlyphs, at start and then only what changed (a walk-in, an import, another kiosk's edit).
//
// This is how the atlas gets a Chinese name's glyphs before anyone searches for it: the frame loop calls
// update() between frames and rebuilds the atlas when NameGlyphs grew. Reads the store; no ImGui calls.
#pragma once

#include <cstdint>

#include "app/ui/name_glyphs.hpp"
#include "core/store/store.hpp"

namespace mb::app {

class AttendeeGlyphs {
public:
    // Adds the attendees changed since the last call (all of them the first time). True if glyphs were added.
    // A store that cannot answer (a shared server out of reach) is not an error here: nothing is added and
    // the next call asks again from the same point; meanwhile ScriptText still notes what screens draw.
    bool update(Store& store, ui::NameGlyphs& glyphs);

private:
    std::int64_t revision_ = 0;     // Store::attendees_changed_since() cursor
};

} // namespace mb::app
