// core/io/csv.hpp — reading and writing CSV as event platforms and spreadsheets produce it.
//
// Reading accepts what real exports contain: UTF-8 with or without a byte-order mark; CRLF, LF or lone CR
// line ends; quoted fields with delimiters, doubled quotes and embedded newlines; a comma, semicolon or tab
// delimiter (guessed from the header line). Every record knows the physical line it started on, so errors
// can name it. A malformed record is returned with an error instead of fields; parsing goes on with the
// next one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mb {

struct CsvRecord {
    int line = 0;                         // 1-based physical line where the record starts
    std::vector<std::string> fields;      // cells, unquoted; empty if error is set
    std::string error;                    // non-empty: the record is malformed and why
};

// Parses a whole document. Blank lines are skipped. Never throws on bad content.
std::vector<CsvRecord> parse_csv(std::string_view text);

// The delimiter parse_csv() would use for this text (',' if nothing else is more likely).
char guess_csv_delimiter(std::string_view text);

// --- Writing ----------------------------------------------------------------------------------------------

// One cell, quoted when needed. Cells starting with '=', '+', '-', '@', tab or CR are prefixed with a single
// quote so a spreadsheet shows them as text instead of running them as a formula (CSV injection).
std::string csv_cell(std::string_view value);

// A record: cells joined by commas, terminated by CRLF (RFC 4180, and what Excel expects).
std::string csv_row(const std::vector<std::string>& cells);

} // namespace mb
