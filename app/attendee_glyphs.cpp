// app/attendee_glyphs.cpp — see attendee_glyphs.hpp.
#include "app/attendee_glyphs.hpp"

namespace mb::app {

bool AttendeeGlyphs::update(Store& store, ui::NameGlyphs& glyphs) {
    AttendeeChanges changes = store.attendees_changed_since(revision_);
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
