// app/cli/contact_commands.cpp — card and badge: a person's consented contact card, as text, QR and badge.
// The work is in app/print (print_commands.hpp); this file only parses arguments.
#include <iostream>

#include "app/cli/common.hpp"
#include "app/print/print_commands.hpp"

namespace mb::cli {

namespace {

struct ContactArgs {
    std::string db;
    CardCommandOptions card;
    std::string png;                      // --png (empty: none)
    bool text = false;                    // --text
    std::string ec = "M";                 // --ec
    BadgeCommandOptions badge;
    std::string pdf;                      // --pdf
    std::string printer;                  // --printer
    std::string size = "badge-4x3";       // --size
    int wait_s = 20;                      // --wait
};

std::optional<QrErrorCorrection> parse_level(const std::string& s) {
    if (s == "L" || s == "l") return QrErrorCorrection::L;
    if (s == "M" || s == "m") return QrErrorCorrection::M;
    if (s == "Q" || s == "q") return QrErrorCorrection::Q;
    if (s == "H" || s == "h") return QrErrorCorrection::H;
    return std::nullopt;
}

} // namespace

void add_contact_commands(CLI::App& root, int& exit_code) {
    auto args = std::make_shared<ContactArgs>();

    CLI::App* card = root.add_subcommand("card", "Print an attendee's consented vCard and write its QR code");
    add_db_option(*card, args->db);
    card->add_option("--attendee", args->card.attendee, "Attendee id")->required();
    card->add_option("--png", args->png, "Also write the QR code as a PNG (whole pixels per module)");
    card->add_option("--scale", args->card.png_scale, "Pixels per module in the PNG")->capture_default_str()
        ->check(CLI::Range(1, 64));
    card->add_flag("--text", args->text, "A readable summary with the QR drawn in the terminal, not the vCard");
    card->add_option("--ec", args->ec, "QR error correction L|M|Q|H")->capture_default_str()
        ->check(CLI::IsMember({"L", "M", "Q", "H", "l", "m", "q", "h"}));
    card->add_flag("--eci", args->card.eci_utf8, "Mark the payload as UTF-8 (ECI 26) inside the code");
    card->callback([args, &exit_code] {
        exit_code = guarded([&] {
            auto store = open_store(args->db);
            if (!args->png.empty()) args->card.png_path = args->png;
            args->card.format = args->text ? CardFormat::Text : CardFormat::VCard;
            args->card.level = *parse_level(args->ec);
            return run_card(*store, args->card, std::cout, std::cerr);
        });
    });

    CLI::App* badge = root.add_subcommand("badge", "Render an attendee's badge to PDF and/or print it (CUPS)");
    add_db_option(*badge, args->db);
    badge->add_option("--attendee", args->badge.attendee, "Attendee id")->required();
    CLI::Option_group* where = badge->add_option_group("output", "Where the badge goes (one or both)");
    where->add_option("--pdf", args->pdf, "Write the badge PDF here");
    where->add_option("--printer", args->printer, "Print on this CUPS queue");
    where->require_option(1, 2);
    badge->add_option("--size", args->size, "badge-4x3 | label-62mm | a6")->capture_default_str()
        ->check(CLI::IsMember({"badge-4x3", "label-62mm", "a6"}));
    badge->add_option("--dpi", args->badge.badge.printer_dpi, "Printer resolution (QR modules snap to its dots)")
        ->capture_default_str()->check(CLI::Range(72, 2400));
    badge->add_flag("--mono", [args](std::int64_t) { args->badge.badge.color = false; },
                    "Black role band (monochrome thermal printers)");
    badge->add_option("--cups-server", args->badge.print.server, "CUPS server: host[:port] or socket path");
    badge->add_option("--wait", args->wait_s, "Seconds to follow the print job before answering")
        ->capture_default_str()->check(CLI::Range(0, 600));
    badge->callback([args, &exit_code] {
        exit_code = guarded([&] {
            auto store = open_store(args->db);
            if (!args->pdf.empty()) args->badge.pdf_path = args->pdf;
            if (!args->printer.empty()) args->badge.printer = args->printer;
            args->badge.badge.size = *parse_badge_size(args->size);
            args->badge.print.wait_ms = args->wait_s * 1000;
            return run_badge(*store, args->badge, std::cout, std::cerr);
        });
    });
}

} // namespace mb::cli
