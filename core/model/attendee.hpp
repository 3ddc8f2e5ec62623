// core/model/attendee.hpp — who is at the event, what they came for, and what they agreed to share.
//
// Plain value types, no behaviour beyond small helpers. Everything else in core/ (store, matching, contact
// payloads, import) speaks in these types. Units and ranges are written next to each field.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mb {

using AttendeeId = std::int64_t;      // store-assigned, > 0; 0 means "not stored yet"

// Why someone came. A "both" attendee may be paired on either side; the matcher decides per pair.
enum class Role : std::uint8_t { Mentor = 0, Mentee = 1, Both = 2 };

// A mentor's table seats at most this many mentees (speed-mentoring tables of five; more and the mentor's
// time is overloaded, which the seed article warns against).
inline constexpr int kMaxMentorCapacity = 4;

// Career milestones from the seed article, used twice: as a mentee's goals and as a mentor's expertise.
// The numeric values are stored in the database (as bits of an integer): append, never reorder.
enum class Goal : std::uint8_t {
    NewPosition = 0,
    SwitchingEmployers = 1,
    Relocation = 2,
    ClinicalToAdministrative = 3,
    OrganizationalBarriers = 4,
    InterpersonalIssues = 5,
    LeadershipGrowth = 6,
};
inline constexpr int kGoalCount = 7;

// A small set of goals as a bit mask (bit i = Goal i). Cheap to copy and compare; stored as an INTEGER.
struct GoalSet {
    std::uint32_t bits = 0;                                   // only the low kGoalCount bits are used

    constexpr bool has(Goal g) const { return (bits >> static_cast<int>(g)) & 1u; }
    constexpr void add(Goal g) { bits |= 1u << static_cast<int>(g); }
    constexpr void remove(Goal g) { bits &= ~(1u << static_cast<int>(g)); }
    constexpr void toggle(Goal g) { bits ^= 1u << static_cast<int>(g); }
    constexpr bool empty() const { return bits == 0; }
    int count() const;
    friend constexpr bool operator==(GoalSet, GoalSet) = default;
};

// A contact detail and whether its owner agreed to put it in their QR code. Nothing is shared by default.
struct ContactField {
    std::string value;                                        // UTF-8, may be empty
    bool shared = false;                                      // consent to include it in the vCard
    friend bool operator==(const ContactField&, const ContactField&) = default;
};

struct Attendee {
    AttendeeId id = 0;                                        // 0 until stored
    std::string display_name;                                 // UTF-8, required, as the person writes it
                                                              // (honorifics and post-nominals included)
    // The name's parts when the source gave them apart (an export's given/family columns, or the kiosk);
    // "" when only the joined name is known. They are never derived from display_name by guessing.
    std::string given_name;
    std::string family_name;
    std::string name_latin;                                   // romanised name if the export gave one
                                                              // ("Chen Jing" for 陈静), for search
    std::string organization;                                 // employer as typed; matching normalizes it
    std::string title;                                        // job title
    std::string field;                                        // specialty, e.g. "Cardiology"
    int years_experience = 0;                                 // 0..70, whole years in the profession
    Role role = Role::Mentee;
    GoalSet goals;                                            // milestones they want advice on (mentee side)
    GoalSet expertise;                                        // milestones they can advise on (mentor side)
    std::string location;                                     // free text region/city, e.g. "Boston, MA"
    bool prefer_outside_org = true;                           // mentee wants a mentor from elsewhere

    // Contact details. The name is always shared (it is on the badge); each of these only by consent.
    ContactField email;                                       // also the import merge key (case-insensitive)
    ContactField phone;
    ContactField linkedin_url;
    bool share_organization = false;                          // consent for ORG in the vCard / on the board
    bool share_title = false;                                 // consent for TITLE in the vCard

    // Mentees this person takes at once when mentoring: 1..kMaxMentorCapacity, or 0 = the event's default.
    int mentor_capacity = 0;

    // The ticket's code from the registration platform (pretix secret, Eventbrite barcode ...). Never shown
    // on a screen; "" when the import had none.
    std::string ticket_code;

    // Made on the device that registered the person (a walk-in at a kiosk); "" for imported rows. A store
    // that is handed the same uuid twice keeps one attendee, so an offline kiosk can replay registrations.
    std::string uuid;

    friend bool operator==(const Attendee&, const Attendee&) = default;
};

// --- Names for people and files --------------------------------------------------------------------------
std::string_view role_key(Role r);                           // "mentor" | "mentee" | "both" (stable, stored)
std::optional<Role> parse_role(std::string_view text);       // accepts keys and common spellings
std::string_view goal_key(Goal g);                           // "new_position", ... (stable, in CSV)
std::string_view goal_label(Goal g);                         // "New position", ... (for screens)
std::optional<Goal> parse_goal(std::string_view text);       // accepts keys and labels, any case
std::string goals_to_keys(GoalSet s);                        // "new_position;relocation"
GoalSet parse_goal_list(std::string_view text, std::vector<std::string>* unknown = nullptr);

// An email "looks like one": one '@', non-empty local part, a dot in the domain, no spaces.
// Deliberately loose — we reject typos, not exotic-but-valid addresses.
bool looks_like_email(std::string_view s);

} // namespace mb
