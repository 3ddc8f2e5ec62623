// core/io/attendee_import.cpp — see attendee_import.hpp.
//
// Index of sections:
//   [SECTION] Cell values
//   [SECTION] One row to an attendee
//   [SECTION] Who is the same person
//   [SECTION] Import
//   [SECTION] Describing
#include "core/io/attendee_import.hpp"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "core/io/csv.hpp"
#include "core/io/import_checks.hpp"
#include "core/text/fold.hpp"
#include "core/text/person_name.hpp"
#include "core/text/utf8.hpp"
#include "core/util/strings.hpp"

namespace mb {

namespace {

// --- [SECTION] Cell values --------------------------------------------------------------------------------

std::optional<bool> parse_yes_no(std::string_view text) {
    const std::string t = ascii_lower(trim(text));
    if (t == "yes" || t == "y" || t == "true" || t == "1" || t == "x" || t.starts_with("yes")) return true;
    if (t == "no" || t == "n" || t == "false" || t == "0" || t.starts_with("no ") || t == "no preference")
        return false;
    return std::nullopt;
}

// The first whole number in the cell: "15", "15+", "15 years", "10-15" (the lower end), "<1" (0).
// Sets `exact` false when the cell held more than the number, so the import can say how it was read.
std::optional<int> first_number(std::string_view cell, bool& exact) {
    cell = trim(cell);
    const auto start = cell.find_first_of("0123456789");
    if (start == std::string_view::npos) return std::nullopt;
    int value = 0;
    const auto [ptr, ec] = std::from_chars(cell.data() + start, cell.data() + cell.size(), value);
    if (ec != std::errc()) return std::nullopt;
    exact = start == 0 && ptr == cell.data() + cell.size();
    if (cell.substr(0, start).find('<') != std::string_view::npos || fold_for_search(cell).starts_with("less than"))
        value = std::max(0, value - 1);
    return value;
}

// --- [SECTION] One row to an attendee ---------------------------------------------------------------------

// The cells of one row, looked up by field; absent columns and cells read as "".
struct Row {
    const ColumnMapping& map;
    const std::vector<std::string>& cells;
    std::string get(ImportField f) const {
        const MappedColumn* c = map.find(f);
        return c ? cell(c->index) : std::string();
    }
    std::string cell(std::size_t index) const {
        return index < cells.size() ? std::string(trim(cells[index])) : std::string();
    }
};

// What a row says, with "present" flags so a merge only overwrites what the row actually filled in.
struct RowData {
    Attendee a;
    bool has_role = false, has_years = false, has_prefer = false, has_capacity = false;
    std::string order_email;               // the buyer's email, when the attendee's cell was empty
};

bool is_east_asian(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        if (utf8::is_east_asian(utf8::script_of(utf8::next(text, pos)))) return true;
    }
    return false;
}

// "Dr." + "Kim" + "Min-jun": a CJK name family first and unspaced, as written; others given first.
std::string joined_name(const std::string& prefix, const std::string& given, const std::string& family) {
    std::string name;
    if (is_east_asian(given) || is_east_asian(family)) name = family + given;
    else name = given.empty() ? family : (family.empty() ? given : given + " " + family);
    return prefix.empty() || name.empty() ? name : prefix + " " + name;
}

// The display name: the joined column when it is at least as attendee-specific as the parts, else the parts.
void read_name(const Row& row, Attendee& a) {
    a.given_name = row.get(ImportField::GivenName);
    a.family_name = row.get(ImportField::FamilyName);
    const std::string prefix = row.get(ImportField::NamePrefix);
    const MappedColumn* joined = row.map.find(ImportField::Name);
    const MappedColumn* part = row.map.find(ImportField::GivenName);
    if (!part) part = row.map.find(ImportField::FamilyName);
    // Parts win when they are more attendee-specific, or for CJK names, whose joined form platforms write
    // given name first ("静 陈").
    const bool parts_are_better =
        part && (!joined || part->level > joined->level ||
                 (part->level == joined->level && is_east_asian(a.given_name + a.family_name)));
    a.display_name = parts_are_better ? "" : row.get(ImportField::Name);
    if (a.display_name.empty()) a.display_name = joined_name(prefix, a.given_name, a.family_name);
    a.name_latin = row.get(ImportField::NameLatin);
}

void read_numbers(const Row& row, RowData& out, std::vector<std::string>& warnings, std::string& error) {
    Attendee& a = out.a;
    if (const std::string years = row.get(ImportField::Years); !years.empty()) {
        bool exact = true;
        const auto value = first_number(years, exact);
        if (!value || *value > 80) {
            error = "years of experience \"" + years + "\" is not a whole number from 0 to 80";
            return;
        }
        a.years_experience = *value;
        out.has_years = true;
        if (!exact) warnings.push_back("years of experience \"" + years + "\" read as " + std::to_string(*value));
    }
    if (const std::string cap = row.get(ImportField::Capacity); !cap.empty()) {
        bool exact = true;
        const auto value = first_number(cap, exact);
        if (!value) {
            warnings.push_back("mentor capacity \"" + cap + "\" is not a number: the event's default is used");
        } else {
            a.mentor_capacity = std::min(*value, 4);
            out.has_capacity = true;
            if (*value > 4) warnings.push_back("mentor capacity " + cap + " lowered to 4, the most a table seats");
        }
    }
}

bool compatible_names(const Attendee& x, const Attendee& y);

// An empty attendee email takes the order's only when it is surely this attendee's: no other row of the
// file has it, and the buyer's name (when the export has one) is this attendee's name.
void read_order_email(const Row& row, std::size_t uses, Attendee& a, std::vector<std::string>& warnings) {
    const std::string order_email = row.cell(row.map.order_email->index);
    if (order_email.empty()) return;
    Attendee buyer;
    std::string given, family;
    for (const MappedColumn& c : row.map.order_names) {
        if (c.field == ImportField::Name) buyer.display_name = row.cell(c.index);
        if (c.field == ImportField::GivenName) given = row.cell(c.index);
        if (c.field == ImportField::FamilyName) family = row.cell(c.index);
    }
    if (buyer.display_name.empty()) buyer.display_name = joined_name("", given, family);
    if (uses > 1) {
        warnings.push_back("no attendee email, and the order's email is shared by " + std::to_string(uses) +
                           " attendees: stored without an email");
    } else if (!buyer.display_name.empty() && !compatible_names(buyer, a)) {
        warnings.push_back("no attendee email, and the order's email is the buyer's (" + buyer.display_name +
                           "): stored without an email");
    } else {
        a.email.value = order_email;
    }
}

// Returns the error that makes the row unusable, or "" if it is fine.
std::string read_row(const Row& row, std::size_t order_email_uses, RowData& out, std::vector<std::string>& warnings) {
    Attendee& a = out.a;
    read_name(row, a);
    if (a.display_name.empty()) return "no name";
    a.email.value = row.get(ImportField::Email);
    if (a.email.value.empty() && row.map.order_email) read_order_email(row, order_email_uses, a, warnings);
    if (!a.email.value.empty() && !looks_like_email(a.email.value))
        return "email \"" + a.email.value + "\" does not look like an email address";
    a.organization = row.get(ImportField::Organization);
    a.title = row.get(ImportField::Title);
    a.field = row.get(ImportField::Field);
    a.location = row.get(ImportField::Location);
    a.phone.value = row.get(ImportField::Phone);
    a.linkedin_url.value = row.get(ImportField::LinkedIn);
    a.ticket_code = row.get(ImportField::TicketCode);

    if (const std::string role = row.get(ImportField::Role); !role.empty()) {
        if (const auto r = parse_role_answer(role)) {
            a.role = *r;
            out.has_role = true;
        } else {
            warnings.push_back("role \"" + role + "\" is not mentor, mentee or both: imported as a mentee");
        }
    }
    std::string error;
    read_numbers(row, out, warnings, error);
    if (!error.empty()) return error;
    if (const std::string prefer = row.get(ImportField::PreferOutside); !prefer.empty()) {
        if (const auto yes = parse_yes_no(prefer)) {
            a.prefer_outside_org = *yes;
            out.has_prefer = true;
        } else {
            warnings.push_back("\"" + prefer + "\" is not yes or no (prefer a mentor outside the organization): ignored");
        }
    }
    std::vector<std::string> unknown;
    a.goals = parse_goal_list(row.get(ImportField::Goals), &unknown);
    a.expertise = parse_goal_list(row.get(ImportField::Expertise), &unknown);
    for (const std::string& u : unknown) warnings.push_back("unknown goal \"" + u + "\" ignored");
    return {};
}

// Non-empty cells of the row overwrite; empty ones keep the stored value. Consent is never touched.
void merge_into(Attendee& stored, const RowData& row) {
    const Attendee& a = row.a;
    auto take = [](std::string& dst, const std::string& src) { if (!src.empty()) dst = src; };
    take(stored.display_name, a.display_name);
    take(stored.given_name, a.given_name);
    take(stored.family_name, a.family_name);
    take(stored.name_latin, a.name_latin);
    take(stored.email.value, a.email.value);
    take(stored.organization, a.organization);
    take(stored.title, a.title);
    take(stored.field, a.field);
    take(stored.location, a.location);
    take(stored.phone.value, a.phone.value);
    take(stored.linkedin_url.value, a.linkedin_url.value);
    take(stored.ticket_code, a.ticket_code);
    if (row.has_role) stored.role = a.role;
    if (row.has_years) stored.years_experience = a.years_experience;
    if (row.has_prefer) stored.prefer_outside_org = a.prefer_outside_org;
    if (row.has_capacity) stored.mentor_capacity = a.mentor_capacity;
    if (!a.goals.empty()) stored.goals = a.goals;
    if (!a.expertise.empty()) stored.expertise = a.expertise;
}

// --- [SECTION] Who is the same person ---------------------------------------------------------------------

std::vector<std::string> name_words(const Attendee& a) {
    std::vector<std::string> out;
    const std::string folded = fold_for_search(split_name_affixes(a.display_name).name);  // outlives the views
    for (std::string_view w : split_any(folded, " ")) {
        if (!w.empty()) out.emplace_back(w);
    }
    return out;
}

// "Bo" and "Bo Berg" are compatible (one name's words are all in the other's); "Ana Li" and "Wei Li" are not.
bool compatible_names(const Attendee& x, const Attendee& y) {
    std::vector<std::string> a = name_words(x), b = name_words(y);
    if (a.empty() || b.empty()) return true;
    if (a.size() > b.size()) std::swap(a, b);
    return std::all_of(a.begin(), a.end(), [&](const std::string& w) { return std::find(b.begin(), b.end(), w) != b.end(); });
}

// Everyone already stored, by ticket code and by folded email, kept current as rows are imported.
// People with neither email nor ticket are found again by their folded name alone, so that importing the
// same hand-made sheet twice does not seat everyone twice.
struct PeopleIndex {
    std::map<std::string, AttendeeId> by_ticket, by_email, by_bare_name;
    static std::string bare_name_key(const Attendee& a) { return fold_for_search(split_name_affixes(a.display_name).name); }
    void add(const Attendee& a) {
        if (!a.ticket_code.empty()) by_ticket[a.ticket_code] = a.id;
        if (!a.email.value.empty()) by_email[ascii_lower(a.email.value)] = a.id;
        if (a.ticket_code.empty() && a.email.value.empty()) by_bare_name[bare_name_key(a)] = a.id;
    }
};

// --- [SECTION] Import -------------------------------------------------------------------------------------

struct ImportRun {
    Store& store;
    const ColumnMapping& map;
    std::size_t header_width;
    const std::map<std::string, std::size_t>& order_email_uses;
    const ImportOptions& options;
    PeopleIndex index;
    ImportSummary& summary;

    std::string row_shape_error(const CsvRecord& rec) const {
        bool too_long = false;
        for (std::size_t i = header_width; i < rec.fields.size(); ++i) too_long = too_long || !trim(rec.fields[i]).empty();
        if (rec.fields.size() >= header_width && !too_long) return {};
        return "has " + std::to_string(rec.fields.size()) + " columns, the header has " + std::to_string(header_width);
    }

    std::size_t uses_of_order_email(const CsvRecord& rec) const {
        if (!map.order_email || map.order_email->index >= rec.fields.size()) return 0;
        const auto it = order_email_uses.find(ascii_lower(trim(rec.fields[map.order_email->index])));
        return it == order_email_uses.end() ? 0 : it->second;
    }

    // The stored attendee this row describes, if any; may clear the row's email (a shared family address).
    std::optional<Attendee> same_person(RowData& data, int line, std::vector<std::string>& warnings) {
        Attendee& a = data.a;
        if (!a.ticket_code.empty()) {
            if (const auto it = index.by_ticket.find(a.ticket_code); it != index.by_ticket.end()) return store.attendee(it->second);
        }
        if (a.email.value.empty()) {
            if (!a.ticket_code.empty()) return std::nullopt;
            const auto bare = index.by_bare_name.find(PeopleIndex::bare_name_key(a));
            if (bare == index.by_bare_name.end()) return std::nullopt;
            std::optional<Attendee> existing = store.attendee(bare->second);
            if (existing && existing->email.value.empty() && existing->ticket_code.empty()) return existing;
            return std::nullopt;
        }
        const auto it = index.by_email.find(ascii_lower(a.email.value));
        if (it == index.by_email.end()) return std::nullopt;
        std::optional<Attendee> existing = store.attendee(it->second);
        const bool other_ticket = existing && !existing->ticket_code.empty() && !a.ticket_code.empty();
        if (existing && !other_ticket && compatible_names(*existing, a)) return existing;
        warnings.push_back("same email as " + (existing ? existing->display_name : std::string("another row")) +
                           " but a different " + (other_ticket ? "ticket" : "name") +
                           ": imported as another person, without the email");
        a.email.value.clear();
        (void)line;
        return std::nullopt;
    }

    void row(const CsvRecord& rec) {
        ++summary.rows;
        if (!rec.error.empty()) return summary.skipped.push_back({rec.line, rec.error});
        if (std::string shape = row_shape_error(rec); !shape.empty()) return summary.skipped.push_back({rec.line, shape});
        RowData data;
        std::vector<std::string> warnings;
        if (std::string error = read_row(Row{map, rec.fields}, uses_of_order_email(rec), data, warnings); !error.empty())
            return summary.skipped.push_back({rec.line, error});
        // A savepoint per row: a row the store refuses is undone alone and reported; the import goes on.
        try {
            store.transaction([&] {
                if (std::optional<Attendee> existing = same_person(data, rec.line, warnings)) {
                    merge_into(*existing, data);
                    store.update_attendee(*existing);
                    index.add(*existing);
                    ++summary.merged;
                    summary.merges.push_back({rec.line, "same " + std::string(!data.a.ticket_code.empty() ? "ticket" : data.a.email.value.empty() ? "name" : "email") +
                                                            " as " + existing->display_name + " (id " +
                                                            std::to_string(existing->id) + "): merged"});
                    keep_for_preview(*existing);
                } else {
                    data.a.id = store.add_attendee(data.a);
                    index.add(data.a);
                    ++summary.imported;
                    keep_for_preview(data.a);
                }
            });
        } catch (const StoreError& e) {
            // Only a refusal of this row (duplicate, invalid value) skips it. Disk full, locked, damaged: the
            // whole import fails and rolls back, so a half-imported list never looks like a finished one.
            if (e.kind != StoreErrorKind::Invalid) throw;
            return summary.skipped.push_back({rec.line, e.what()});
        }
        for (std::string& w : warnings) summary.warnings.push_back({rec.line, std::move(w)});
    }

    void keep_for_preview(Attendee a) {
        if (static_cast<int>(summary.preview.size()) >= options.preview_rows) return;
        if (options.dry_run) a.id = 0;          // a dry run's ids are never real
        summary.preview.push_back(std::move(a));
    }
};

// A dry run throws this out of the transaction so the store rolls everything back.
struct DryRunRollback {};

std::map<std::string, std::size_t> count_order_emails(const ColumnMapping& map, const std::vector<CsvRecord>& rows) {
    std::map<std::string, std::size_t> uses;
    if (!map.order_email) return uses;
    for (const CsvRecord& r : rows) {
        if (r.error.empty() && map.order_email->index < r.fields.size()) {
            const std::string email = ascii_lower(trim(r.fields[map.order_email->index]));
            if (!email.empty()) ++uses[email];
        }
    }
    return uses;
}

} // namespace

ImportSummary import_attendees_csv(Store& store, std::string_view csv_text, const ImportOptions& options) {
    std::vector<CsvRecord> records = parse_csv(csv_text);
    if (records.empty()) throw ImportError("the file is empty: expected a header row such as Name,Email,Company");
    const CsvRecord header = records.front();
    if (!header.error.empty()) throw ImportError("line " + std::to_string(header.line) + ": " + header.error);
    records.erase(records.begin());

    ImportSummary summary;
    summary.dry_run = options.dry_run;
    try {
        summary.mapping = map_columns(header.fields, records, options.overrides);
    } catch (const MappingError& e) {
        throw ImportError(e.what());
    }
    const ColumnMapping& map = summary.mapping;
    if (!map.has(ImportField::Name) && !map.has(ImportField::GivenName) && !map.has(ImportField::FamilyName))
        throw ImportError("no name column in the header (looked for Name, Attendee name, Full name, or First "
                          "Name and Last Name; name one with --map \"Header=name\")\n" + describe(map));
    const auto order_email_uses = count_order_emails(map, records);

    try {
        store.transaction([&] {
            ImportRun run{store, map, header.fields.size(), order_email_uses, options, {}, summary};
            for (const Attendee& a : store.attendees()) run.index.add(a);
            for (const CsvRecord& rec : records) run.row(rec);
            const ListFacts facts{map.has(ImportField::Role), map.has(ImportField::Years)};
            summary.blockers = matching_blockers(store.attendees(), options.min_years_gap, facts);
            if (options.dry_run) throw DryRunRollback{};
        });
    } catch (const DryRunRollback&) {
        // Rolled back on purpose: the summary says what would have happened.
    }
    return summary;
}

ImportSummary import_attendees_csv_file(Store& store, const std::string& path, const ImportOptions& options) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImportError("cannot read " + path + ": " + std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw ImportError("cannot read " + path);
    return import_attendees_csv(store, text.str(), options);
}

// --- [SECTION] Describing ---------------------------------------------------------------------------------

std::string describe_counts(const ImportSummary& s) {
    std::ostringstream out;
    out << (s.dry_run ? "would import " : "imported ") << s.imported << ", merged " << s.merged << ", skipped "
        << s.skipped.size() << " (of " << s.rows << " rows)";
    return out.str();
}

std::string describe(const ImportSummary& s) {
    std::ostringstream out;
    if (s.dry_run) out << "dry run: nothing was stored\n";
    out << describe_counts(s) << "\n";
    out << "columns:\n" << describe(s.mapping);
    for (const std::string& b : s.blockers) out << "warning: " << b << "\n";
    for (const ImportIssue& i : s.skipped) out << "  line " << i.line << ": skipped: " << i.message << "\n";
    for (const ImportIssue& i : s.merges) out << "  line " << i.line << ": " << i.message << "\n";
    for (const ImportIssue& i : s.warnings) out << "  line " << i.line << ": " << i.message << "\n";
    if (s.dry_run && !s.preview.empty()) {
        out << "first rows as they would be stored:\n";
        for (const Attendee& a : s.preview) {
            out << "  " << a.display_name << " | " << (a.email.value.empty() ? "-" : a.email.value) << " | "
                << (a.organization.empty() ? "-" : a.organization) << " | " << role_key(a.role) << " | "
                << a.years_experience << " years";
            if (!a.ticket_code.empty()) out << " | ticket on file";
            if (a.mentor_capacity > 0) out << " | takes " << a.mentor_capacity;
            out << "\n";
        }
    }
    return out.str();
}

} // namespace mb
