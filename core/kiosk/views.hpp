// core/kiosk/views.hpp — what the screens draw. Plain values produced by Kiosk; a draw function reads them
// and emits commands, never changes them. Rebuilt by Kiosk only when something changed (see revision()).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/contact/qr_code.hpp"
#include "core/kiosk/commands.hpp"
#include "core/model/attendee.hpp"

namespace mb::kiosk {

enum class Screen : std::uint8_t {
    Attract,           // event name, "tap to check in", live count
    Find,              // search your name
    Register,          // walk-in: name and contact details
    About,             // role, organization, title, field, years
    Goals,             // what you came for (goals / expertise chips), outside-organization preference
    Share,             // which contact details go in the QR code; confirm
    Done,              // welcome
    OrganizerPin,      // PIN pad (or choosing the first PIN)
    Organizer,         // organizer tools
};

struct FieldView {
    std::string text;                       // current value, UTF-8
    std::string error;                      // one sentence when Continue was refused for this field, else empty
    bool required = false;                  // marked on screen
};

struct FindResultView {
    AttendeeId id = 0;
    std::string name;                       // display name as stored
    std::string organization;               // as stored; may be empty
};

struct FindView {
    FieldView query;                        // the search text
    int letters_needed = 0;                 // > 0: type this many more letters before results appear
    std::vector<FindResultView> results;    // at most Kiosk::kMaxFindResults; never a browsable list
    bool more_matches = false;              // more people matched than shown: "keep typing"
    bool searched = false;                  // letters_needed == 0 and the search ran (results may be empty)
};

struct RegisterView {
    FieldView name;                         // required
    FieldView email;                        // optional; validated when filled
    FieldView phone;                        // optional
    FieldView linkedin;                     // optional
    std::string error;                      // a form-level problem (e.g. email already on the list)
};

struct AboutView {
    std::string name;                       // whose profile this is
    std::optional<Role> role;               // unset until chosen
    std::string role_error;                 // "Choose mentor, mentee or both." when Continue was refused
    FieldView organization;
    FieldView title;
    FieldView field;
    int years = 0;                          // 0..70
    bool asks_capacity = false;             // mentors and "both" at an event with group tables
    int mentees_i_take = 1;                 // their own capacity, or the event default (1..4)
};

struct GoalsView {
    Role role = Role::Mentee;               // decides which chip groups are shown
    GoalSet goals;                          // shown for Mentee and Both
    GoalSet expertise;                      // shown for Mentor and Both
    bool prefer_outside_org = true;         // shown for Mentee and Both
};

struct ShareRowView {
    ShareField field = ShareField::Email;
    std::string label;                      // "Email", "Phone", ...
    std::string value;                      // what will be shared; masked for people found on the list
    bool shared = false;                    // the toggle
};

struct ShareView {
    std::string name;                       // always shared
    std::vector<ShareRowView> rows;         // only details that have a value
    std::string qr_sentence;                // plain words: what the QR code contains
    std::string qr_problem;                 // these choices cannot make a QR code: which detail to switch off
    std::string error;                      // the store refused the check-in: what to do now
    std::string from_registration;          // after a ticket scan: the answers on file, "is this still right?"
};

// The person suggested to the one on the Done screen. Only what the partner agreed to show: the short name
// (as on the public board), the organization if they shared it, why, and their consented contact card.
struct PartnerView {
    AttendeeId id = 0;                      // who is drawn; LikePartner / DeclinePartner carry it back
    std::string name;                       // first name + last initial ("Seán O."), as on the board
    std::string organization;               // empty unless the partner shared it
    Role side = Role::Mentor;               // the partner's side in this pair: Mentor or Mentee
    std::string reason;                     // the strongest reason for the pair, e.g. "19 years ahead"
    int table = 0;                          // > 0: seated together at this table in the running round
    bool confirmed = false;                 // locked: both said yes, or the organizer fixed it
    bool you_liked = false;                 // this person already said "I'd like to meet them"
    std::optional<QrMatrix> qr;             // the partner's consented vCard as a QR code, if it fits
    std::string qr_payload;                 // exactly what that code holds (empty without a code)
};

struct DoneView {
    AttendeeId id = 0;                      // the checked-in attendee (hook for the contact QR code)
    std::string name;                       // "Welcome, <name>"
    bool was_already_checked_in = false;    // "Welcome back" instead
    bool looked_up = false;                 // came back from the find screen to see their match; nothing saved
    Role role = Role::Mentee;
    std::string next_step;                  // where to look next (one sentence)
    std::optional<QrMatrix> contact_qr;     // the consented vCard as a QR code (core/contact), if it fits
    std::optional<PartnerView> partner;     // the current suggestion; none = waiting for a match
    std::vector<PartnerView> tablemates;    // group tables: the others at the same table (mentor's mentees)
    bool group_tables = false;              // the event seats mentors with several mentees
    std::string match_note;                 // what the last like / decline did, in plain words; else empty
};

struct PinView {
    bool choosing = false;                  // no PIN stored yet: choose one (typed twice)
    std::string error;                      // "Wrong PIN." / "Use 4 to 8 digits." / ...
    int locked_for_s = 0;                   // > 0: entry refused for this many more seconds
};

struct OrganizerRowView {
    AttendeeId id = 0;
    std::string name;
    std::string organization;
    Role role = Role::Mentee;
    bool checked_in = false;
    std::string partner;                    // their partner on the board (a group mentor: every mentee, by ", ");
                                            // "" = not paired
    bool pair_locked = false;               // that pair is locked (by an organizer, a mutual yes or a round)
};

// Live matching as the organizer sees it: the same counts as the board, who runs the matcher, rounds.
struct MatchingView {
    int checked_in = 0;                     // people present
    int paired = 0;                         // people in a pair the board shows (seated or suggested)
    int waiting = 0;                        // present and in no pair
    bool is_matcher = false;                // this kiosk holds the matcher lease: it may start rounds
    std::string status;                     // one sentence: who runs the matcher (or why nobody does)
    bool status_is_problem = false;         // the matcher could not reach the store: shown as a problem
    int tables = 0;                         // setting "tables"; 0 = one table per pair
    int round_minutes = 15;                 // setting "round_minutes"
    int mentor_capacity = 1;                // setting "mentor_capacity": mentees per mentor (1 = pairs)
    int round_number = 0;                   // > 0: this round is running
    int round_remaining_s = 0;              // seconds left in it; -1 = open-ended
};

struct OrganizerView {
    FieldView event_name;                   // editable draft
    FieldView import_path;                  // CSV to import
    bool import_checked = false;            // true: the path was checked (dry run); the button now imports
    FieldView export_path;                  // CSV to write
    FieldView filter;                       // narrows the list (no minimum length here)
    std::vector<OrganizerRowView> rows;     // every attendee matching the filter, by name
    std::int64_t attendee_count = 0;
    std::int64_t present_count = 0;
    int idle_timeout_s = 60;                // current setting
    MatchingView matching;                  // counts, matcher status, round settings and clock
    std::string message;                    // outcome of the last action, one sentence
    bool message_is_error = false;
    AttendeeId erase_pending = 0;           // this row asks "Erase for good?" instead of its usual buttons
};

struct KioskView {
    Screen screen = Screen::Attract;
    std::uint64_t session = 0;              // moves when the form is wiped: the app resets visual state
    std::string event_name;
    std::int64_t present_count = 0;         // checked in right now
    int idle_warning_s = 0;                 // > 0: the form is wiped in this many seconds unless touched
    bool can_go_back = false;               // Back is shown
    bool can_start_over = false;            // Start over is shown
    int step = 0;                           // 1-based step of the check-in flow; 0 outside it
    int step_count = 0;                     // 4 for people on the list, 5 for walk-ins
    bool exit_requested = false;            // LeaveKiosk was applied: the app closes
    std::string problem;                    // a failure not tied to one field (banner), else empty
    std::string link_notice;                // "Offline — 3 waiting to sync" for the organizer; "" normally
    FindView find;
    RegisterView registration;
    AboutView about;
    GoalsView goals;
    ShareView share;
    DoneView done;
    PinView pin;
    OrganizerView organizer;
};

} // namespace mb::kiosk
