// core/kiosk/import_hook.cpp — runs core/io's CSV import for the organizer screen and words the outcome.
#include "core/kiosk/import_hook.hpp"

#include "core/io/attendee_import.hpp"

namespace mb::kiosk {

namespace {
constexpr std::size_t kIssuesShown = 3;          // a screen is not a log file; the rest is counted
} // namespace

ImportOutcome import_attendees_from_path(Store& store, const std::filesystem::path& csv) {
    try {
        const ImportSummary s = import_attendees_csv_file(store, csv.string());
        std::string message = "Imported " + std::to_string(s.imported) + " new, merged " +
                               std::to_string(s.merged) + ", skipped " + std::to_string(s.skipped.size()) + ".";
        for (const std::string& b : s.blockers) message += "\nWarning: " + b;
        for (std::size_t i = 0; i < s.skipped.size() && i < kIssuesShown; ++i) {
            message += "\nLine " + std::to_string(s.skipped[i].line) + ": " + s.skipped[i].message;
        }
        if (s.skipped.size() > kIssuesShown)
            message += "\n(" + std::to_string(s.skipped.size() - kIssuesShown) + " more skipped rows)";
        return {true, message};
    } catch (const std::exception& e) {
        return {false, std::string("Nothing was imported: ") + e.what()};
    }
}

ImportOutcome check_import_from_path(Store& store, const std::filesystem::path& csv) {
    try {
        ImportOptions options;
        options.dry_run = true;
        const ImportSummary s = import_attendees_csv_file(store, csv.string(), options);
        std::string columns;
        for (const MappedColumn& c : s.mapping.used)
            columns += (columns.empty() ? "" : ", ") + c.header + " \u2192 " + std::string(import_field_key(c.field));
        std::string message = "Checked: would import " + std::to_string(s.imported) + " new, merge " +
                              std::to_string(s.merged) + ", skip " + std::to_string(s.skipped.size()) + ".";
        message += "\nColumns: " + columns + ".";
        if (!s.mapping.ignored.empty()) message += "\nIgnored: " + std::to_string(s.mapping.ignored.size()) + " columns.";
        for (const std::string& b : s.blockers) message += "\nWarning: " + b;
        if (!s.skipped.empty())
            message += "\nLine " + std::to_string(s.skipped[0].line) + ": " + s.skipped[0].message;
        message += "\nTap Import again to store them.";
        return {true, message};
    } catch (const std::exception& e) {
        return {false, std::string("This file cannot be imported: ") + e.what()};
    }
}

} // namespace mb::kiosk
