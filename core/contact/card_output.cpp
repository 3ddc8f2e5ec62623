// core/contact/card_output.cpp — see card_output.hpp.
#include "core/contact/card_output.hpp"

#include <array>

namespace mb {

namespace {

std::string lf_lines(const std::string& crlf) {
    std::string out;
    out.reserve(crlf.size());
    for (std::size_t i = 0; i < crlf.size(); ++i) {
        if (crlf[i] == '\r' && i + 1 < crlf.size() && crlf[i + 1] == '\n') continue;
        out += crlf[i];
    }
    return out;
}

} // namespace

std::string shared_fields_summary(const ConsentedCard& card) {
    constexpr std::array<CardField, 6> kOrder{CardField::Name, CardField::Organization, CardField::Title,
                                              CardField::Phone, CardField::Email, CardField::LinkedIn};
    std::string out;
    for (const CardField f : kOrder) {
        if (!card.has(f)) continue;
        if (!out.empty()) out += ", ";
        out += card_field_label(f);
    }
    return out;
}

std::string qr_as_text(const QrMatrix& m, bool light_on_dark) {
    // "Ink" is what the terminal draws with its text colour; which modules get ink depends on the theme.
    const auto ink = [&](int col, int row) {
        if (row >= m.side()) return light_on_dark;   // the pad row below an odd side is light
        return m.is_dark(col, row) != light_on_dark;
    };
    std::string out;
    for (int row = 0; row < m.side(); row += 2) {
        for (int col = 0; col < m.side(); ++col) {
            const bool top = ink(col, row), bottom = ink(col, row + 1);
            out += top ? (bottom ? "\u2588" : "\u2580") : (bottom ? "\u2584" : " ");
        }
        out += '\n';
    }
    return out;
}

std::string render_card(const ContactQr& qr, CardFormat format, const CardTextOptions& options) {
    if (format == CardFormat::VCard) return qr.payload;
    std::string out = "Contact card for " + qr.card.name + "\n";
    out += "Shared: " + shared_fields_summary(qr.card) + "\n";
    out += "QR code: version " + std::to_string(qr.matrix.version) + ", error correction " +
           qr_level_letter(qr.matrix.level) + ", " + std::to_string(qr.matrix.symbol_size) + "x" +
           std::to_string(qr.matrix.symbol_size) + " modules + " + std::to_string(qr.matrix.quiet_zone) +
           "-module quiet zone, " + std::to_string(qr.payload.size()) + " bytes\n\n";
    out += qr_as_text(qr.matrix, options.light_on_dark);
    out += "\n" + lf_lines(qr.payload);
    return out;
}

} // namespace mb
