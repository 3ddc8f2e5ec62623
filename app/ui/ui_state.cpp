// app/ui/ui_state.cpp — resetting visual state when the screen or the kiosk session changes.
#include "app/ui/ui_state.hpp"

namespace mb::ui {

void UiState::reset_for(kiosk::Screen next, std::uint64_t next_session) {
    session = next_session;
    screen = next;
    keyboard = KeyboardState{};
    pin_digits.clear();
    pin_first.clear();
    corner_fired = false;
    organizer_panel = OrganizerPanel::Matching;
    // Screens whose first job is typing start with the keyboard up; the others start with it hidden.
    switch (next) {
    case kiosk::Screen::Find: focus = kiosk::TextField::Query; break;
    case kiosk::Screen::Register: focus = kiosk::TextField::Name; break;
    default: focus.reset(); break;
    }
}

} // namespace mb::ui
