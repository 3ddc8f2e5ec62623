// tests/match/test_scoring.cpp — hard constraints one by one, score terms, reasons, fast path == explained path.
#include <catch2/catch.hpp>

#include <random>

#include "core/match/scoring.hpp"

using namespace mb;

namespace {

Attendee mentor() {
    Attendee a;
    a.id = 1;
    a.display_name = "Dr. Mentor";
    a.organization = "Mayo Clinic";
    a.title = "Chief Medical Officer";
    a.field = "Cardiology";
    a.years_experience = 24;
    a.role = Role::Mentor;
    a.expertise.add(Goal::ClinicalToAdministrative);
    a.expertise.add(Goal::LeadershipGrowth);
    a.location = "Boston, MA";
    return a;
}

Attendee mentee() {
    Attendee a;
    a.id = 2;
    a.display_name = "Dr. Mentee";
    a.organization = "Kaiser Permanente";
    a.title = "Internist";
    a.field = "cardiology";
    a.years_experience = 10;
    a.role = Role::Mentee;
    a.goals.add(Goal::ClinicalToAdministrative);
    a.location = "Cambridge, MA";
    return a;
}

int fast_score(const Attendee& m, const Attendee& e, const PairRelation& r, const MatchSettings& s) {
    StringInterner strings;
    const MatchProfile pm = make_profile(m, strings);
    const MatchProfile pe = make_profile(e, strings);
    const PairScorer scorer(s);
    return scorer.with_relation(scorer.profile_score(pm, pe), r);
}

bool has_reason(const ScoredPair& p, std::string_view text) {
    for (const Reason& r : p.reasons) {
        if (r.text == text) return true;
    }
    return false;
}

} // namespace

TEST_CASE("a good pair is allowed and explained with the documented reasons, strongest first") {
    const ScoredPair p = explain_pair(mentor(), mentee(), {}, {});
    REQUIRE(p.block == PairBlock::None);
    CHECK(p.reasons.front().text == "has made the clinical-to-administrative move you are weighing");
    CHECK(has_reason(p, "14 years ahead"));
    CHECK(has_reason(p, "both in cardiology"));
    CHECK(has_reason(p, "outside your organization"));
    CHECK(has_reason(p, "both in MA"));
    CHECK(has_reason(p, "in an executive role"));
    for (std::size_t i = 1; i < p.reasons.size(); ++i) CHECK(p.reasons[i - 1].points >= p.reasons[i].points);
    int sum = MatchSettings{}.weights.base;
    for (const Reason& r : p.reasons) sum += r.points;
    CHECK(sum == p.score);
}

TEST_CASE("each hard constraint blocks the pair on its own") {
    const MatchSettings s;
    SECTION("roles: two mentees, two mentors") {
        Attendee m = mentor();
        m.role = Role::Mentee;
        CHECK(explain_pair(m, mentee(), {}, s).block == PairBlock::Roles);
        Attendee e = mentee();
        e.role = Role::Mentor;
        CHECK(explain_pair(mentor(), e, {}, s).block == PairBlock::Roles);
        CHECK(fast_score(mentor(), e, {}, s) == -1);
    }
    SECTION("experience: fewer than min_years_gap years ahead; the gap is configurable") {
        Attendee m = mentor();
        m.years_experience = 12;                                  // only 2 ahead
        CHECK(explain_pair(m, mentee(), {}, s).block == PairBlock::Experience);
        CHECK(fast_score(m, mentee(), {}, s) == -1);
        MatchSettings loose = s;
        loose.min_years_gap = 2;
        CHECK(explain_pair(m, mentee(), {}, loose).block == PairBlock::None);
        CHECK(fast_score(m, mentee(), {}, loose) > 0);
    }
    SECTION("organization: same after normalization, only when the mentee prefers outside") {
        Attendee e = mentee();
        e.organization = "The MAYO CLINIC, Inc.";
        CHECK(explain_pair(mentor(), e, {}, s).block == PairBlock::SameOrganization);
        CHECK(fast_score(mentor(), e, {}, s) == -1);
        e.prefer_outside_org = false;
        CHECK(explain_pair(mentor(), e, {}, s).block == PairBlock::None);
        Attendee nobody = mentee();
        nobody.organization = "";
        Attendee m = mentor();
        m.organization = "";
        CHECK(explain_pair(m, nobody, {}, s).block == PairBlock::None);   // empty never counts as same
    }
    SECTION("declined, in either direction") {
        CHECK(explain_pair(mentor(), mentee(), {Preference::Decline, Preference::None, false, false}, s).block ==
              PairBlock::Declined);
        CHECK(explain_pair(mentor(), mentee(), {Preference::Like, Preference::Decline, false, false}, s).block ==
              PairBlock::Declined);
        CHECK(fast_score(mentor(), mentee(), {Preference::None, Preference::Decline, false, false}, s) == -1);
    }
    SECTION("met before, unless both asked to meet again") {
        CHECK(explain_pair(mentor(), mentee(), {Preference::None, Preference::None, true, false}, s).block ==
              PairBlock::MetBefore);
        CHECK(fast_score(mentor(), mentee(), {Preference::None, Preference::None, true, false}, s) == -1);
        CHECK(explain_pair(mentor(), mentee(), {Preference::Like, Preference::Like, true, true}, s).block ==
              PairBlock::None);
    }
}

TEST_CASE("'both' attendees are oriented the better way round") {
    StringInterner strings;
    Attendee a = mentee();
    a.role = Role::Both;
    a.years_experience = 30;
    a.expertise.add(Goal::Relocation);
    Attendee b = mentee();
    b.role = Role::Both;
    b.years_experience = 5;
    b.goals.add(Goal::Relocation);
    b.organization = "Elsewhere";
    const PairScorer scorer(MatchSettings{});
    const MatchProfile pa = make_profile(a, strings), pb = make_profile(b, strings);
    const auto ab = scorer.best_orientation(pa, pb);
    CHECK(ab.first_is_mentor);                                 // a is 25 years ahead: only a can mentor
    const auto ba = scorer.best_orientation(pb, pa);
    CHECK_FALSE(ba.first_is_mentor);
    CHECK(ab.score == ba.score);
    CHECK(ab.score == explain_pair(a, b, {}, MatchSettings{}).score);
}

TEST_CASE("score terms: coverage, experience plateau, seniority, field, region, likes") {
    const MatchSettings s;
    const int base = explain_pair(mentor(), mentee(), {}, s).score;
    Attendee e = mentee();
    e.goals.add(Goal::Relocation);                             // now only half the goals covered
    CHECK(explain_pair(mentor(), e, {}, s).score < base);

    auto with_gap = [&](int gap) {
        Attendee m = mentor();
        m.years_experience = mentee().years_experience + gap;
        return explain_pair(m, mentee(), {}, s).score;
    };
    CHECK(with_gap(14) > with_gap(4));
    CHECK(with_gap(16) == with_gap(30));                       // plateau
    CHECK(with_gap(15) == with_gap(16));

    CHECK(seniority_level("Chief Nursing Officer") == 3);
    CHECK(seniority_level("VP, Clinical Operations") == 3);
    CHECK(seniority_level("Director of Quality") == 2);
    CHECK(seniority_level("Senior Analyst") == 1);
    CHECK(seniority_level("Staff Nurse") == 0);
    CHECK(seniority_level("Directorate liaison") == 0);        // whole words only

    Attendee other_field = mentee();
    other_field.field = "Oncology";
    CHECK(explain_pair(mentor(), other_field, {}, s).score == base - s.weights.same_field);
    Attendee far = mentee();
    far.location = "Lyon, France";
    CHECK(explain_pair(mentor(), far, {}, s).score == base - s.weights.same_region);

    const int one = explain_pair(mentor(), mentee(), {Preference::None, Preference::Like, false, false}, s).score;
    const int both = explain_pair(mentor(), mentee(), {Preference::Like, Preference::Like, false, false}, s).score;
    CHECK(one == base + s.weights.one_sided_like);
    CHECK(both == base + s.weights.mutual_like);
    CHECK(explain_pair(mentor(), mentee(), {Preference::Like, Preference::Like, false, false}, s).reasons.front().text ==
          "you both said yes");
}

TEST_CASE("the fast scorer and the explained score agree on random pairs") {
    std::mt19937_64 rng(31337);
    std::uniform_int_distribution<int> pick(0, 1 << 20);
    const char* orgs[] = {"", "Mayo Clinic", "The Mayo Clinic, Inc.", "Kaiser", "Partners"};
    const char* fields[] = {"", "Cardiology", "cardiology ", "Oncology"};
    const char* places[] = {"", "Boston, MA", "Cambridge, MA", "Boston", "Lyon, France"};
    const char* titles[] = {"", "CEO", "Head of Surgery", "Senior Nurse", "Resident"};
    auto random_attendee = [&]() {
        Attendee a;
        a.role = static_cast<Role>(pick(rng) % 3);
        a.years_experience = pick(rng) % 40;
        a.goals.bits = static_cast<std::uint32_t>(pick(rng) % 128);
        a.expertise.bits = static_cast<std::uint32_t>(pick(rng) % 128);
        a.organization = orgs[pick(rng) % 5];
        a.field = fields[pick(rng) % 4];
        a.location = places[pick(rng) % 5];
        a.title = titles[pick(rng) % 5];
        a.prefer_outside_org = pick(rng) % 4 != 0;
        return a;
    };
    const Preference prefs[] = {Preference::None, Preference::Like, Preference::Decline};
    MatchSettings s;
    for (int i = 0; i < 3000; ++i) {
        s.min_years_gap = i % 5;
        const Attendee m = random_attendee(), e = random_attendee();
        const PairRelation r{prefs[pick(rng) % 3], prefs[pick(rng) % 3], pick(rng) % 4 == 0, pick(rng) % 2 == 0};
        const ScoredPair explained = explain_pair(m, e, r, s);
        const int fast = fast_score(m, e, r, s);
        if (explained.block == PairBlock::None) {
            REQUIRE(fast == explained.score);
            REQUIRE(fast > 0);
        } else {
            REQUIRE(fast == -1);
        }
    }
}
