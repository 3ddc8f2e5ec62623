// app/kiosk_fixtures.hpp — drive a kiosk to a named screen with canned commands, for screenshots and review
// (`--screen NAME`, the gallery in tests/app). The kiosk logic is exercised for real: these are the same
// commands taps produce, so a fixture that stops working points at a real regression.
//
// Some fixtures write to the store (done checks someone in; organizer chooses the PIN 2468 on a database
// that has none), so run_kiosk only allows them together with --demo.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/ui/ui_state.hpp"
#include "core/kiosk/kiosk.hpp"

namespace mb::app {

// attract, find, find-none, register, register-error, register-accents, about, about-typing, goals, share,
// done, pin, organizer, idle (the "still there?" notice over a half-filled form)
std::vector<std::string_view> fixture_names();

// Applies the fixture's commands (and any visual state, e.g. a keyboard layer, to `ui`). Returns an empty
// string on success, otherwise why it could not (unknown name, no attendees to find ...).
std::string drive_to_fixture(kiosk::Kiosk& kiosk, Store& store, ui::UiState& ui, std::string_view name,
                             kiosk::SteadyTime now);

} // namespace mb::app
