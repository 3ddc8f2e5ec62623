// app/kiosk_fixtures.hpp — drive a kiosk to a named screen with canned commands, for screenshots and review
// (`--screen NAME`, the gallery in tests/app). The kiosk logic is exercised for real: these are the same
// commands taps produce, so a fixture that stops working points at a real regression.
//
// Some fixtures write to the store (done checks someone in, done-match also their best mentor; organizer
// chooses the PIN 2468 on a database that has none, organizer-round checks people in and starts a round), so
// run_kiosk only allows them together with --demo.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/ui/ui_state.hpp"
#include "core/kiosk/kiosk.hpp"

namespace mb::app {

// attract, find, find-none, register, register-error, register-accents, about, about-typing, goals, share,
// done (nobody to match yet), done-match (a partner suggested, both codes), done-liked (after "I'd like to
// meet them"), pin, organizer, organizer-round
// (24 people checked in elsewhere, a round running at 8 tables), organizer-settings (the event settings
// panel), idle (the "still there?" notice)
std::vector<std::string_view> fixture_names();

// Applies the fixture's commands (and any visual state, e.g. a keyboard layer, to `ui`). Returns an empty
// string on success, otherwise why it could not (unknown name, no attendees to find ...).
std::string drive_to_fixture(kiosk::Kiosk& kiosk, Store& store, ui::UiState& ui, std::string_view name,
                             kiosk::SteadyTime now);

} // namespace mb::app
