// app/print/print_commands.cpp — see print_commands.hpp.
#include "app/print/print_commands.hpp"

#include <exception>
#include <stdexcept>

#include "app/print/badge_pdf.hpp"
#include "core/contact/qr_png.hpp"

namespace mb {

namespace {

// Loads the attendee or explains why not (returns nullopt after writing to err).
std::optional<Attendee> load_attendee(Store& store, AttendeeId id, std::ostream& err) {
    if (id <= 0) {
        err << "error: --attendee must be a positive id, got " << id << "\n";
        return std::nullopt;
    }
    auto a = store.attendee(id);
    if (!a) err << "error: no attendee with id " << id << "\n";
    return a;
}

} // namespace

int run_card(Store& store, const CardCommandOptions& options, std::ostream& out, std::ostream& err) {
    try {
        const auto a = load_attendee(store, options.attendee, err);
        if (!a) return kExitDataError;
        ContactQrOptions qo;
        qo.qr.level = options.level;
        if (options.eci_utf8) qo.qr.eci = 26u;
        const ContactQr qr = contact_qr(*a, qo);
        if (options.png_path) {
            try {
                write_qr_png(*options.png_path, qr.matrix, options.png_scale);
            } catch (const std::invalid_argument& e) {
                err << "error: " << e.what() << "\n";
                return kExitUsage;
            } catch (const std::exception& e) {
                err << "error: " << e.what() << "\n";
                return kExitIoError;
            }
        }
        out << render_card(qr, options.format);
        return kExitOk;
    } catch (const ContactError& e) {
        err << "error: " << e.what() << "\n";
    } catch (const StoreError& e) {
        err << "error: " << e.what() << "\n";
    }
    return kExitDataError;
}

std::vector<std::uint8_t> badge_pdf_for(Store& store, AttendeeId id, const BadgeOptions& options) {
    const auto a = store.attendee(id);
    if (!a) throw std::invalid_argument("no attendee with id " + std::to_string(id));
    const std::string event = store.setting("event_name").value_or("");
    return render_badge_pdf(badge_content(*a, event, options), options);
}

int run_badge(Store& store, const BadgeCommandOptions& options, std::ostream& out, std::ostream& err) {
    if (!options.pdf_path && !options.printer) {
        err << "error: say where the badge goes: --pdf FILE or --printer NAME\n";
        return kExitUsage;
    }
    std::vector<std::uint8_t> pdf;
    try {
        const auto a = load_attendee(store, options.attendee, err);
        if (!a) return kExitDataError;
        const std::string event = store.setting("event_name").value_or("");
        pdf = render_badge_pdf(badge_content(*a, event, options.badge), options.badge);
    } catch (const ContactError& e) {
        err << "error: " << e.what() << "\n";
        return kExitDataError;
    } catch (const StoreError& e) {
        err << "error: " << e.what() << "\n";
        return kExitDataError;
    } catch (const std::invalid_argument& e) {
        err << "error: " << e.what() << "\n";
        return kExitUsage;
    } catch (const std::exception& e) {
        err << "error: could not render the badge: " << e.what() << "\n";
        return kExitIoError;
    }

    if (options.pdf_path) {
        try {
            write_pdf_file(*options.pdf_path, pdf);
            out << "wrote " << *options.pdf_path << " (" << badge_size_key(options.badge.size) << ", "
                << pdf.size() << " bytes)\n";
        } catch (const std::exception& e) {
            err << "error: " << e.what() << "\n";
            return kExitIoError;
        }
    }
    if (options.printer) {
        const PrintResult r = print_pdf(pdf, *options.printer, options.print);
        (r.ok() ? out : err) << r.message << "\n";
        out << "status: " << print_status_key(r.status) << " job: " << r.job_id << "\n";
        if (!r.ok()) return kExitPrintFailed;
    }
    return kExitOk;
}

} // namespace mb
