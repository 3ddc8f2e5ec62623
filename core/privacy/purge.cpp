// core/privacy/purge.cpp — see purge.hpp.
#include "core/privacy/purge.hpp"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include "core/privacy/erase.hpp"

namespace mb {

namespace {

// The order totals are printed in, with their words; keys not listed are printed after, as they are.
const std::vector<std::pair<const char*, const char*>>& total_words() {
    static const std::vector<std::pair<const char*, const char*>> words{
        {"attendees", "attendees"},         {"mentors", "mentors"},       {"mentees", "mentees"},
        {"both", "either side"},            {"checked_in", "checked in"}, {"check_in_events", "check-in events"},
        {"likes", "likes"},                 {"declines", "declines"},     {"rounds", "rounds"},
        {"groups", "tables seated"},        {"pairings", "pairings"},
    };
    return words;
}

std::optional<std::int64_t> setting_int(Store& store, std::string_view key) {
    const std::optional<std::string> text = store.setting(key);
    if (!text || text->empty()) return std::nullopt;
    try {
        std::size_t used = 0;
        const std::int64_t v = std::stoll(*text, &used);
        if (used != text->size()) return std::nullopt;
        return v;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

struct Progress {
    std::int64_t log_seq = 0;             // the check-in log's last seq
    std::int64_t round = 0;               // the last round's number
};

Progress progress(Store& store) {
    Progress p;
    const std::vector<CheckInEvent> log = store.check_in_log();
    if (!log.empty()) p.log_seq = log.back().seq;
    const std::vector<Round> rounds = store.rounds();
    if (!rounds.empty()) p.round = rounds.back().number;
    return p;
}

constexpr const char* kPurgedLogSeqKey = "purged_log_seq";
constexpr const char* kPurgedRoundKey = "purged_round";

std::string encode_totals(const EventTotals& totals) {
    std::string out;
    for (const auto& [key, value] : totals) out += key + "=" + std::to_string(value) + "\n";
    return out;
}

} // namespace

// --- [SECTION] Counting ------------------------------------------------------------------------------------

EventTotals count_event(Store& store) {
    EventTotals t;
    for (const char* key : {"attendees", "mentors", "mentees", "both"}) t[key] = 0;
    for (const Attendee& a : store.attendees()) {
        ++t["attendees"];
        ++t[a.role == Role::Mentor ? "mentors" : a.role == Role::Mentee ? "mentees" : "both"];
    }
    std::set<AttendeeId> came;
    std::int64_t events = 0;
    for (const CheckInEvent& e : store.check_in_log()) {
        if (e.kind == CheckInKind::In) {
            came.insert(e.attendee);
            ++events;
        }
    }
    t["checked_in"] = static_cast<std::int64_t>(came.size());
    t["check_in_events"] = events;
    t["likes"] = t["declines"] = 0;
    for (const PreferenceRow& p : store.preferences()) ++t[p.preference == Preference::Like ? "likes" : "declines"];
    const std::vector<Round> rounds = store.rounds();
    t["rounds"] = static_cast<std::int64_t>(rounds.size());
    std::int64_t groups = 0, pairings = 0;
    for (const Round& r : rounds) {
        std::set<AttendeeId> mentors;                      // one mentor = one table (a pair or a group)
        for (const Pairing& p : store.round_pairings(r.id)) {
            mentors.insert(p.mentor);
            ++pairings;
        }
        groups += static_cast<std::int64_t>(mentors.size());
    }
    t["groups"] = groups;
    t["pairings"] = pairings;
    return t;
}

std::string format_totals(const EventTotals& totals) {
    std::string out;
    std::set<std::string> said;
    auto add = [&](const std::string& key, const std::string& words) {
        const auto it = totals.find(key);
        if (it == totals.end()) return;
        out += (out.empty() ? "" : ", ") + std::to_string(it->second) + " " + words;
        said.insert(key);
    };
    for (const auto& [key, words] : total_words()) add(key, words);
    for (const auto& [key, value] : totals)
        if (!said.count(key)) add(key, key);
    return out;
}

EventTotals stored_totals(Store& store) {
    EventTotals t;
    const std::string text = store.setting(kEventTotalsKey).value_or("");
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        const std::size_t eq = line.find('=');
        if (eq != std::string::npos) {
            try {
                t[line.substr(0, eq)] = std::stoll(line.substr(eq + 1));
            } catch (const std::exception&) {
                // a hand-edited line that is not a number is left out, not fatal
            }
        }
        start = end + 1;
    }
    return t;
}

// --- [SECTION] Purging -------------------------------------------------------------------------------------

std::string PurgeReport::summary() const {
    std::string s = "personal data purged: " + std::to_string(profiles_blanked) + " profiles blanked";
    if (checked_out > 0) s += ", " + std::to_string(checked_out) + " still present were checked out";
    s += ", " + std::to_string(preferences_removed) + " likes/declines removed, " +
         std::to_string(suggestions_withdrawn) + " suggestions withdrawn";
    if (suggestions_left_to_matcher > 0)
        s += " (" + std::to_string(suggestions_left_to_matcher) + " left to the running matcher)";
    s += ", reasons of " + std::to_string(round_reasons_blanked) + " past pairings blanked; kept: " +
         format_totals(totals);
    return s;
}

PurgeReport purge_event(Store& store, std::int64_t now_ms) {
    PurgeReport r;
    store.transaction([&] {
        r.totals = count_event(store);
        for (const AttendeeId id : store.present()) {
            if (store.undo_check_in(id, "purged after the event")) ++r.checked_out;
        }
        for (const Attendee& a : store.attendees()) {
            Attendee blank = blanked_attendee(a);
            blank.uuid = a.uuid;                                   // not editable; a random device-made id
            if (a == blank) continue;                              // erased before: nothing to write
            store.update_attendee(blank);
            ++r.profiles_blanked;
        }
        for (const PreferenceRow& p : store.preferences()) {
            store.set_preference(p.from, p.to, Preference::None);
            ++r.preferences_removed;
        }
        r.round_reasons_blanked = store.blank_round_reasons(0);
        store.set_setting(kEventTotalsKey, encode_totals(r.totals));
        store.set_setting(kPurgedAtKey, std::to_string(now_ms));
        // Where the event stood, so the retention rule can tell later activity (a reused file) from this
        // purge's own check-outs without trusting clocks.
        const Progress p = progress(store);
        store.set_setting(kPurgedLogSeqKey, std::to_string(p.log_seq));
        store.set_setting(kPurgedRoundKey, std::to_string(p.round));
    });
    const Withdrawal w = withdraw_suggestions_if(store, [](const Pairing&) { return true; });
    r.suggestions_withdrawn = w.withdrawn;
    r.suggestions_left_to_matcher = w.left_to_matcher;
    return r;
}

// --- [SECTION] Retention -----------------------------------------------------------------------------------

std::optional<std::int64_t> event_end_ms(Store& store) {
    std::optional<std::int64_t> end;
    auto later = [&](std::int64_t t) { end = end ? std::max(*end, t) : t; };
    // The latest time in the log, not its last entry: a kiosk with a slow clock may have written last, and
    // an end pulled into the past would purge a running event.
    for (const CheckInEvent& e : store.check_in_log()) later(e.at_ms);
    for (const Round& r : store.rounds()) later(r.started_ms + std::int64_t{r.duration_s} * 1000);
    return end;
}

std::optional<std::int64_t> retention_due_ms(Store& store) {
    const std::optional<std::int64_t> days = setting_int(store, kRetentionDaysKey);
    if (!days || *days <= 0) return std::nullopt;
    const std::optional<std::int64_t> end = event_end_ms(store);
    if (!end) return std::nullopt;
    if (setting_int(store, kPurgedAtKey)) {                       // purged before: only if used again since
        const Progress now = progress(store);
        if (now.log_seq <= setting_int(store, kPurgedLogSeqKey).value_or(0) &&
            now.round <= setting_int(store, kPurgedRoundKey).value_or(0))
            return std::nullopt;
    }
    return *end + *days * 24 * 60 * 60 * 1000;
}

std::optional<PurgeReport> apply_retention(Store& store, std::int64_t now_ms) {
    const std::optional<std::int64_t> due = retention_due_ms(store);
    if (!due || now_ms < *due) return std::nullopt;
    return purge_event(store, now_ms);
}

} // namespace mb
