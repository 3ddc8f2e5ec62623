// core/io/attendee_import.cpp — see attendee_import.hpp.
//
// Index of sections:
//   [SECTION] Header mapping
//   [SECTION] One row to an attendee
//   [SECTION] Import
#include "core/io/attendee_import.hpp"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "core/io/csv.hpp"
#include "core/text/fold.hpp"
#include "core/util/strings.hpp"

namespace mb {

namespace {

// --- [SECTION] Header mapping -----------------------------------------------------------------------------

enum class Column {
    Name, FirstName, LastName, Email, Organization, Title, Role, Years, Field, Goals, Expertise, Location,
    Phone, LinkedIn, PreferOutside,
};

// Spellings after fold_for_search(): lowercase, no accents, punctuation as single spaces.
struct Spelling { Column column; const char* folded; };
constexpr Spelling kSpellings[] = {
    {Column::Name, "name"}, {Column::Name, "full name"}, {Column::Name, "attendee name"},
    {Column::Name, "attendee"}, {Column::Name, "display name"}, {Column::Name, "participant name"},
    {Column::FirstName, "first name"}, {Column::FirstName, "firstname"}, {Column::FirstName, "given name"},
    {Column::FirstName, "first"}, {Column::FirstName, "forename"},
    {Column::LastName, "last name"}, {Column::LastName, "lastname"}, {Column::LastName, "surname"},
    {Column::LastName, "family name"}, {Column::LastName, "last"},
    {Column::Email, "email"}, {Column::Email, "e mail"}, {Column::Email, "email address"},
    {Column::Email, "e mail address"}, {Column::Email, "attendee email"}, {Column::Email, "work email"},
    {Column::Organization, "company"}, {Column::Organization, "organization"},
    {Column::Organization, "organisation"}, {Column::Organization, "company name"},
    {Column::Organization, "employer"}, {Column::Organization, "institution"},
    {Column::Organization, "affiliation"}, {Column::Organization, "organization name"},
    {Column::Title, "job title"}, {Column::Title, "title"}, {Column::Title, "position"},
    {Column::Title, "job position"}, {Column::Title, "jobtitle"},
    {Column::Role, "role"}, {Column::Role, "mentoring role"}, {Column::Role, "participation"},
    {Column::Role, "attending as"}, {Column::Role, "mentor or mentee"},
    {Column::Years, "years"}, {Column::Years, "years of experience"}, {Column::Years, "years experience"},
    {Column::Years, "experience years"}, {Column::Years, "experience"},
    {Column::Field, "field"}, {Column::Field, "specialty"}, {Column::Field, "speciality"},
    {Column::Field, "discipline"}, {Column::Field, "department"},
    {Column::Goals, "goals"}, {Column::Goals, "milestones"}, {Column::Goals, "seeking advice on"},
    {Column::Goals, "advice wanted"},
    {Column::Expertise, "expertise"}, {Column::Expertise, "can advise on"}, {Column::Expertise, "mentor expertise"},
    {Column::Location, "location"}, {Column::Location, "city"}, {Column::Location, "region"},
    {Column::Phone, "phone"}, {Column::Phone, "phone number"}, {Column::Phone, "mobile"},
    {Column::Phone, "mobile phone"}, {Column::Phone, "cell"},
    {Column::LinkedIn, "linkedin"}, {Column::LinkedIn, "linkedin url"}, {Column::LinkedIn, "linkedin profile"},
    {Column::PreferOutside, "prefer outside"}, {Column::PreferOutside, "prefer mentor outside organization"},
    {Column::PreferOutside, "prefer a mentor outside my organization"},
};

using ColumnMap = std::map<Column, std::size_t>;    // column -> index in the row

ColumnMap map_header(const std::vector<std::string>& header) {
    ColumnMap map;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string folded = fold_for_search(header[i]);
        for (const Spelling& s : kSpellings) {
            if (folded == s.folded && !map.count(s.column)) {
                map[s.column] = i;
                break;
            }
        }
    }
    return map;
}

// --- [SECTION] One row to an attendee ---------------------------------------------------------------------

// The cells of one row, looked up by column; absent columns and cells read as "".
struct Row {
    const ColumnMap& map;
    const std::vector<std::string>& cells;
    std::string get(Column c) const {
        const auto it = map.find(c);
        if (it == map.end() || it->second >= cells.size()) return {};
        return std::string(trim(cells[it->second]));
    }
    bool has_column(Column c) const { return map.count(c) != 0; }
};

std::optional<bool> parse_yes_no(std::string_view text) {
    const std::string t = ascii_lower(trim(text));
    if (t == "yes" || t == "y" || t == "true" || t == "1" || t == "x") return true;
    if (t == "no" || t == "n" || t == "false" || t == "0") return false;
    return std::nullopt;
}

// What a row says, with "present" flags so a merge only overwrites what the row actually filled in.
struct RowData {
    Attendee a;
    bool has_role = false, has_years = false, has_prefer = false;
};

// Returns the error that makes the row unusable, or "" if it is fine.
std::string read_row(const Row& row, RowData& out, std::vector<std::string>& warnings) {
    Attendee& a = out.a;
    a.display_name = row.get(Column::Name);
    if (a.display_name.empty()) {
        const std::string first = row.get(Column::FirstName), last = row.get(Column::LastName);
        a.display_name = first.empty() ? last : (last.empty() ? first : first + " " + last);
    }
    if (a.display_name.empty()) return "no name";
    a.email.value = row.get(Column::Email);
    if (!a.email.value.empty() && !looks_like_email(a.email.value))
        return "email \"" + a.email.value + "\" does not look like an email address";
    a.organization = row.get(Column::Organization);
    a.title = row.get(Column::Title);
    a.field = row.get(Column::Field);
    a.location = row.get(Column::Location);
    a.phone.value = row.get(Column::Phone);
    a.linkedin_url.value = row.get(Column::LinkedIn);

    if (const std::string role = row.get(Column::Role); !role.empty()) {
        const auto r = parse_role(role);
        if (!r) return "role \"" + role + "\" is not mentor, mentee or both";
        a.role = *r;
        out.has_role = true;
    }
    if (const std::string years = row.get(Column::Years); !years.empty()) {
        int value = -1;
        const auto [ptr, ec] = std::from_chars(years.data(), years.data() + years.size(), value);
        if (ec != std::errc() || ptr != years.data() + years.size() || value < 0 || value > 80)
            return "years of experience \"" + years + "\" is not a whole number from 0 to 80";
        a.years_experience = value;
        out.has_years = true;
    }
    if (const std::string prefer = row.get(Column::PreferOutside); !prefer.empty()) {
        const auto yes = parse_yes_no(prefer);
        if (!yes) return "\"" + prefer + "\" is not yes or no (prefer a mentor outside the organization)";
        a.prefer_outside_org = *yes;
        out.has_prefer = true;
    }
    std::vector<std::string> unknown;
    a.goals = parse_goal_list(row.get(Column::Goals), &unknown);
    a.expertise = parse_goal_list(row.get(Column::Expertise), &unknown);
    for (const std::string& u : unknown) warnings.push_back("unknown goal \"" + u + "\" ignored");
    return {};
}

// Non-empty cells of the row overwrite; empty ones keep the stored value. Consent is never touched.
void merge_into(Attendee& stored, const RowData& row) {
    const Attendee& a = row.a;
    auto take = [](std::string& dst, const std::string& src) { if (!src.empty()) dst = src; };
    take(stored.display_name, a.display_name);
    take(stored.organization, a.organization);
    take(stored.title, a.title);
    take(stored.field, a.field);
    take(stored.location, a.location);
    take(stored.phone.value, a.phone.value);
    take(stored.linkedin_url.value, a.linkedin_url.value);
    if (row.has_role) stored.role = a.role;
    if (row.has_years) stored.years_experience = a.years_experience;
    if (row.has_prefer) stored.prefer_outside_org = a.prefer_outside_org;
    if (!a.goals.empty()) stored.goals = a.goals;
    if (!a.expertise.empty()) stored.expertise = a.expertise;
}

// --- [SECTION] Import -------------------------------------------------------------------------------------

void import_row(Store& store, const CsvRecord& rec, const ColumnMap& map, std::size_t header_width,
                ImportSummary& summary) {
    ++summary.rows;
    if (!rec.error.empty()) {
        summary.skipped.push_back({rec.line, rec.error});
        return;
    }
    if (rec.fields.size() < header_width) {
        summary.skipped.push_back({rec.line, "has " + std::to_string(rec.fields.size()) + " columns, the header has " +
                                                 std::to_string(header_width)});
        return;
    }
    for (std::size_t i = header_width; i < rec.fields.size(); ++i) {
        if (!trim(rec.fields[i]).empty()) {
            summary.skipped.push_back({rec.line, "has " + std::to_string(rec.fields.size()) +
                                                     " columns, the header has " + std::to_string(header_width)});
            return;
        }
    }
    RowData data;
    std::vector<std::string> warnings;
    if (std::string error = read_row(Row{map, rec.fields}, data, warnings); !error.empty()) {
        summary.skipped.push_back({rec.line, error});
        return;
    }
    // A savepoint per row: a row the store refuses is undone alone and reported; the import goes on.
    try {
        store.transaction([&] {
            if (auto existing = data.a.email.value.empty() ? std::nullopt : store.attendee_by_email(data.a.email.value)) {
                merge_into(*existing, data);
                store.update_attendee(*existing);
                ++summary.merged;
                summary.merges.push_back({rec.line, "same email as " + existing->display_name + " (id " +
                                                        std::to_string(existing->id) + "): merged"});
            } else {
                store.add_attendee(data.a);
                ++summary.imported;
            }
        });
    } catch (const StoreError& e) {
        // Only a refusal of this row (duplicate, invalid value) skips it. Disk full, locked, damaged: the
        // whole import fails and rolls back, so a half-imported list never looks like a finished one.
        if (e.kind != StoreErrorKind::Invalid) throw;
        summary.skipped.push_back({rec.line, e.what()});
        return;
    }
    for (std::string& w : warnings) summary.warnings.push_back({rec.line, std::move(w)});
}

} // namespace

ImportSummary import_attendees_csv(Store& store, std::string_view csv_text) {
    const std::vector<CsvRecord> records = parse_csv(csv_text);
    if (records.empty()) throw ImportError("the file is empty: expected a header row such as Name,Email,Company");
    const CsvRecord& header = records.front();
    if (!header.error.empty()) throw ImportError("line " + std::to_string(header.line) + ": " + header.error);
    const ColumnMap map = map_header(header.fields);
    const bool has_name = map.count(Column::Name) || map.count(Column::FirstName) || map.count(Column::LastName);
    if (!has_name)
        throw ImportError("no name column in the header (looked for Name, Attendee name, Full name, or First "
                          "Name and Last Name)");

    ImportSummary summary;
    store.transaction([&] {
        for (std::size_t i = 1; i < records.size(); ++i) import_row(store, records[i], map, header.fields.size(), summary);
    });
    return summary;
}

ImportSummary import_attendees_csv_file(Store& store, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImportError("cannot read " + path + ": " + std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw ImportError("cannot read " + path);
    return import_attendees_csv(store, text.str());
}

std::string describe(const ImportSummary& s) {
    std::ostringstream out;
    out << "imported " << s.imported << ", merged " << s.merged << ", skipped " << s.skipped.size() << " (of "
        << s.rows << " rows)\n";
    for (const ImportIssue& i : s.skipped) out << "  line " << i.line << ": skipped: " << i.message << "\n";
    for (const ImportIssue& i : s.merges) out << "  line " << i.line << ": " << i.message << "\n";
    for (const ImportIssue& i : s.warnings) out << "  line " << i.line << ": " << i.message << "\n";
    return out.str();
}

} // namespace mb
