// core/store/round_rules.hpp — what a round's pairings must satisfy before any store writes them.
//
// One mentor may sit with several mentees (a group table, up to kMaxMentorCapacity), all at the same table;
// a mentee sits with one mentor; nobody mentors and is mentored in the same round. Both stores (SQLite and
// PostgreSQL) call this before their insert, so the rule is written once.
#pragma once

#include <span>

#include "core/store/store.hpp"

namespace mb {

// Throws StoreError with a sentence naming the first rule broken.
void check_round_pairings(std::span<const Pairing> pairings);

} // namespace mb
