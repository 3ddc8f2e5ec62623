// core/io/column_mapping.hpp — which column of an export feeds which attendee field, and why.
//
// Event platforms name the same thing many ways, and often twice: pretix has the order's "Email" and each
// attendee's "Attendee email"; Eventbrite has "First Name" and "Buyer First Name", and a number column
// called "Attendee #". Custom questions are whatever the organizer typed ("Years in practice", "Cell Phone",
// "Employer / institution"). The mapping is found in three steps, each reported:
//
//  1. Exact spellings (after fold_for_search()) from a table of what the platforms export, each with a level:
//     attendee-level, neutral, or order/buyer-level. Known ID columns ("Attendee #", "Order code") are
//     recognised and ignored, so they can never become a name.
//  2. Otherwise by meaning: the header's words against per-field keyword rules ("years" + "practice" ->
//     years; "cell" -> phone; "employer" -> organization). A header whose words fit two different fields
//     is ignored and reported as ambiguous, never guessed: `--map` decides it.
//  3. Values: a name column whose cells are mostly numbers, or an email column whose cells mostly are not
//     addresses, is rejected and the next candidate is used.
//
// Per field the best candidate wins: attendee-level over neutral over order-level, then exact over meaning,
// then the leftmost. When an attendee-level column exists, a neutral one for the same field counts as
// order-level (pretix's "Email" beside "Attendee email" is the buyer's). The losing order-level email stays
// as a per-row fallback for rows whose attendee email is empty (used only when it is unambiguous; see
// attendee_import.cpp). Every other column is listed as ignored, with the reason.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/csv.hpp"
#include "core/model/attendee.hpp"

namespace mb {

enum class ImportField : std::uint8_t {
    Name, GivenName, FamilyName, NamePrefix, NameLatin, Email, Organization, Title, Role, Years, Field, Goals,
    Expertise, Location, Phone, LinkedIn, PreferOutside, Capacity, TicketCode,
};
inline constexpr int kImportFieldCount = 19;

std::string_view import_field_key(ImportField f);                     // "years", "given_name", ... (for --map)
std::optional<ImportField> parse_import_field_key(std::string_view key);
std::string all_import_field_keys();                                  // "name, given_name, ..." for messages

enum class ColumnLevel : std::uint8_t { Order = 0, Neutral = 1, Attendee = 2 };

struct MappedColumn {
    std::size_t index = 0;                 // column in the row
    std::string header;                    // as written in the file
    ImportField field = ImportField::Name;
    ColumnLevel level = ColumnLevel::Neutral;
    std::string how;                       // "known header", "by meaning: years + practice", "--map"
};

struct IgnoredColumn {
    std::size_t index = 0;
    std::string header;
    std::string reason;
};

// A user's correction: `--map "Years in practice=years"`, or `=ignore` to drop a column.
struct ColumnOverride {
    std::string header;                    // matched after folding, so case and punctuation do not matter
    std::optional<ImportField> field;      // nullopt: ignore the column
};

struct ColumnMapping {
    std::vector<MappedColumn> used;        // at most one per field, in column order
    std::optional<MappedColumn> order_email;   // the buyer's email, a fallback for empty attendee emails
    std::vector<MappedColumn> order_names;     // the buyer's name columns: is the order email the attendee's?
    std::vector<IgnoredColumn> ignored;    // in column order
    const MappedColumn* find(ImportField f) const;
    bool has(ImportField f) const { return find(f) != nullptr; }
};

struct MappingError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// "Header=field" specs to overrides. Throws MappingError naming the spec when one cannot be read.
std::vector<ColumnOverride> parse_column_overrides(const std::vector<std::string>& specs);

// Maps the header, checking candidate columns against the data rows (records after the header). Throws
// MappingError when an override names a header the file does not have.
ColumnMapping map_columns(const std::vector<std::string>& header, const std::vector<CsvRecord>& rows,
                          const std::vector<ColumnOverride>& overrides = {});

// A role as registration forms answer it: "mentor", "Mentor & Mentee", "I'd like to mentor", "Be mentored",
// "Looking for a mentor" (a mentee). nullopt when it is none of them.
std::optional<Role> parse_role_answer(std::string_view text);

// "  Attendee email -> email (attendee-level, known header)" lines, then "  ignored: ..." lines.
std::string describe(const ColumnMapping& m);

} // namespace mb
