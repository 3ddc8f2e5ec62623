// app/attendee_glyphs.cpp — see attendee_glyphs.hpp.
#include "app/attendee_glyphs.hpp"

#include <exception>

namespace mb::app {

bool AttendeeGlyphs::update(Store& store, ui::NameGlyphs& glyphs) {
    AttendeeChanges changes;
    try {
        changes = store.attendees_changed_since(revision_);
    } catch (const std::exception&) {
        // Offline (StoreError) or anything else: a glyph feed must never take the kiosk down.
        return false;
    }
    revision_ = changes.revision;
    bool added = false;
    for (const Attendee& a : changes.changed) {
        added |= glyphs.add_text(a.display_name);
        added |= glyphs.add_text(a.organization);
        added |= glyphs.add_text(a.title);
        added |= glyphs.add_text(a.field);
    }
    return added;
}

} // namespace mb::app
