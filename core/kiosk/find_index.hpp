// core/kiosk/find_index.hpp — "find me": accent- and case-insensitive search over names and organizations.
//
// Built once from the attendee list (folding every name is the expensive part), then queried per keystroke.
// A query matches an attendee when every word of the folded query is the start of a word in the folded name
// or organization: "zoe nu" finds "Zoë Ñúñez", "mayo" finds everyone at "Mayo Clinic". Name matches rank
// before organization-only matches, then alphabetical by folded name, so results do not jump around.
//
// Privacy is the caller's policy, not the index's: the kiosk asks for results only after kMinQueryLetters
// letters and caps their number (see Kiosk); the organizer list asks with no minimum.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/attendee.hpp"
#include "core/text/romanise.hpp"

namespace mb::kiosk {

// One attendee as the index holds it: what a result row shows, plus the folded text searched.
struct FindEntry {
    AttendeeId id = 0;                        // attendee id
    std::string name;                         // display name as stored
    std::string organization;                 // as stored; may be empty
    Role role = Role::Mentee;                 // for the organizer's list
    std::string folded_name;                  // " spelling " per name_search_spellings(), folded, with and
                                              // without apostrophes; the titles-free name first
    std::string folded_organization;          // " " + folded organization, or empty
};

struct FindHit {
    const FindEntry* entry = nullptr;         // points into the index; valid while the index lives
    bool name_match = false;                  // true: every query word matched the name alone
};

struct FindOutcome {
    std::vector<FindHit> hits;                // best first, at most `limit` of them
    std::size_t total_matches = 0;            // how many matched before the cap (>= hits.size())
};

class FindIndex {
public:
    FindIndex() = default;
    // Folds every name and organization. With a romaniser, a name in another script is also found by its
    // Latin spelling (romanise.hpp), as the kiosk's keyboard types only Latin letters.
    explicit FindIndex(const std::vector<Attendee>& attendees, Romaniser* romaniser = nullptr);

    // Every attendee whose name/organization matches all words of `query`; at most `limit` hits.
    FindOutcome search(std::string_view query, std::size_t limit) const;

    std::size_t size() const { return entries_.size(); }
    const std::vector<FindEntry>& entries() const { return entries_; }   // by folded name

private:
    std::vector<FindEntry> entries_;          // sorted by folded name, so ranking is a stable partition
};

// Letters and digits in the folded query: the kiosk shows results only from kMinQueryLetters on.
int count_query_letters(std::string_view query);
inline constexpr int kMinQueryLetters = 3;

} // namespace mb::kiosk
