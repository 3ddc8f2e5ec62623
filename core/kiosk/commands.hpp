// core/kiosk/commands.hpp — what a tap asks the kiosk to do. Imperative names; Kiosk::apply is the only
// way kiosk state changes, so every behaviour is testable by sending these without a window.
#pragma once

#include <cstdint>
#include <string>
#include <variant>

#include "core/model/attendee.hpp"

namespace mb::kiosk {

// Every text the on-screen keyboard can edit. The value lives in the kiosk (so an idle wipe clears it);
// which field has the keyboard's focus is visual state and lives in the app.
enum class TextField : std::uint8_t {
    Query,             // find-me search
    Name,              // walk-in registration
    Email,
    Phone,
    Linkedin,
    Organization,      // about you
    Title,
    Field,
    EventName,         // organizer
    ImportPath,
    ExportPath,
    OrganizerFilter,
};

// Contact details a person may choose to put in their QR code. The name is always shared.
enum class ShareField : std::uint8_t { Email, Phone, Linkedin, Organization, Title };

// --- Attendee flow ---------------------------------------------------------------------------------------
struct StartCheckIn {};                              // attract screen tapped
struct SetText { TextField field; std::string value; };  // full new value of one text field (UTF-8)
struct ChooseAttendee { AttendeeId id = 0; };        // a find-me result tapped
struct StartWalkIn {};                               // "I'm not on the list"
struct SetRole { Role role = Role::Mentee; };
struct SetYears { int years = 0; };                  // clamped to 0..70
struct SetMenteesITake { int mentees = 1; };        // a mentor's own capacity, clamped to 1..4
struct ToggleGoal { Goal goal = Goal::NewPosition; };        // mentee side
struct ToggleExpertise { Goal goal = Goal::NewPosition; };   // mentor side
struct SetPreferOutsideOrg { bool on = true; };
struct SetShared { ShareField field = ShareField::Email; bool on = false; };
struct Continue {};                                  // the primary action of Register / About / Goals
struct ConfirmCheckIn {};                            // Share: write profile + check-in to the store
struct GoBack {};                                    // one step back; nothing typed is lost
struct StartOver {};                                 // wipe the form, back to attract
struct Finish {};                                    // Done: back to attract
struct EditAnswers {};                               // Done, after looking up their match: change answers
// Done: what the person says about the partner shown. The id is the partner drawn on screen, so a tap that
// races a change of suggestion never lands on someone the person did not see.
struct LikePartner { AttendeeId partner = 0; };      // "I'd like to meet them"
struct DeclinePartner { AttendeeId partner = 0; };   // "Suggest someone else"

// --- Organizer -------------------------------------------------------------------------------------------
struct OpenOrganizer {};                             // the hidden corner was long-pressed
struct SubmitPin { std::string pin; };               // digits typed on the PIN pad
struct ChoosePin { std::string pin; std::string repeat; };   // first run: no PIN stored yet
struct CloseOrganizer {};                            // back to attract, organizer locked again
struct SaveEventName {};                             // from TextField::EventName
struct ImportCsv {};                                 // from TextField::ImportPath
struct ExportAttendees {};                          // to TextField::ExportPath
struct UndoCheckIn { AttendeeId id = 0; };
struct CheckInByOrganizer { AttendeeId id = 0; };
struct SetIdleTimeout { int seconds = 60; };         // clamped to the settings limits
struct LeaveKiosk {};                                // quit the kiosk program
struct SetTables { int tables = 0; };                // store setting "tables"; 0 = one table per pair
struct SetRoundMinutes { int minutes = 15; };        // store setting "round_minutes", clamped
struct SetMentorCapacity { int mentees = 1; };      // store setting "mentor_capacity": mentees per mentor, 1..4
struct ScanCode {                                     // a scanner read this (ticket, or a badge's contact card)
    enum From : std::uint8_t { Keys, Camera };
    std::string code;
    From from = Keys;                                 // a keyboard-wedge scanner, or the kiosk's webcam
};
struct StartRound {};                                // freeze the suggestions into a round (settings above)
struct ReoptimizePairs {};                           // the matcher re-solves: the board becomes an optimum
struct LockPair { AttendeeId attendee = 0; };         // keep this person's pair on the board as it is
struct UnlockPair { AttendeeId attendee = 0; };       // let the matcher change this person's pair again
struct AskErase { AttendeeId id = 0; };               // "Erase…" on a row: the row asks to confirm
struct ConfirmErase { AttendeeId id = 0; };           // "Erase for good": core/privacy erase_attendee()
struct CancelErase {};                                // "Keep": nothing happens

using Command = std::variant<StartCheckIn, SetText, ChooseAttendee, StartWalkIn, SetRole, SetYears, SetMenteesITake, ToggleGoal,
                             ToggleExpertise, SetPreferOutsideOrg, SetShared, Continue, ConfirmCheckIn, GoBack,
                             StartOver, Finish, EditAnswers, LikePartner, DeclinePartner, OpenOrganizer,
                             SubmitPin, ChoosePin, CloseOrganizer, SaveEventName, ImportCsv, ExportAttendees,
                             UndoCheckIn, CheckInByOrganizer, SetIdleTimeout, LeaveKiosk, SetTables,
                             SetRoundMinutes, SetMentorCapacity, StartRound, ReoptimizePairs, LockPair, UnlockPair,
                             AskErase, ConfirmErase, CancelErase,
                             ScanCode>;

} // namespace mb::kiosk
