// tests/match/test_matcher.cpp — the live Matcher: exactness after every command, board validity, stability,
// locks, likes/declines, history.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "brute_force.hpp"
#include "core/match/matcher.hpp"

using namespace mb;
using namespace mb::testing;

namespace {

Attendee random_attendee(AttendeeId id, std::mt19937_64& rng) {
    std::uniform_int_distribution<int> pick(0, 1 << 20);
    const char* orgs[] = {"", "Mayo Clinic", "Kaiser", "Partners", "Cleveland Clinic"};
    const char* fields[] = {"Cardiology", "Oncology", "Nursing"};
    const char* places[] = {"Boston, MA", "Austin, TX", "Dallas, TX"};
    const char* titles[] = {"CEO", "Director of Care", "Senior Nurse", "Resident"};
    Attendee a;
    a.id = id;
    a.display_name = "Person " + std::to_string(id);
    const int r = pick(rng) % 100;
    a.role = r < 40 ? Role::Mentor : (r < 85 ? Role::Mentee : Role::Both);
    a.years_experience = pick(rng) % 30;
    a.goals.bits = static_cast<std::uint32_t>(pick(rng) % 128);
    a.expertise.bits = static_cast<std::uint32_t>(pick(rng) % 128);
    a.organization = orgs[pick(rng) % 5];
    a.field = fields[pick(rng) % 3];
    a.location = places[pick(rng) % 3];
    a.title = titles[pick(rng) % 4];
    return a;
}

// Independent reference: the best total over present people via explain_pair and subset DP, with the locked
// pairs held as they are.
std::int64_t reference_optimum(Matcher& m, const std::map<AttendeeId, Attendee>& present) {
    const SuggestionSet s = m.suggestions();
    std::set<AttendeeId> locked;
    std::int64_t locked_total = 0;
    for (const Suggestion& p : s.pairs) {
        if (p.lock == LockKind::None) continue;
        locked.insert(p.mentor);
        locked.insert(p.mentee);
        locked_total += p.score;
    }
    std::vector<const Attendee*> free;
    for (const auto& [id, a] : present) {
        if (!locked.count(id)) free.push_back(&a);
    }
    std::vector<WeightedEdge> edges;
    for (std::size_t i = 0; i < free.size(); ++i) {
        for (std::size_t j = i + 1; j < free.size(); ++j) {
            const Attendee& a = *free[i];
            const Attendee& b = *free[j];
            const ScoredPair ab = explain_pair(a, b, m.relation(a.id, b.id), m.settings());
            const ScoredPair ba = explain_pair(b, a, m.relation(b.id, a.id), m.settings());
            const int w = std::max(ab.block == PairBlock::None ? ab.score : 0, ba.block == PairBlock::None ? ba.score : 0);
            if (w > 0) edges.push_back({static_cast<int>(i), static_cast<int>(j), w});
        }
    }
    return brute_force_max_weight(static_cast<int>(free.size()), edges) + locked_total;
}

// Every pair allowed (unless organizer-locked), everyone at most once, waiting = present minus paired.
void check_board(const Matcher& m, const std::map<AttendeeId, Attendee>& present) {
    const SuggestionSet s = m.suggestions();
    std::set<AttendeeId> seen;
    std::int64_t total = 0;
    for (const Suggestion& p : s.pairs) {
        REQUIRE(present.count(p.mentor));
        REQUIRE(present.count(p.mentee));
        REQUIRE(seen.insert(p.mentor).second);
        REQUIRE(seen.insert(p.mentee).second);
        total += p.score;
        if (p.lock == LockKind::Organizer) continue;
        const ScoredPair e = explain_pair(present.at(p.mentor), present.at(p.mentee), m.relation(p.mentor, p.mentee),
                                          m.settings());
        REQUIRE(e.block == PairBlock::None);
        REQUIRE(e.score == p.score);
        REQUIRE(!p.reasons.empty());
    }
    for (AttendeeId w : s.waiting) REQUIRE(seen.insert(w).second);
    REQUIRE(seen.size() == present.size());
    REQUIRE(total == s.total);
    REQUIRE(s.total <= s.optimum_bound);
}

std::set<std::pair<AttendeeId, AttendeeId>> pair_set(const Matcher& m) {
    std::set<std::pair<AttendeeId, AttendeeId>> out;
    for (const Suggestion& p : m.suggestions().pairs) out.insert({p.mentor, p.mentee});
    return out;
}

} // namespace

TEST_CASE("matcher: with a zero threshold the board is exactly optimal after every command") {
    std::mt19937_64 rng(1234);
    std::uniform_int_distribution<int> pick(0, 1 << 20);
    MatchSettings settings;
    settings.reshuffle_gain_percent = 0;
    for (int trial = 0; trial < 60; ++trial) {
        Matcher m(settings);
        std::map<AttendeeId, Attendee> present;
        AttendeeId next_id = 1;
        for (int step = 0; step < 30; ++step) {
            const int op = pick(rng) % 10;
            if (op < 5 || present.size() < 2) {
                if (present.size() >= 12) continue;
                const Attendee a = random_attendee(next_id++, rng);
                present[a.id] = a;
                m.add_attendee(a);
            } else if (op < 6) {
                auto it = std::next(present.begin(), pick(rng) % static_cast<int>(present.size()));
                REQUIRE(m.remove_attendee(it->first));
                present.erase(it);
            } else {
                const auto a = std::next(present.begin(), pick(rng) % static_cast<int>(present.size()))->first;
                const auto b = std::next(present.begin(), pick(rng) % static_cast<int>(present.size()))->first;
                const Preference prefs[] = {Preference::Like, Preference::Decline, Preference::None};
                if (op < 9) {
                    m.set_preference(a, b, prefs[pick(rng) % 3], step);
                } else {
                    m.add_history(a, b, step);
                }
            }
            check_board(m, present);
            const std::int64_t optimum = m.optimum_total();
            REQUIRE(optimum == reference_optimum(m, present));
            REQUIRE(m.board_total() == optimum);
            REQUIRE(m.optimum_bound() == optimum);             // settled duals prove the optimum exactly
        }
    }
}

TEST_CASE("matcher: the exact optimum is tracked incrementally even when the board lags behind") {
    std::mt19937_64 rng(777);
    MatchSettings settings;
    settings.reshuffle_gain_percent = 100;                    // never re-solve on its own
    for (int trial = 0; trial < 40; ++trial) {
        Matcher m(settings);
        std::map<AttendeeId, Attendee> present;
        for (AttendeeId id = 1; id <= 12; ++id) {
            const Attendee a = random_attendee(id, rng);
            present[id] = a;
            m.add_attendee(a);
            check_board(m, present);
            REQUIRE(m.optimum_total() == reference_optimum(m, present));
        }
        m.reoptimize();
        REQUIRE(m.board_total() == m.optimum_total());
        const auto before = pair_set(m);
        m.reoptimize();                                        // sticky: an optimal board stays as it is
        REQUIRE(pair_set(m) == before);
    }
}

TEST_CASE("matcher: a check-in below the threshold changes at most one existing pair") {
    std::mt19937_64 rng(2024);
    MatchSettings settings;
    settings.reshuffle_gain_percent = 10;
    int checked = 0;
    for (int trial = 0; trial < 30; ++trial) {
        Matcher m(settings);
        for (AttendeeId id = 1; id <= 40; ++id) {
            const auto before = pair_set(m);
            const auto resolves = m.stats().resolves;
            m.add_attendee(random_attendee(id, rng));
            if (m.stats().resolves != resolves) continue;      // threshold crossed: an exact re-solve
            ++checked;
            int broken = 0;
            for (const auto& p : before) broken += pair_set(m).count(p) ? 0 : 1;
            REQUIRE(broken <= 1);
            const std::int64_t opt = m.optimum_total();
            REQUIRE((opt - m.board_total()) * 100 <= 10 * opt);
        }
    }
    CHECK(checked > 500);
}

TEST_CASE("matcher: locked pairs never change, whatever else happens") {
    std::mt19937_64 rng(99);
    MatchSettings settings;
    settings.reshuffle_gain_percent = 0;
    Matcher m(settings);
    for (AttendeeId id = 1; id <= 20; ++id) m.add_attendee(random_attendee(id, rng));
    // Find an allowed pair that is not on the board and lock it.
    const SuggestionSet s = m.suggestions();
    REQUIRE(!s.pairs.empty());
    const AttendeeId mentor = s.pairs.back().mentor;
    std::optional<std::string> err = std::string("none tried");
    AttendeeId mentee = 0;
    for (AttendeeId other = 1; other <= 20 && err; ++other) {
        if (other == mentor || m.partner_of(mentor) == other) continue;
        err = m.lock_pair(mentor, other);
        mentee = other;
    }
    REQUIRE_FALSE(err);
    REQUIRE(m.partner_of(mentor) == mentee);
    for (AttendeeId id = 21; id <= 60; ++id) {
        m.add_attendee(random_attendee(id, rng));
        if (id % 7 == 0) m.remove_attendee(id - 3);
        if (id % 5 == 0) m.reoptimize();
        REQUIRE(m.partner_of(mentor) == mentee);
        REQUIRE(m.board_total() == m.optimum_total());
    }
    CHECK(m.lock_pair(mentor, 2).has_value());                 // already locked with someone else
    REQUIRE(m.unlock_pair(mentor));
    CHECK_FALSE(m.unlock_pair(mentor));
}

TEST_CASE("matcher: lock_pair refuses absent people and forbidden pairs with a reason") {
    Matcher m;
    Attendee a;
    a.id = 1;
    a.role = Role::Mentee;
    a.years_experience = 3;
    Attendee b = a;
    b.id = 2;
    m.add_attendee(a);
    m.add_attendee(b);
    CHECK_THAT(*m.lock_pair(1, 3), Catch::Contains("not present"));
    CHECK_THAT(*m.lock_pair(1, 2), Catch::Contains("cannot be paired"));
}

TEST_CASE("matcher: a mutual yes locks a board pair, a decline breaks one") {
    Matcher m;
    Attendee mentor;
    mentor.id = 1;
    mentor.role = Role::Mentor;
    mentor.years_experience = 20;
    mentor.expertise.add(Goal::Relocation);
    Attendee mentee;
    mentee.id = 2;
    mentee.role = Role::Mentee;
    mentee.years_experience = 2;
    mentee.goals.add(Goal::Relocation);
    m.add_attendee(mentor);
    m.add_attendee(mentee);
    REQUIRE(m.partner_of(1) == 2);
    m.set_preference(1, 2, Preference::Like, 10);
    CHECK(m.suggestions().pairs.at(0).lock == LockKind::None);
    m.set_preference(2, 1, Preference::Like, 11);
    CHECK(m.suggestions().pairs.at(0).lock == LockKind::MutualYes);
    CHECK(m.suggestions().pairs.at(0).reasons.front() == "you both said yes");
    m.set_preference(2, 1, Preference::Decline, 12);
    CHECK(m.suggestions().pairs.empty());
    CHECK(m.suggestions().waiting == std::vector<AttendeeId>{1, 2});
}

TEST_CASE("matcher: earlier partners are excluded unless both like each other after that round") {
    Matcher m;
    Attendee mentor;
    mentor.id = 1;
    mentor.role = Role::Mentor;
    mentor.years_experience = 20;
    Attendee mentee;
    mentee.id = 2;
    mentee.role = Role::Mentee;
    mentee.years_experience = 2;
    m.add_attendee(mentor);
    m.add_attendee(mentee);
    REQUIRE(m.partner_of(1) == 2);
    m.record_round({Pairing{1, 2, 1, 10, ""}}, 1000);
    CHECK_FALSE(m.partner_of(1));
    m.set_preference(1, 2, Preference::Like, 500);             // before the round: does not count
    m.set_preference(2, 1, Preference::Like, 1500);
    CHECK_FALSE(m.partner_of(1));
    m.set_preference(1, 2, Preference::Like, 2000);            // both after the round: asked to meet again
    CHECK(m.partner_of(1) == 2);
}

TEST_CASE("matcher: a bulk check-in gives the same exact optimum as one-by-one check-ins") {
    std::mt19937_64 rng(4321);
    for (int trial = 0; trial < 10; ++trial) {
        std::vector<Attendee> people;
        for (AttendeeId id = 1; id <= 80; ++id) people.push_back(random_attendee(id, rng));
        Matcher bulk, single;
        bulk.set_preference(3, 4, Preference::Like, 1);     // relations recorded before anyone is present
        single.set_preference(3, 4, Preference::Like, 1);
        bulk.add_attendees({people.begin(), people.begin() + 50});
        REQUIRE(bulk.board_total() == bulk.optimum_total());
        bulk.add_attendees(people);                         // 30 more, with a board already in place
        for (const Attendee& a : people) single.add_attendee(a);
        REQUIRE(bulk.optimum_total() == single.optimum_total());
        REQUIRE(bulk.board_total() == bulk.optimum_total());
        REQUIRE(bulk.present_count() == 80);
    }
}

TEST_CASE("matcher: restore keeps a published board and its locks, drops pairs that no longer hold") {
    auto person = [](AttendeeId id, Role role, const char* org, int years) {
        Attendee a;
        a.id = id;
        a.display_name = "Person " + std::to_string(id);
        a.role = role;
        a.organization = org;
        a.years_experience = years;
        (role == Role::Mentor ? a.expertise : a.goals).add(Goal::LeadershipGrowth);
        return a;
    };
    const Attendee ana = person(1, Role::Mentor, "North", 20);
    const Attendee bo = person(2, Role::Mentee, "South", 2);
    const Attendee cy = person(3, Role::Mentor, "East", 18);
    const Attendee di = person(4, Role::Mentee, "West", 3);
    std::vector<Pairing> published{{ana.id, di.id, 0, 0, "", true},      // locked by the organizer
                                   {cy.id, bo.id, 0, 0, "", false}};
    Matcher successor;
    successor.set_preference(bo.id, cy.id, Preference::Decline);          // said after it was published
    successor.restore({ana, bo, cy, di}, published);
    const SuggestionSet s = successor.suggestions();
    REQUIRE(successor.partner_of(ana.id) == di.id);
    CHECK(std::any_of(s.pairs.begin(), s.pairs.end(), [&](const Suggestion& p) {
        return p.mentor == ana.id && p.mentee == di.id && p.lock == LockKind::Organizer;
    }));
    CHECK(successor.partner_of(bo.id) != cy.id);                          // the decline dropped that pair
    CHECK_THROWS(successor.restore({ana}, published));                    // only into an empty matcher
}
