// core/board/board_view.hpp — what the live match board shows, decided headless.
//
// The board is public: it is projected in the room. So this file is where the privacy rules for it live:
//  - names are "first name + last initial" ("Zoë Ñ.") unless the organizer chose full names;
//  - a person's organization appears only if that person agreed to share it (share_organization);
//  - nothing else about a person is ever on the board (no email, phone, title, years);
//  - only checked-in people appear (a pair whose member left is not shown).
//
// What is shown while a round runs: the round's pairs with their table numbers, then suggestions among
// people who are not seated (they arrived after the round started) without a table. Between rounds: the
// live suggestions. The round clock counts down from the round's start and planned duration.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/store/store.hpp"

namespace mb {

struct BoardOptions {
    bool full_names = false;              // organizer's choice; default first name + last initial
};

// A mentee at a group table after the card's first one (GroupRoom: one mentor, up to four mentees).
struct BoardSeat {
    AttendeeId id = 0;
    std::string name;                     // as the privacy rules allow
    std::string org;                      // empty unless they shared it
    std::string reason;                   // the strongest reason for them and the mentor
    int score = 0;
    bool operator==(const BoardSeat&) const = default;
};

// One card per mentor: a pair, or a group when `more_mentees` is not empty.
struct BoardCard {
    AttendeeId mentor = 0;                // with mentee, the card's identity (animations key on it)
    AttendeeId mentee = 0;
    std::string mentor_name;              // as the privacy rules allow
    std::string mentee_name;
    std::string mentor_org;               // empty unless the mentor shared it
    std::string mentee_org;               // empty unless the mentee shared it
    std::string reason;                   // the strongest reason (first line of the pairing's reasons)
    int score = 0;
    int table = 0;                        // 1-based table of the running round; 0 = not seated (yet)
    std::vector<BoardSeat> more_mentees;  // a group table's other mentees, strongest first
    int mentee_count() const { return 1 + static_cast<int>(more_mentees.size()); }
    bool operator==(const BoardCard&) const = default;
};

struct RoundClock {
    int number = 0;                       // round 1, 2, ...
    std::int64_t started_ms = 0;          // Unix ms
    int duration_s = 0;                   // 0 = open-ended
    // Seconds left at now_ms (never negative); -1 when open-ended.
    int remaining_s(std::int64_t now_ms) const;
    bool running(std::int64_t now_ms) const { return duration_s == 0 || remaining_s(now_ms) > 0; }
    bool operator==(const RoundClock&) const = default;
};

struct BoardView {
    std::string event_name;
    int checked_in = 0;                   // people present
    int paired = 0;                       // people in a shown pair
    int waiting = 0;                      // present and in no shown pair
    std::vector<BoardCard> cards;         // seated pairs first (by table), then suggestions by score
    std::vector<std::string> waiting_names;  // short names of people waiting, alphabetical
    bool groups = false;                  // some card is a group: waiting people are seated first next round
    std::optional<RoundClock> round;      // the latest round, if one is still running
    // Equal views draw the same board: a reader that re-read the store for nothing keeps its animations.
    bool operator==(const BoardView&) const = default;
};

// Everything the board needs from the store, read in one go (so a frame never queries).
struct BoardInputs {
    std::string event_name;
    std::vector<Attendee> attendees;      // at least everyone present
    std::vector<AttendeeId> present;
    std::vector<Pairing> suggestions;     // the matcher's current pairs (table ignored)
    std::optional<Round> latest_round;
    std::vector<Pairing> latest_round_pairings;
};

BoardInputs load_board_inputs(Store& store, std::vector<Pairing> suggestions);
BoardView build_board_view(const BoardInputs& in, const BoardOptions& options, std::int64_t now_ms);

// The short name the board and the Done screen show: "Zoë Ñ.", "Jan van der B.", "陈静", "François L."
// (titles left out; rules in core/text/person_name.hpp). Uses the export's given/family names when known.
std::string short_display_name(const Attendee& a);

} // namespace mb
