// core/privacy/person_export.cpp — see person_export.hpp.
#include "core/privacy/person_export.hpp"

#include <map>
#include <vector>

#include "core/io/export.hpp"
#include "core/match/pair_format.hpp"

namespace mb {

namespace {

// --- [SECTION] JSON pieces ---------------------------------------------------------------------------------

std::string q(std::string_view s) { return json_escape(s); }
std::string b(bool v) { return v ? "true" : "false"; }

std::string iso_utc(std::int64_t unix_ms) { return q(iso8601_utc(unix_ms)); }

std::string goal_list(GoalSet s) {
    std::string out = "[";
    for (int g = 0; g < kGoalCount; ++g) {
        if (!s.has(static_cast<Goal>(g))) continue;
        if (out.size() > 1) out += ",";
        out += q(goal_key(static_cast<Goal>(g)));
    }
    return out + "]";
}

std::string contact(const ContactField& f) { return "{\"value\":" + q(f.value) + ",\"shared\":" + b(f.shared) + "}"; }

// "[a,b,c]" from items already in JSON, one per line for a person reading the file.
std::string array(const std::vector<std::string>& items) {
    if (items.empty()) return "[]";
    std::string out = "[\n";
    for (std::size_t i = 0; i < items.size(); ++i) out += "    " + items[i] + (i + 1 < items.size() ? ",\n" : "\n");
    return out + "  ]";
}

std::string reasons_list(const std::string& joined) {
    std::string out = "[";
    std::size_t start = 0;
    while (start < joined.size()) {
        std::size_t end = joined.find('\n', start);
        if (end == std::string::npos) end = joined.size();
        if (out.size() > 1) out += ",";
        out += q(std::string_view(joined).substr(start, end - start));
        start = end + 1;
    }
    return out + "]";
}

// --- [SECTION] Parts ---------------------------------------------------------------------------------------

std::string profile(const Attendee& a) {
    return "{\"id\":" + std::to_string(a.id) + ",\"display_name\":" + q(a.display_name) +
           ",\"given_name\":" + q(a.given_name) + ",\"family_name\":" + q(a.family_name) +
           ",\"name_latin\":" + q(a.name_latin) + ",\"role\":" + q(role_key(a.role)) +
           ",\"organization\":" + q(a.organization) + ",\"share_organization\":" + b(a.share_organization) +
           ",\"title\":" + q(a.title) + ",\"share_title\":" + b(a.share_title) + ",\"field\":" + q(a.field) +
           ",\"years_experience\":" + std::to_string(a.years_experience) + ",\"location\":" + q(a.location) +
           ",\"goals\":" + goal_list(a.goals) + ",\"expertise\":" + goal_list(a.expertise) +
           ",\"prefer_outside_org\":" + b(a.prefer_outside_org) +
           ",\"mentor_capacity\":" + std::to_string(a.mentor_capacity) + ",\"email\":" + contact(a.email) +
           ",\"phone\":" + contact(a.phone) + ",\"linkedin_url\":" + contact(a.linkedin_url) +
           ",\"ticket_code\":" + q(a.ticket_code) + ",\"registration_uuid\":" + q(a.uuid) + "}";
}

std::vector<std::string> check_ins(Store& store, AttendeeId id) {
    std::vector<std::string> out;
    for (const CheckInEvent& e : store.check_in_log()) {
        if (e.attendee != id) continue;
        out.push_back("{\"seq\":" + std::to_string(e.seq) + ",\"kind\":" +
                      q(e.kind == CheckInKind::In ? "check-in" : "undo") + ",\"at\":" + iso_utc(e.at_ms) +
                      ",\"source\":" + q(e.source) + "}");
    }
    return out;
}

std::string preference_name(Preference p) { return q(p == Preference::Like ? "like" : "decline"); }

struct Preferences {
    std::vector<std::string> given, received;
};

Preferences preferences(Store& store, AttendeeId id, const std::map<AttendeeId, std::string>& names) {
    Preferences out;
    for (const PreferenceRow& p : store.preferences()) {
        if (p.from == id) {
            const auto name = names.find(p.to);
            out.given.push_back("{\"about\":" + std::to_string(p.to) + ",\"about_name\":" +
                                q(name == names.end() ? "" : name->second) + ",\"preference\":" +
                                preference_name(p.preference) + ",\"at\":" + iso_utc(p.at_ms) + "}");
        } else if (p.to == id) {
            out.received.push_back("{\"from\":" + std::to_string(p.from) + ",\"preference\":" +
                                   preference_name(p.preference) + ",\"at\":" + iso_utc(p.at_ms) + "}");
        }
    }
    return out;
}

std::string pairing(const Pairing& p, AttendeeId id, const std::map<AttendeeId, std::string>& names) {
    const bool as_mentor = p.mentor == id;
    const AttendeeId other = as_mentor ? p.mentee : p.mentor;
    const auto name = names.find(other);
    return "\"as\":" + q(as_mentor ? "mentor" : "mentee") + ",\"with\":" + std::to_string(other) +
           ",\"with_name\":" + q(name == names.end() ? "" : name->second) + ",\"score\":" + std::to_string(p.score) +
           ",\"reasons\":" + reasons_list(p.reasons);
}

std::vector<std::string> suggestions(Store& store, AttendeeId id, const std::map<AttendeeId, std::string>& names) {
    std::vector<std::string> out;
    for (const Pairing& p : store.stored_suggestions()) {
        if (p.mentor == id || p.mentee == id)
            out.push_back("{" + pairing(p, id, names) + ",\"locked\":" + b(p.locked) + "}");
    }
    return out;
}

std::vector<std::string> rounds(Store& store, AttendeeId id, const std::map<AttendeeId, std::string>& names) {
    std::vector<std::string> out;
    for (const Round& r : store.rounds()) {
        for (const Pairing& p : store.round_pairings(r.id)) {
            if (p.mentor != id && p.mentee != id) continue;
            out.push_back("{\"round\":" + std::to_string(r.number) + ",\"started\":" + iso_utc(r.started_ms) +
                          ",\"table\":" + std::to_string(p.table) + "," + pairing(p, id, names) + "}");
        }
    }
    return out;
}

} // namespace

std::string export_person_json(Store& store, AttendeeId id, std::int64_t now_ms) {
    const std::optional<Attendee> a = store.attendee(id);
    if (!a) throw StoreError("there is no attendee " + std::to_string(id));
    std::map<AttendeeId, std::string> names;
    for (const Attendee& other : store.attendees()) names.emplace(other.id, other.display_name);
    const Preferences prefs = preferences(store, id, names);
    return "{\n  \"format\": \"matchbooth person data 1\",\n  \"exported_at\": " + iso_utc(now_ms) +
           ",\n  \"event\": " + q(store.setting("event_name").value_or("")) +
           ",\n  \"profile\": " + profile(*a) +
           ",\n  \"check_ins\": " + array(check_ins(store, id)) +
           ",\n  \"likes_declines_given\": " + array(prefs.given) +
           ",\n  \"likes_declines_received\": " + array(prefs.received) +
           ",\n  \"suggestions\": " + array(suggestions(store, id, names)) +
           ",\n  \"rounds\": " + array(rounds(store, id, names)) + "\n}\n";
}

} // namespace mb
