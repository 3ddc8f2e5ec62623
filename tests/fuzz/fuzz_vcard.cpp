// libFuzzer target: arbitrary bytes as an attendee's contact fields and consent choices. The payload
// builder must never crash, and a produced payload must never contain a field the person did not share.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/contact/contact_qr.hpp"

namespace {

// Splits the input on NUL bytes: byte 0 = consent bits, then name, organization, title, email, phone, URL.
std::vector<std::string> split_fields(std::string_view in) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= in.size(); ++i) {
        if (i == in.size() || in[i] == '\0') {
            out.emplace_back(in.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

// A secret marker that only appears in unconsented fields: finding it in the payload is a privacy bug.
constexpr std::string_view kSecret = "UNSHARED-7f3a";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const unsigned consent = data[0];
    auto fields = split_fields(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
    fields.resize(6);
    mb::Attendee a;
    a.display_name = fields[0].empty() ? "X" : fields[0];
    a.share_organization = consent & 1u;
    a.share_title = consent & 2u;
    a.email.shared = consent & 4u;
    a.phone.shared = consent & 8u;
    a.linkedin_url.shared = consent & 16u;
    auto value = [&](bool shared, const std::string& v) { return shared ? v : std::string(kSecret); };
    a.organization = value(a.share_organization, fields[1]);
    a.title = value(a.share_title, fields[2]);
    a.email.value = value(a.email.shared, fields[3]);
    a.phone.value = value(a.phone.shared, fields[4]);
    a.linkedin_url.value = value(a.linkedin_url.shared, fields[5]);
    try {
        const mb::ContactQr qr = mb::contact_qr(a);
        const bool secret_in_fields = std::string_view(a.display_name).find(kSecret) != std::string_view::npos ||
                                      fields[1].find(kSecret) != std::string::npos ||
                                      fields[2].find(kSecret) != std::string::npos ||
                                      fields[3].find(kSecret) != std::string::npos ||
                                      fields[4].find(kSecret) != std::string::npos ||
                                      fields[5].find(kSecret) != std::string::npos;
        if (!secret_in_fields && qr.payload.find(kSecret) != std::string::npos) std::abort();
        if (qr.payload.rfind("BEGIN:VCARD\r\nVERSION:3.0\r\n", 0) != 0) std::abort();
        if (qr.matrix.side() <= 0) std::abort();
    } catch (const mb::ContactError&) {
    }
    return 0;
}
