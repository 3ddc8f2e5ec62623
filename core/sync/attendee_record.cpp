// core/sync/attendee_record.cpp — see attendee_record.hpp for the format and why it exists.
#include "core/sync/attendee_record.hpp"

#include <charconv>
#include <vector>

#include "core/store/store.hpp"

namespace mb::sync {

namespace {

// Must match the order in encode_attendee(). Records written before the name parts, ticket code and mentor
// capacity existed have the first 20 fields only; they still decode (the new fields read as empty / 0),
// so an outbox left from an older Matchbooth is delivered, not refused.
constexpr std::size_t kFieldCount = 25;
constexpr std::size_t kFieldCountV1 = 20;

void put(std::string& out, std::string_view value) {
    out += std::to_string(value.size());
    out += ':';
    out += value;
}

void put(std::string& out, std::int64_t value) { put(out, std::to_string(value)); }

[[noreturn]] void corrupt() {
    throw StoreError("the offline outbox file holds a damaged attendee record", StoreErrorKind::Corrupt);
}

std::vector<std::string_view> split(std::string_view text) {
    std::vector<std::string_view> fields;
    while (!text.empty()) {
        const auto colon = text.find(':');
        if (colon == std::string_view::npos) corrupt();
        std::size_t len = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + colon, len);
        if (ec != std::errc() || ptr != text.data() + colon || len > text.size() - colon - 1) corrupt();
        fields.push_back(text.substr(colon + 1, len));
        text.remove_prefix(colon + 1 + len);
    }
    if (fields.size() != kFieldCount && fields.size() != kFieldCountV1) corrupt();
    return fields;
}

std::int64_t number(std::string_view s) {
    std::int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size()) corrupt();
    return v;
}

} // namespace

std::string encode_attendee(const Attendee& a) {
    std::string out;
    put(out, a.id);
    put(out, a.display_name);
    put(out, a.organization);
    put(out, a.title);
    put(out, a.field);
    put(out, std::int64_t{a.years_experience});
    put(out, role_key(a.role));
    put(out, std::int64_t{a.goals.bits});
    put(out, std::int64_t{a.expertise.bits});
    put(out, a.location);
    put(out, std::int64_t{a.prefer_outside_org});
    put(out, a.email.value);
    put(out, std::int64_t{a.email.shared});
    put(out, a.phone.value);
    put(out, std::int64_t{a.phone.shared});
    put(out, a.linkedin_url.value);
    put(out, std::int64_t{a.linkedin_url.shared});
    put(out, std::int64_t{a.share_organization});
    put(out, std::int64_t{a.share_title});
    put(out, a.uuid);
    put(out, a.given_name);
    put(out, a.family_name);
    put(out, a.name_latin);
    put(out, a.ticket_code);
    put(out, std::int64_t{a.mentor_capacity});
    return out;
}

Attendee decode_attendee(std::string_view text) {
    const std::vector<std::string_view> f = split(text);
    Attendee a;
    a.id = number(f[0]);
    a.display_name = f[1];
    a.organization = f[2];
    a.title = f[3];
    a.field = f[4];
    a.years_experience = static_cast<int>(number(f[5]));
    a.role = parse_role(f[6]).value_or(Role::Mentee);
    a.goals.bits = static_cast<std::uint32_t>(number(f[7]));
    a.expertise.bits = static_cast<std::uint32_t>(number(f[8]));
    a.location = f[9];
    a.prefer_outside_org = number(f[10]) != 0;
    a.email = {std::string(f[11]), number(f[12]) != 0};
    a.phone = {std::string(f[13]), number(f[14]) != 0};
    a.linkedin_url = {std::string(f[15]), number(f[16]) != 0};
    a.share_organization = number(f[17]) != 0;
    a.share_title = number(f[18]) != 0;
    a.uuid = f[19];
    if (f.size() == kFieldCount) {
        a.given_name = f[20];
        a.family_name = f[21];
        a.name_latin = f[22];
        a.ticket_code = f[23];
        a.mentor_capacity = static_cast<int>(number(f[24]));
    }
    return a;
}

} // namespace mb::sync
