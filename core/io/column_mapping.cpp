// core/io/column_mapping.cpp — see column_mapping.hpp for the rules.
//
// Index of sections:
//   [SECTION] Field keys
//   [SECTION] Known headers
//   [SECTION] Headers by meaning
//   [SECTION] Values
//   [SECTION] Mapping
#include "core/io/column_mapping.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <sstream>

#include "core/model/attendee.hpp"
#include "core/text/fold.hpp"
#include "core/text/person_name.hpp"
#include "core/util/strings.hpp"

namespace mb {

// --- [SECTION] Field keys ---------------------------------------------------------------------------------

namespace {

constexpr std::array<std::string_view, kImportFieldCount> kFieldKeys = {
    "name", "given_name", "family_name", "name_prefix", "name_latin", "email", "organization", "title",
    "role", "years", "field", "goals", "expertise", "location", "phone", "linkedin", "prefer_outside",
    "capacity", "ticket_code",
};

} // namespace

std::string_view import_field_key(ImportField f) { return kFieldKeys[static_cast<std::size_t>(f)]; }

std::optional<ImportField> parse_import_field_key(std::string_view key) {
    const std::string k = ascii_lower(trim(key));
    for (std::size_t i = 0; i < kFieldKeys.size(); ++i) {
        if (k == kFieldKeys[i]) return static_cast<ImportField>(i);
    }
    if (k == "first_name" || k == "first name" || k == "given name") return ImportField::GivenName;
    if (k == "last_name" || k == "last name" || k == "family name" || k == "surname") return ImportField::FamilyName;
    if (k == "company" || k == "employer") return ImportField::Organization;
    if (k == "years_experience" || k == "experience") return ImportField::Years;
    if (k == "mentor_capacity" || k == "max_mentees") return ImportField::Capacity;
    if (k == "ticket" || k == "barcode" || k == "secret") return ImportField::TicketCode;
    return std::nullopt;
}

std::string all_import_field_keys() {
    std::string out;
    for (std::string_view k : kFieldKeys) out += (out.empty() ? "" : ", ") + std::string(k);
    return out + ", ignore";
}

// Registration forms answer in sentences: "I'd like to mentor", "Be mentored", "Looking for a mentor".
std::optional<Role> parse_role_answer(std::string_view text) {
    if (auto r = parse_role(text)) return r;
    const std::string t = " " + fold_for_search(text) + " ";
    auto has = [&](const char* w) { return t.find(w) != std::string::npos; };
    if (has(" both ") || (has(" mentor ") && has(" mentee"))) return Role::Both;
    if (has(" mentee") || has(" mentored ") || has(" find a mentor ") || has(" looking for a mentor ") ||
        has(" need a mentor ") || has(" get mentored "))
        return Role::Mentee;
    if (has(" mentor ") || has(" mentoring ")) return Role::Mentor;
    return std::nullopt;
}

const MappedColumn* ColumnMapping::find(ImportField f) const {
    for (const MappedColumn& c : used) {
        if (c.field == f) return &c;
    }
    return nullptr;
}

namespace {

// --- [SECTION] Known headers ------------------------------------------------------------------------------

// A known header: the field it feeds, or none (an ID column, ignored with `why`).
struct KnownHeader {
    const char* folded;
    std::optional<ImportField> field;
    ColumnLevel level;
    const char* why = "";
};

using F = ImportField;
using L = ColumnLevel;
constexpr const char* kIdColumn = "an ID number, not a name or a ticket code";

const KnownHeader kKnownHeaders[] = {
    // Names. pretix: "Attendee name", "Attendee name: Given name" ...; Eventbrite: "First Name", "Buyer ...".
    {"name", F::Name, L::Neutral}, {"full name", F::Name, L::Neutral}, {"attendee name", F::Name, L::Attendee},
    {"display name", F::Name, L::Neutral}, {"participant name", F::Name, L::Attendee},
    {"attendee full name", F::Name, L::Attendee}, {"your name", F::Name, L::Neutral},
    {"attendee name given name", F::GivenName, L::Attendee}, {"attendee name family name", F::FamilyName, L::Attendee},
    {"attendee name title", F::NamePrefix, L::Attendee}, {"attendee name first name", F::GivenName, L::Attendee},
    {"attendee name last name", F::FamilyName, L::Attendee},
    {"first name", F::GivenName, L::Neutral}, {"firstname", F::GivenName, L::Neutral},
    {"given name", F::GivenName, L::Neutral}, {"forename", F::GivenName, L::Neutral}, {"first", F::GivenName, L::Neutral},
    {"last name", F::FamilyName, L::Neutral}, {"lastname", F::FamilyName, L::Neutral},
    {"surname", F::FamilyName, L::Neutral}, {"family name", F::FamilyName, L::Neutral}, {"last", F::FamilyName, L::Neutral},
    {"attendee first name", F::GivenName, L::Attendee}, {"attendee last name", F::FamilyName, L::Attendee},
    {"buyer first name", F::GivenName, L::Order}, {"buyer last name", F::FamilyName, L::Order},
    {"buyer name", F::Name, L::Order}, {"purchaser name", F::Name, L::Order},
    {"invoice address name", F::Name, L::Order}, {"order name", F::Name, L::Order},
    {"prefix", F::NamePrefix, L::Neutral}, {"salutation", F::NamePrefix, L::Neutral},
    {"honorific", F::NamePrefix, L::Neutral}, {"academic title", F::NamePrefix, L::Neutral},
    // Email.
    {"email", F::Email, L::Neutral}, {"e mail", F::Email, L::Neutral}, {"email address", F::Email, L::Neutral},
    {"e mail address", F::Email, L::Neutral}, {"work email", F::Email, L::Neutral},
    {"attendee email", F::Email, L::Attendee}, {"attendee e mail", F::Email, L::Attendee},
    {"buyer email", F::Email, L::Order}, {"order email", F::Email, L::Order}, {"purchaser email", F::Email, L::Order},
    // Organization, title.
    {"company", F::Organization, L::Neutral}, {"organization", F::Organization, L::Neutral},
    {"organisation", F::Organization, L::Neutral}, {"company name", F::Organization, L::Neutral},
    {"employer", F::Organization, L::Neutral}, {"institution", F::Organization, L::Neutral},
    {"affiliation", F::Organization, L::Neutral}, {"organization name", F::Organization, L::Neutral},
    {"attendee company", F::Organization, L::Attendee}, {"invoice address company", F::Organization, L::Order},
    {"job title", F::Title, L::Neutral}, {"title", F::Title, L::Neutral}, {"position", F::Title, L::Neutral},
    {"job position", F::Title, L::Neutral}, {"jobtitle", F::Title, L::Neutral},
    // Mentoring.
    {"role", F::Role, L::Neutral}, {"mentoring role", F::Role, L::Neutral}, {"participation", F::Role, L::Neutral},
    {"attending as", F::Role, L::Neutral}, {"mentor or mentee", F::Role, L::Neutral},
    {"years", F::Years, L::Neutral}, {"experience", F::Years, L::Neutral},
    {"field", F::Field, L::Neutral}, {"specialty", F::Field, L::Neutral}, {"speciality", F::Field, L::Neutral},
    {"discipline", F::Field, L::Neutral}, {"department", F::Field, L::Neutral},
    {"goals", F::Goals, L::Neutral}, {"milestones", F::Goals, L::Neutral}, {"seeking advice on", F::Goals, L::Neutral},
    {"advice wanted", F::Goals, L::Neutral},
    {"expertise", F::Expertise, L::Neutral}, {"can advise on", F::Expertise, L::Neutral},
    {"mentor expertise", F::Expertise, L::Neutral},
    {"location", F::Location, L::Neutral}, {"city", F::Location, L::Neutral}, {"region", F::Location, L::Neutral},
    {"phone", F::Phone, L::Neutral}, {"phone number", F::Phone, L::Neutral}, {"mobile", F::Phone, L::Neutral},
    {"attendee phone", F::Phone, L::Attendee}, {"invoice address phone", F::Phone, L::Order},
    {"linkedin", F::LinkedIn, L::Neutral}, {"linkedin url", F::LinkedIn, L::Neutral},
    {"prefer outside", F::PreferOutside, L::Neutral},
    {"max mentees", F::Capacity, L::Neutral}, {"mentor capacity", F::Capacity, L::Neutral},
    {"capacity", F::Capacity, L::Neutral},
    // Ticket codes: pretix "Secret"/"Ticket secret", Eventbrite "Barcode #", Hi.Events "Public ID" (what its
    // ticket QR encodes, e.g. A-4KXJ2Q; the ticket shows it labelled "Ticket ID"). Hi.Events' own "Ticket ID"
    // column is the ticket *type* (newer versions call it "Product ID"), so "ticket id" is only neutral: an
    // attendee-level code column beats it, and ticket_codes_misfit() refuses it when its values repeat.
    // Attendize's attendee export carries no code (its QR holds a private reference it does not export).
    {"secret", F::TicketCode, L::Attendee}, {"ticket secret", F::TicketCode, L::Attendee},
    {"barcode", F::TicketCode, L::Attendee}, {"ticket barcode", F::TicketCode, L::Attendee},
    {"public id", F::TicketCode, L::Attendee},
    {"ticket id", F::TicketCode, L::Neutral}, {"ticket code", F::TicketCode, L::Attendee},
    {"ticket number", F::TicketCode, L::Attendee}, {"qr code", F::TicketCode, L::Attendee},
    {"romanized name", F::NameLatin, L::Attendee}, {"romanised name", F::NameLatin, L::Attendee},
    {"name in latin script", F::NameLatin, L::Attendee}, {"latin name", F::NameLatin, L::Attendee},
    // IDs and order data: recognised so that nothing guesses a field from them.
    {"attendee", std::nullopt, L::Neutral, kIdColumn}, {"attendee id", std::nullopt, L::Neutral, kIdColumn},
    {"attendee no", std::nullopt, L::Neutral, kIdColumn}, {"order", std::nullopt, L::Neutral, kIdColumn},
    {"order id", std::nullopt, L::Neutral, kIdColumn}, {"order code", std::nullopt, L::Neutral, kIdColumn},
    {"order number", std::nullopt, L::Neutral, kIdColumn}, {"order no", std::nullopt, L::Neutral, kIdColumn},
    {"position id", std::nullopt, L::Neutral, kIdColumn}, {"registration id", std::nullopt, L::Neutral, kIdColumn},
    {"id", std::nullopt, L::Neutral, kIdColumn}, {"attendee status", std::nullopt, L::Neutral, "not an attendee field"},
    {"ticket type", std::nullopt, L::Neutral, "not an attendee field"},
    {"name title", std::nullopt, L::Neutral, "ambiguous between an honorific and a job title"},
};

// --- [SECTION] Headers by meaning -------------------------------------------------------------------------

using Words = std::set<std::string>;

Words words_of(const std::string& folded) {
    Words out;
    for (std::string_view w : split_any(folded, " ")) {
        if (!w.empty()) out.emplace(w);
    }
    return out;
}

bool has_any(const Words& words, std::initializer_list<const char*> wanted) {
    return std::any_of(wanted.begin(), wanted.end(), [&](const char* w) { return words.count(w) != 0; });
}

std::string first_of(const Words& words, std::initializer_list<const char*> wanted) {
    for (const char* w : wanted) {
        if (words.count(w)) return w;
    }
    return {};
}

ColumnLevel level_of(const Words& w) {
    if (has_any(w, {"buyer", "order", "purchaser", "invoice", "billing", "booker", "payer", "orderer"}))
        return ColumnLevel::Order;
    if (has_any(w, {"attendee", "participant", "holder", "guest"})) return ColumnLevel::Attendee;
    return ColumnLevel::Neutral;
}

struct Guess {
    ImportField field;
    std::string because;
};

// Every field the header's words suggest. More than one means ambiguous.
std::vector<Guess> guesses_by_meaning(const Words& w) {
    std::vector<Guess> out;
    auto add = [&](ImportField f, std::string because) {
        for (const Guess& g : out) {
            if (g.field == f) return;
        }
        out.push_back({f, std::move(because)});
    };
    const bool yearish = has_any(w, {"year", "years", "yrs"});
    const auto practice = {"experience", "practice", "practise", "practising", "practicing", "practised",
                           "practiced", "career", "profession", "professional", "working", "work", "clinical",
                           "industry", "leadership", "management", "medicine", "experienced"};
    if (yearish && has_any(w, {"graduation", "graduated", "birth", "born", "age"})) return {};
    // "years" alone is counted as a years guess too, so "Years at your hospital" comes out ambiguous.
    if (yearish) add(F::Years, first_of(w, {"year", "years", "yrs"}) + (has_any(w, practice) ? " + " + first_of(w, practice) : ""));
    if (has_any(w, {"phone", "mobile", "cell", "cellphone", "telephone", "tel", "whatsapp"}))
        add(F::Phone, first_of(w, {"phone", "mobile", "cell", "cellphone", "telephone", "tel", "whatsapp"}));
    if (has_any(w, {"employer", "company", "organization", "organisation", "institution", "affiliation", "hospital",
                    "workplace", "firm"}))
        add(F::Organization, first_of(w, {"employer", "company", "organization", "organisation", "institution",
                                          "affiliation", "hospital", "workplace", "firm"}));
    if (has_any(w, {"email", "mail"})) add(F::Email, "email");
    if (w.count("linkedin")) add(F::LinkedIn, "linkedin");
    if (has_any(w, {"specialty", "speciality", "discipline", "specialisation", "specialization", "department"}))
        add(F::Field, first_of(w, {"specialty", "speciality", "discipline", "specialisation", "specialization",
                                   "department"}));
    if (has_any(w, {"job", "occupation"}) || (w.count("title") && !w.count("name")))
        add(F::Title, first_of(w, {"job", "occupation", "title"}));
    if (has_any(w, {"romanized", "romanised", "romanization", "romanisation", "pinyin", "latin"}) && w.count("name"))
        add(F::NameLatin, first_of(w, {"romanized", "romanised", "romanization", "romanisation", "pinyin", "latin"}));
    if (has_any(w, {"location", "city", "region", "country", "based"}))
        add(F::Location, first_of(w, {"location", "city", "region", "country", "based"}));
    if (has_any(w, {"ticket", "barcode", "secret"}) && !w.count("type") && !w.count("price"))
        add(F::TicketCode, first_of(w, {"ticket", "barcode", "secret"}));

    const bool mentoring = has_any(w, {"mentor", "mentee", "mentees", "mentoring", "mentored", "mentors"});
    if (mentoring && has_any(w, {"capacity", "max", "maximum", "many", "number"})) add(F::Capacity, "mentees + how many");
    else if (has_any(w, {"outside"})) add(F::PreferOutside, "outside");
    else if (has_any(w, {"expertise", "advise", "offer"})) add(F::Expertise, first_of(w, {"expertise", "advise", "offer"}));
    else if (has_any(w, {"advice", "goal", "goals", "milestone", "milestones"}))
        add(F::Goals, first_of(w, {"advice", "goal", "goals", "milestone", "milestones"}));
    else if (mentoring) add(F::Role, "mentor/mentee");

    // "Prefer a mentor from outside your organization?" names the organization only as the thing to avoid.
    if (std::any_of(out.begin(), out.end(), [](const Guess& g) { return g.field == F::PreferOutside; }))
        std::erase_if(out, [](const Guess& g) { return g.field == F::Organization; });
    if (w.count("name") && out.empty()) {
        if (has_any(w, {"first", "given", "forename"})) add(F::GivenName, "name + " + first_of(w, {"first", "given", "forename"}));
        else if (has_any(w, {"last", "family", "surname"})) add(F::FamilyName, "name + " + first_of(w, {"last", "family", "surname"}));
        else if (has_any(w, {"full", "attendee", "participant", "your"})) add(F::Name, "name");
    }
    return out;
}

// --- [SECTION] Values -------------------------------------------------------------------------------------

bool is_whole_number(std::string_view s) {
    s = trim(s);
    if (s.empty()) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Why the cells do not fit the field ("" if they do): mostly numbers in a name column, mostly non-addresses
// in an email column. Empty cells do not count either way.
std::string values_misfit(ImportField field, std::size_t column, const std::vector<CsvRecord>& rows) {
    const bool is_name = field == F::Name || field == F::GivenName || field == F::FamilyName;
    if (!is_name && field != F::Email) return {};
    int filled = 0, misfit = 0;
    std::string example;
    for (const CsvRecord& r : rows) {
        if (!r.error.empty() || column >= r.fields.size() || trim(r.fields[column]).empty()) continue;
        ++filled;
        const std::string_view cell = trim(r.fields[column]);
        const bool bad = is_name ? is_whole_number(cell) : !looks_like_email(cell);
        if (bad) {
            ++misfit;
            if (example.empty()) example = std::string(cell);
        }
    }
    if (filled == 0 || misfit * 2 <= filled) return {};
    return std::to_string(misfit) + " of " + std::to_string(filled) + " cells are " +
           (is_name ? "numbers" : "not email addresses") + " (e.g. \"" + example + "\"), so not " +
           std::string(import_field_key(field));
}

// Ticket codes identify one person each: a column whose values repeat (a ticket *type* ID, as Hi.Events'
// "Ticket ID" is) would merge strangers, so it is refused when more than one value in ten repeats.
std::string ticket_codes_misfit(std::size_t column, const std::vector<CsvRecord>& rows) {
    std::map<std::string, int> seen;
    int filled = 0, repeats = 0;
    std::string example;
    for (const CsvRecord& r : rows) {
        if (!r.error.empty() || column >= r.fields.size() || trim(r.fields[column]).empty()) continue;
        ++filled;
        if (++seen[std::string(trim(r.fields[column]))] == 2) {
            ++repeats;
            if (example.empty()) example = std::string(trim(r.fields[column]));
        }
    }
    if (filled == 0 || repeats * 10 <= filled) return {};
    return "values repeat (e.g. \"" + example + "\"), so they are not one code per ticket";
}

// A custom question the header does not name ("How would you like to take part?") whose every answer is a
// role: at least two filled cells, each a plain role word (parse_role(), not the sentence reader).
bool cells_are_role_answers(std::size_t column, const std::vector<CsvRecord>& rows) {
    int filled = 0;
    for (const CsvRecord& r : rows) {
        if (!r.error.empty() || column >= r.fields.size() || trim(r.fields[column]).empty()) continue;
        ++filled;
        if (!parse_role(r.fields[column])) return false;     // strict: "Mentor ticket" is a product, not an answer
    }
    return filled >= 2;
}

int filled_cells(std::size_t column, const std::vector<CsvRecord>& rows) {
    int filled = 0;
    for (const CsvRecord& r : rows) filled += r.error.empty() && column < r.fields.size() && !trim(r.fields[column]).empty();
    return filled;
}

// Indico's "Title" is the personal title ("Dr", "Prof"), not the job title: true when most cells are honorifics.
bool cells_are_honorifics(std::size_t column, const std::vector<CsvRecord>& rows) {
    int filled = 0, honorifics = 0;
    for (const CsvRecord& r : rows) {
        if (!r.error.empty() || column >= r.fields.size() || trim(r.fields[column]).empty()) continue;
        ++filled;
        if (is_honorific_word(trim(r.fields[column]))) ++honorifics;
    }
    return filled > 0 && honorifics * 2 > filled;
}

// --- [SECTION] Mapping ------------------------------------------------------------------------------------

struct Candidate {
    MappedColumn column;
    int exactness = 0;            // 2 = --map, 1 = known header, 0 = by meaning
    bool empty = false;           // no data row has a value in it
};

// An empty column loses to one with answers (pretix's unused "Company" beside the custom question
// "Employer / institution"); then level, exactness, position.
bool better(const Candidate& a, const Candidate& b) {
    if (a.exactness == 2 || b.exactness == 2) return a.exactness > b.exactness;
    if (a.empty != b.empty) return !a.empty;
    if (a.column.level != b.column.level) return a.column.level > b.column.level;
    if (a.exactness != b.exactness) return a.exactness > b.exactness;
    return a.column.index < b.column.index;
}

std::string level_text(ColumnLevel l) {
    return l == ColumnLevel::Attendee ? "attendee-level" : l == ColumnLevel::Order ? "order-level" : "";
}

} // namespace

std::vector<ColumnOverride> parse_column_overrides(const std::vector<std::string>& specs) {
    std::vector<ColumnOverride> out;
    for (const std::string& spec : specs) {
        const auto eq = spec.rfind('=');
        if (eq == std::string::npos || trim(std::string_view(spec).substr(0, eq)).empty())
            throw MappingError("--map \"" + spec + "\": expected \"Header=field\", e.g. \"Years in practice=years\"");
        ColumnOverride o;
        o.header = std::string(trim(std::string_view(spec).substr(0, eq)));
        const std::string key(trim(std::string_view(spec).substr(eq + 1)));
        if (ascii_lower(key) != "ignore") {
            o.field = parse_import_field_key(key);
            if (!o.field)
                throw MappingError("--map \"" + spec + "\": \"" + key + "\" is not a field; use one of " +
                                   all_import_field_keys());
        }
        out.push_back(std::move(o));
    }
    return out;
}

ColumnMapping map_columns(const std::vector<std::string>& header, const std::vector<CsvRecord>& rows,
                          const std::vector<ColumnOverride>& overrides) {
    std::vector<std::string> folded(header.size());
    for (std::size_t i = 0; i < header.size(); ++i) folded[i] = fold_for_search(header[i]);
    std::map<std::size_t, const ColumnOverride*> override_of;
    for (const ColumnOverride& o : overrides) {
        const std::string want = fold_for_search(o.header);
        const auto it = std::find(folded.begin(), folded.end(), want);
        if (it == folded.end()) throw MappingError("--map: the file has no column \"" + o.header + "\"");
        override_of[static_cast<std::size_t>(it - folded.begin())] = &o;
    }

    ColumnMapping out;
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < header.size(); ++i) {
        auto ignore = [&](std::string reason) { out.ignored.push_back({i, header[i], std::move(reason)}); };
        if (folded[i].empty()) {
            ignore("no header");
            continue;
        }
        if (const auto it = override_of.find(i); it != override_of.end()) {
            if (!it->second->field) ignore("--map says ignore");
            else candidates.push_back({{i, header[i], *it->second->field, level_of(words_of(folded[i])), "--map"}, 2});
            continue;
        }
        const auto known = std::find_if(std::begin(kKnownHeaders), std::end(kKnownHeaders),
                                        [&](const KnownHeader& k) { return folded[i] == k.folded; });
        if (known != std::end(kKnownHeaders)) {
            if (!known->field) ignore(known->why);
            else candidates.push_back({{i, header[i], *known->field, known->level, "known header"}, 1});
            continue;
        }
        const Words words = words_of(folded[i]);
        const std::vector<Guess> guesses = guesses_by_meaning(words);
        if (guesses.empty() && cells_are_role_answers(i, rows)) {
            candidates.push_back({{i, header[i], F::Role, level_of(words), "by values: every answer is mentor, mentee or both"}, 0});
        } else if (guesses.empty()) {
            ignore("not an attendee field");
        } else if (guesses.size() > 1) {
            std::string fields;
            for (const Guess& g : guesses) fields += (fields.empty() ? "" : " or ") + std::string(import_field_key(g.field));
            ignore("could be " + fields + ": say which with --map \"" + header[i] + "=FIELD\"");
        } else {
            candidates.push_back({{i, header[i], guesses[0].field, level_of(words), "by meaning: " + guesses[0].because}, 0});
        }
    }

    for (Candidate& c : candidates) {
        if (c.column.field == F::Title && c.exactness < 2 && cells_are_honorifics(c.column.index, rows)) {
            c.column.field = F::NamePrefix;
            c.column.how += "; the cells are honorifics";
        }
    }
    // An attendee-level column demotes neutral ones of the same field to order-level (see the header).
    for (Candidate& c : candidates) {
        const bool attendee_level_exists = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& o) {
            return o.column.field == c.column.field && o.column.level == ColumnLevel::Attendee;
        });
        if (attendee_level_exists && c.column.level == ColumnLevel::Neutral && c.exactness < 2) c.column.level = ColumnLevel::Order;
    }
    for (Candidate& c : candidates) c.empty = filled_cells(c.column.index, rows) == 0;
    std::stable_sort(candidates.begin(), candidates.end(), better);
    for (const Candidate& c : candidates) {
        const MappedColumn* winner = out.find(c.column.field);
        if (winner) {
            if (c.column.field == F::Email && c.column.level == ColumnLevel::Order && !out.order_email &&
                values_misfit(F::Email, c.column.index, rows).empty()) {
                out.order_email = c.column;
                continue;
            }
            const bool name_field = c.column.field == F::Name || c.column.field == F::GivenName || c.column.field == F::FamilyName;
            if (name_field && c.column.level == ColumnLevel::Order) out.order_names.push_back(c.column);
            out.ignored.push_back({c.column.index, c.column.header,
                                   std::string(import_field_key(c.column.field)) + " comes from \"" + winner->header + "\"" +
                                       (name_field && c.column.level == ColumnLevel::Order
                                            ? " (the buyer's name only tells whether the order's email is the attendee's)"
                                            : "")});
            continue;
        }
        std::string misfit = c.column.field == F::TicketCode ? ticket_codes_misfit(c.column.index, rows)
                                                              : values_misfit(c.column.field, c.column.index, rows);
        if (!misfit.empty()) {
            out.ignored.push_back({c.column.index, c.column.header, std::move(misfit)});
            continue;
        }
        out.used.push_back(c.column);
    }
    std::sort(out.used.begin(), out.used.end(), [](const MappedColumn& a, const MappedColumn& b) { return a.index < b.index; });
    std::sort(out.ignored.begin(), out.ignored.end(), [](const IgnoredColumn& a, const IgnoredColumn& b) { return a.index < b.index; });
    return out;
}

std::string describe(const ColumnMapping& m) {
    std::ostringstream out;
    auto line = [&](const MappedColumn& c, const std::string& role) {
        std::string how = level_text(c.level);
        how += (how.empty() ? "" : ", ") + c.how;
        out << "  column \"" << c.header << "\" -> " << role << " (" << how << ")\n";
    };
    for (const MappedColumn& c : m.used) line(c, std::string(import_field_key(c.field)));
    if (m.order_email) line(*m.order_email, "email when the attendee email is empty and no one else in the order has it");
    for (const IgnoredColumn& c : m.ignored) out << "  column \"" << c.header << "\" ignored: " << c.reason << "\n";
    return out.str();
}

} // namespace mb
