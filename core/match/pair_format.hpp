// core/match/pair_format.hpp — what `matchbooth pair [--json]` prints, as pure functions.
//
// Text, one line per pair, then one line for those waiting:
//   Table 3: Ana Lima (mentor) + Ben Okafor (mentee), score 845 - has made the ...; 14 years ahead
//   No table: ... (more pairs than tables)          [locked] after the score marks a locked pair
//   Waiting: Carla Diaz, Dan Wu
// JSON (one object, UTF-8; strings escaped per RFC 8259, invalid UTF-8 bytes replaced by U+FFFD):
//   {"pairs":[{"table":3,"mentor":{"id":1,"name":"Ana Lima"},"mentee":{"id":2,"name":"Ben Okafor"},
//     "score":845,"lock":"none","reasons":["..."]}],"waiting":[{"id":5,"name":"Carla Diaz"}],
//    "total":845,"tables_used":3,"unseated":0}
// Names come from `names`; an id missing there prints as "#<id>".
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/match/rounds.hpp"

namespace mb {

using NameBook = std::unordered_map<AttendeeId, std::string>;

std::string format_pairs_text(const RoundPlan& plan, const NameBook& names);
std::string format_pairs_json(const RoundPlan& plan, const NameBook& names);
std::string json_escape(std::string_view utf8);   // with the surrounding quotes

} // namespace mb
