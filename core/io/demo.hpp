// core/io/demo.hpp — a deterministic, realistic demo event: the same seed gives the same people.
//
// Names come from several cultures with their diacritics (Zoë Ñúñez, Nguyễn Thị Minh, Seán O'Brien ...),
// about N/20 organizations, roles 40 % mentor / 45 % mentee / 15 % both, fields, titles that fit the years
// of experience, milestone goals and expertise, and consent choices a real crowd would make.
#pragma once

#include <cstdint>

#include "core/store/store.hpp"

namespace mb {

struct DemoOptions {
    int attendees = 120;                  // how many people to create (1..100000)
    std::uint64_t seed = 1;               // same seed, same event
    int checked_in_percent = 0;           // share of them checked in at once (0..100), for board demos
    const char* event_name = "Physician Leadership Mentoring Mixer";
};

struct DemoResult {
    int created = 0;
    int checked_in = 0;
};

// Adds the demo people to the store in one transaction and sets the event name if none is set yet.
// Emails are unique per seed (…+<n>@…), so running it twice on one database fails cleanly, adding nothing.
DemoResult generate_demo_event(Store& store, const DemoOptions& options);

// The attendees alone, without a store (benchmarks and tests use it).
std::vector<Attendee> make_demo_attendees(int count, std::uint64_t seed);

} // namespace mb
