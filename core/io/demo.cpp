// core/io/demo.cpp — see demo.hpp.
#include "core/io/demo.hpp"

#include <array>
#include <string>
#include <unordered_set>

#include "core/text/fold.hpp"

namespace mb {

namespace {

// splitmix64: tiny, fast, and identical on every platform (std:: distributions are not).
struct Rng {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <class C> const auto& pick(const C& c) { return c[static_cast<std::size_t>(below(static_cast<int>(c.size())))]; }
};

constexpr std::array<const char*, 40> kGiven{
    "Zoë", "Seán", "Minh", "Ana", "José", "Chloé", "Łukasz", "Søren", "Aoife", "Mehmet", "Priya", "Kwame",
    "Ingrid", "Mateo", "Amélie", "Björn", "Fatima", "Hiroshi", "Olumide", "Renée", "Tomás", "Yasmin",
    "Dmitri", "Grace", "Lucía", "Niamh", "Jürgen", "Thảo", "Ngọc", "Emeka", "Sofía", "Rahul", "Elif",
    "Marguerite", "Oskar", "Hannah", "Daniel", "Mariam", "Chidi", "Laura"};
constexpr std::array<const char*, 40> kFamily{
    "Ñúñez", "O'Brien", "Nguyễn", "García", "Müller", "Dubois", "Kowalski", "Sørensen", "Ó Briain", "Yılmaz",
    "Patel", "Mensah", "Johansson", "Fernández", "Lefèvre", "Åkesson", "Haddad", "Tanaka", "Adeyemi",
    "Côté", "Ramírez", "Khalil", "Ivanov", "Chen", "Martínez", "Kavanagh", "Schäfer", "Trần", "Phạm",
    "Okafor", "López", "Sharma", "Demir", "Beaumont", "Nowak", "Weiß", "Cohen", "Hosseini", "Eze", "Rossi"};
constexpr std::array<const char*, 24> kOrgStems{
    "St. Mary's", "Lakeside", "Northwind", "Riverside", "Mercy", "Summit", "Harbor", "Valley", "Pinecrest",
    "Kingsbridge", "Bayview", "Highland", "Cedar", "Meridian", "Clearwater", "Oakridge", "Maple Grove",
    "Silverlake", "Brookfield", "Westgate", "Fairhaven", "Eastwood", "Stonebridge", "Greenfield"};
constexpr std::array<const char*, 6> kOrgKinds{
    "Health System", "Medical Center", "Hospital", "Clinic, Inc.", "Physicians Group", "University Hospital"};
constexpr std::array<const char*, 12> kFields{
    "Cardiology", "Internal Medicine", "Pediatrics", "Emergency Medicine", "Oncology", "Family Medicine",
    "Radiology", "Surgery", "Psychiatry", "Anesthesiology", "Neurology", "Obstetrics"};
constexpr std::array<const char*, 12> kLocations{
    "Boston, MA", "Chicago, IL", "Seattle, WA", "Atlanta, GA", "Denver, CO", "Houston, TX", "Toronto, ON",
    "Dublin", "San Diego, CA", "Minneapolis, MN", "Phoenix, AZ", "Philadelphia, PA"};
constexpr std::array<const char*, 4> kJuniorTitles{"Resident Physician", "Attending Physician", "Staff Physician",
                                                   "Clinical Fellow"};
constexpr std::array<const char*, 4> kMidTitles{"Associate Medical Director", "Section Chief", "Medical Director",
                                                "Quality Improvement Lead"};
constexpr std::array<const char*, 5> kSeniorTitles{"Chief Medical Officer", "Vice President, Medical Affairs",
                                                   "Chief Quality Officer", "Department Chair",
                                                   "Senior Vice President, Clinical Operations"};

Role pick_role(Rng& rng) {
    const int r = rng.below(100);
    return r < 40 ? Role::Mentor : (r < 85 ? Role::Mentee : Role::Both);
}

int pick_years(Rng& rng, Role role) {
    switch (role) {
    case Role::Mentor: return 8 + rng.below(28);       // 8..35
    case Role::Mentee: return rng.below(12);           // 0..11
    case Role::Both: return 6 + rng.below(14);         // 6..19
    }
    return 0;
}

const char* pick_title(Rng& rng, int years) {
    if (years < 8) return rng.pick(kJuniorTitles);
    if (years < 18) return rng.pick(kMidTitles);
    return rng.pick(kSeniorTitles);
}

GoalSet pick_goals(Rng& rng, int min_count, int max_count) {
    GoalSet s;
    const int n = min_count + rng.below(max_count - min_count + 1);
    while (s.count() < n) s.add(static_cast<Goal>(rng.below(kGoalCount)));
    return s;
}

// An email local part a mail server would accept: the folded name with dots, plus a unique number.
std::string demo_email(const std::string& given, const std::string& family, int n) {
    std::string local;
    for (char c : fold_for_search(given + "." + family)) local += (c == ' ') ? '.' : c;
    return local + "+" + std::to_string(n) + "@demo.example";
}

} // namespace

std::vector<Attendee> make_demo_attendees(int count, std::uint64_t seed) {
    Rng rng{seed * 0x2545F4914F6CDD1Dull + 7};
    const int org_count = std::max(2, count / 20);
    std::vector<std::string> orgs;
    for (int i = 0; i < org_count; ++i) {
        std::string name = std::string(kOrgStems[static_cast<std::size_t>(i) % kOrgStems.size()]) + " " +
                           kOrgKinds[static_cast<std::size_t>(i / static_cast<int>(kOrgStems.size())) % kOrgKinds.size()];
        if (i >= static_cast<int>(kOrgStems.size() * kOrgKinds.size())) name += " " + std::to_string(i);
        orgs.push_back(std::move(name));
    }
    std::vector<Attendee> out;
    out.reserve(static_cast<std::size_t>(count));
    std::unordered_set<std::string> names;                    // two "Fatima Trần" on one board confuse people
    for (int i = 0; i < count; ++i) {
        Attendee a;
        std::string given, family;
        for (int attempt = 0; attempt < 8; ++attempt) {       // a few tries; a huge demo may repeat names
            given = rng.pick(kGiven);
            family = rng.pick(kFamily);
            if (!names.count(given + " " + family)) break;
        }
        a.display_name = given + " " + family;
        names.insert(a.display_name);
        a.role = pick_role(rng);
        a.years_experience = pick_years(rng, a.role);
        a.organization = orgs[static_cast<std::size_t>(rng.below(org_count))];
        a.title = pick_title(rng, a.years_experience);
        a.field = rng.pick(kFields);
        a.location = rng.pick(kLocations);
        if (a.role != Role::Mentor) a.goals = pick_goals(rng, 1, 3);
        if (a.role != Role::Mentee) a.expertise = pick_goals(rng, 2, 4);
        a.prefer_outside_org = rng.chance(85);
        a.email = {demo_email(given, family, i + 1), rng.chance(70)};
        a.phone = {rng.chance(60) ? "+1 555 01" + std::to_string(10 + rng.below(90)) : "", false};
        a.phone.shared = !a.phone.value.empty() && rng.chance(30);
        a.linkedin_url = {rng.chance(50) ? "https://www.linkedin.com/in/demo-" + std::to_string(i + 1) : "", false};
        a.linkedin_url.shared = !a.linkedin_url.value.empty() && rng.chance(60);
        a.share_organization = rng.chance(80);
        a.share_title = rng.chance(60);
        out.push_back(std::move(a));
    }
    return out;
}

DemoResult generate_demo_event(Store& store, const DemoOptions& options) {
    if (options.attendees < 1 || options.attendees > 100000)
        throw StoreError("a demo event has 1 to 100000 attendees (asked for " + std::to_string(options.attendees) + ")");
    if (options.checked_in_percent < 0 || options.checked_in_percent > 100)
        throw StoreError("checked-in share must be 0..100 percent");
    DemoResult result;
    const std::vector<Attendee> people = make_demo_attendees(options.attendees, options.seed);
    Rng rng{options.seed ^ 0xC0FFEEull};
    store.transaction([&] {
        if (!store.setting("event_name")) store.set_setting("event_name", options.event_name);
        for (const Attendee& a : people) {
            const AttendeeId id = store.add_attendee(a);
            ++result.created;
            if (rng.chance(options.checked_in_percent)) {
                store.check_in(id, "demo");
                ++result.checked_in;
            }
        }
    });
    return result;
}

} // namespace mb
