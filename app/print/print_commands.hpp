// app/print/print_commands.hpp — the `card` and `badge` subcommands, minus the argument parsing.
//
// The lead's CLI11 main fills an options struct and calls run_card() / run_badge() with an open Store.
// Both print results to `out`, problems to `err` (one clear sentence), and return an exit code:
//   matchbooth card  --db PATH --attendee ID [--png FILE] [--scale N] [--text] [--ec L|M|Q|H] [--eci]
//   matchbooth badge --db PATH --attendee ID (--pdf FILE | --printer NAME) [--size badge-4x3|label-62mm|a6]
//                    [--dpi N] [--mono] [--cups-server HOST|SOCKET] [--wait SECONDS]
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app/print/badge.hpp"
#include "app/print/cups_print.hpp"
#include "core/contact/card_output.hpp"
#include "core/model/attendee.hpp"
#include "core/store/store.hpp"

namespace mb {

inline constexpr int kExitOk = 0;
inline constexpr int kExitDataError = 1;     // unknown attendee, unusable field, card too large, store error
inline constexpr int kExitUsage = 2;         // contradictory or missing options
inline constexpr int kExitPrintFailed = 3;   // the printer or CUPS said no (retryable once fixed)
inline constexpr int kExitIoError = 4;       // a file could not be written

struct CardCommandOptions {
    AttendeeId attendee = 0;                  // --attendee
    std::optional<std::string> png_path;      // --png: also write the QR code as a PNG here
    int png_scale = 8;                        // --scale: pixels per module, 1..64
    CardFormat format = CardFormat::VCard;    // --text: human-readable summary instead of the raw vCard
    QrErrorCorrection level = QrErrorCorrection::M;   // --ec L|M|Q|H
    bool eci_utf8 = false;                    // --eci: mark the payload as UTF-8 (ECI 26) in the code
};

// Prints the attendee's consented vCard (or the text summary) to out; writes the PNG if asked.
int run_card(Store& store, const CardCommandOptions& options, std::ostream& out, std::ostream& err);

struct BadgeCommandOptions {
    AttendeeId attendee = 0;                  // --attendee
    std::optional<std::string> pdf_path;      // --pdf: write the badge here
    std::optional<std::string> printer;       // --printer: send it to this CUPS queue (both may be given)
    BadgeOptions badge;                       // --size, --dpi, --mono
    PrintOptions print;                       // --cups-server, --wait (print.wait_ms)
};

// Renders the badge; writes it and/or prints it. On a print failure, err gets the organizer message and
// out a line "status: <key> job: <id>" so scripts can retry.
int run_badge(Store& store, const BadgeCommandOptions& options, std::ostream& out, std::ostream& err);

// For the kiosk: the badge PDF for an attendee (event name from the store). Throws StoreError,
// ContactError, std::invalid_argument (unknown attendee) or std::runtime_error (rendering).
std::vector<std::uint8_t> badge_pdf_for(Store& store, AttendeeId id, const BadgeOptions& options);

} // namespace mb
