// core/kiosk/attendance_export.cpp — attendance CSV for organizers (no contact details, see header).
#include "core/kiosk/attendance_export.hpp"

#include <fstream>
#include <stdexcept>
#include <unordered_set>

#include "core/model/attendee.hpp"

namespace mb::kiosk {

std::string csv_quote(std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::size_t export_attendance_csv(Store& store, const std::filesystem::path& path) {
    if (path.empty()) throw std::runtime_error("Type a file path to export to.");
    const std::vector<Attendee> people = store.attendees();
    const std::vector<AttendeeId> present_ids = store.present();
    const std::unordered_set<AttendeeId> present(present_ids.begin(), present_ids.end());

    std::filesystem::path temp = path;
    temp += ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error("Cannot write " + temp.string() + ". Is the folder there and writable?");
        out << "id,name,organization,role,checked_in\n";
        for (const Attendee& a : people) {
            out << a.id << ',' << csv_quote(a.display_name) << ',' << csv_quote(a.organization) << ','
                << role_key(a.role) << ',' << (present.contains(a.id) ? "yes" : "no") << '\n';
        }
        out.flush();
        if (!out) throw std::runtime_error("Writing " + temp.string() + " failed (disk full?).");
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        const std::string why = ec.message();
        std::filesystem::remove(temp, ec);
        throw std::runtime_error("Cannot replace " + path.string() + ": " + why);
    }
    return people.size();
}

} // namespace mb::kiosk
