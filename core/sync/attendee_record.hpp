// core/sync/attendee_record.hpp — one Attendee as one self-delimiting text value, for the outbox file.
//
// The outbox file keeps whole attendees twice (queued registrations/edits and the mirror of the event's list).
// One TEXT column per attendee keeps that schema small and means a new Attendee field is added here only.
// Format: each field as "<byte length>:<bytes>", in a fixed order; binary-safe, no escaping to get wrong.
#pragma once

#include <string>
#include <string_view>

#include "core/model/attendee.hpp"

namespace mb::sync {

std::string encode_attendee(const Attendee& a);

// Throws StoreError (kind Corrupt) when the text was not made by encode_attendee.
Attendee decode_attendee(std::string_view text);

} // namespace mb::sync
