// core/io/export.cpp — see export.hpp.
#include "core/io/export.hpp"

#include <ctime>
#include <map>
#include <set>

#include "core/io/csv.hpp"

namespace mb {

std::string iso8601_utc(std::int64_t unix_ms) {
    const std::time_t seconds = static_cast<std::time_t>(unix_ms / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    char out[48];
    std::snprintf(out, sizeof out, "%s.%03dZ", buf, static_cast<int>(unix_ms % 1000));
    return out;
}

void export_attendees_csv(Store& store, std::ostream& out, const AttendeeExportOptions& options) {
    const auto present = store.present();
    const std::set<AttendeeId> here(present.begin(), present.end());
    std::map<AttendeeId, std::int64_t> first_in;
    for (const CheckInEvent& e : store.check_in_log()) {
        if (e.kind == CheckInKind::In) first_in.emplace(e.attendee, e.at_ms);
    }
    std::vector<std::string> header{"id", "name", "email", "organization", "title", "field", "years_experience",
                                    "role", "goals", "expertise", "location", "prefer_outside_org", "phone",
                                    "linkedin_url", "share_email", "share_phone", "share_linkedin",
                                    "share_organization", "share_title", "checked_in", "first_check_in_utc",
                                    "mentor_capacity"};
    if (options.with_ticket_codes) header.emplace_back("ticket_code");
    out << csv_row(header);
    auto yes = [](bool b) { return std::string(b ? "yes" : "no"); };
    for (const Attendee& a : store.attendees()) {
        const auto first = first_in.find(a.id);
        std::vector<std::string> row{std::to_string(a.id), a.display_name, a.email.value, a.organization, a.title,
                                     a.field, std::to_string(a.years_experience), std::string(role_key(a.role)),
                                     goals_to_keys(a.goals), goals_to_keys(a.expertise), a.location,
                                     yes(a.prefer_outside_org), a.phone.value, a.linkedin_url.value,
                                     yes(a.email.shared), yes(a.phone.shared), yes(a.linkedin_url.shared),
                                     yes(a.share_organization), yes(a.share_title), yes(here.count(a.id) != 0),
                                     first == first_in.end() ? "" : iso8601_utc(first->second),
                                     a.mentor_capacity > 0 ? std::to_string(a.mentor_capacity) : ""};
        if (options.with_ticket_codes) row.push_back(a.ticket_code);
        out << csv_row(row);
    }
}

void export_check_ins_csv(Store& store, std::ostream& out) {
    std::map<AttendeeId, std::string> names;
    for (const Attendee& a : store.attendees()) names[a.id] = a.display_name;
    out << csv_row({"seq", "at_utc", "attendee_id", "name", "event", "source", "uuid"});
    for (const CheckInEvent& e : store.check_in_log()) {
        out << csv_row({std::to_string(e.seq), iso8601_utc(e.at_ms), std::to_string(e.attendee), names[e.attendee],
                        e.kind == CheckInKind::In ? "check-in" : "undo", e.source, e.uuid});
    }
}

void export_rounds_csv(Store& store, std::ostream& out) {
    std::map<AttendeeId, std::string> names;
    for (const Attendee& a : store.attendees()) names[a.id] = a.display_name;
    out << csv_row({"round", "table", "mentor_name", "mentor_id", "mentee_name", "mentee_id", "score", "reasons"});
    for (const Round& r : store.rounds()) {
        for (const Pairing& p : store.round_pairings(r.id)) {
            std::string reasons = p.reasons;                  // stored one per line; one line reads better here
            for (std::size_t at = reasons.find('\n'); at != std::string::npos; at = reasons.find('\n', at + 2))
                reasons.replace(at, 1, "; ");
            out << csv_row({std::to_string(r.number), std::to_string(p.table), names[p.mentor],
                            std::to_string(p.mentor), names[p.mentee], std::to_string(p.mentee),
                            std::to_string(p.score), reasons});
        }
    }
}

} // namespace mb
