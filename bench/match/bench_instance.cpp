// bench/match/bench_instance.cpp — instance generation and its explicit graph / matrix forms.
#include "bench_instance.hpp"

#include <functional>
#include <map>
#include <random>
#include <string>

namespace mb::bench {

namespace {

constexpr const char* kFields[] = {"Cardiology", "Oncology", "Pediatrics", "Nursing", "Emergency Medicine",
                                   "Radiology", "Surgery", "Psychiatry", "Family Medicine", "Neurology",
                                   "Health Administration", "Public Health"};
constexpr const char* kPlaces[] = {"Boston, MA", "Worcester, MA", "Cambridge, MA", "Austin, TX", "Dallas, TX",
                                   "Houston, TX", "Chicago, IL", "Evanston, IL", "Seattle, WA", "Tacoma, WA",
                                   "Denver, CO", "Atlanta, GA", "Miami, FL", "Tampa, FL", "Phoenix, AZ",
                                   "New York, NY", "Buffalo, NY", "Portland, OR", "Minneapolis, MN", "Detroit, MI"};
constexpr const char* kSeniorTitles[] = {"Chief Medical Officer", "VP Clinical Operations", "Director of Nursing",
                                         "Head of Cardiology", "Senior Physician", "Medical Director",
                                         "Department Chair", "Attending Physician", "Practice Manager",
                                         "Physician"};
constexpr const char* kJuniorTitles[] = {"Resident", "Staff Nurse", "Fellow", "Physician", "Analyst",
                                         "Nurse Practitioner", "Clinical Coordinator", "Manager"};

template <class T, std::size_t N> const T& pick(const T (&pool)[N], std::mt19937_64& rng) {
    return pool[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

GoalSet random_goals(std::mt19937_64& rng, int lo, int hi) {
    GoalSet g;
    const int count = std::uniform_int_distribution<int>(lo, hi)(rng);
    while (g.count() < count) g.add(static_cast<Goal>(std::uniform_int_distribution<int>(0, kGoalCount - 1)(rng)));
    return g;
}

} // namespace

namespace {

// Draws n people; `draw_role` picks each one's role from the shared generator (first draw of each person).
Instance draw_people(int n, std::uint64_t seed, const std::function<Role(std::mt19937_64&)>& draw_role) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    const int orgs = std::max(1, n / 20);
    Instance inst;
    inst.people.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        Attendee a;
        a.id = i + 1;
        a.display_name = "Attendee " + std::to_string(i + 1);
        a.role = draw_role(rng);
        const int org = std::uniform_int_distribution<int>(1, orgs)(rng);
        a.organization = "Org " + std::to_string(org) + (coin(rng) < 0.3 ? " Health, Inc." : " Health");
        a.prefer_outside_org = coin(rng) < 0.85;
        a.field = pick(kFields, rng);
        a.location = pick(kPlaces, rng);
        switch (a.role) {
        case Role::Mentor:
            a.years_experience = std::uniform_int_distribution<int>(8, 35)(rng);
            a.expertise = random_goals(rng, 2, 5);
            a.title = pick(kSeniorTitles, rng);
            break;
        case Role::Mentee:
            a.years_experience = std::uniform_int_distribution<int>(0, 15)(rng);
            a.goals = random_goals(rng, 1, 3);
            a.title = pick(kJuniorTitles, rng);
            break;
        case Role::Both:
            a.years_experience = std::uniform_int_distribution<int>(4, 25)(rng);
            a.goals = random_goals(rng, 1, 3);
            a.expertise = random_goals(rng, 1, 4);
            a.title = coin(rng) < 0.5 ? pick(kSeniorTitles, rng) : pick(kJuniorTitles, rng);
            break;
        }
        inst.people.push_back(std::move(a));
    }
    std::uniform_int_distribution<AttendeeId> anyone(1, n);
    for (int i = 0; i < n && n > 1; ++i) {
        const double r = coin(rng);
        if (r > 0.23) continue;
        AttendeeId other = anyone(rng);
        if (other == i + 1) other = other % n + 1;
        inst.opinions.push_back({i + 1, other, r < 0.20 ? Preference::Like : Preference::Decline});
    }
    return inst;
}

} // namespace

Instance make_instance(int n, bool bipartite, std::uint64_t seed) {
    return draw_people(n, seed, [bipartite](std::mt19937_64& rng) {
        std::uniform_real_distribution<double> coin(0.0, 1.0);
        double r = coin(rng);
        if (bipartite && r >= 0.85) r = coin(rng) * 0.85;
        return r < 0.40 ? Role::Mentor : (r < 0.85 ? Role::Mentee : Role::Both);
    });
}

Instance make_group_instance(int n, double mentor_share, double both_share, int capacity, std::uint64_t seed) {
    Instance inst = draw_people(n, seed, [=](std::mt19937_64& rng) {
        const double r = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
        return r < mentor_share ? Role::Mentor : (r < mentor_share + both_share ? Role::Both : Role::Mentee);
    });
    for (Attendee& a : inst.people) a.mentor_capacity = a.role == Role::Mentee ? 0 : capacity;
    return inst;
}

namespace {

// Per-person profiles and a relation lookup shared by the graph and matrix builders.
struct Scored {
    PairScorer scorer;
    std::vector<MatchProfile> profiles;
    std::map<std::pair<AttendeeId, AttendeeId>, PairRelation> relations;   // keyed (lo, hi), lo as mentor

    Scored(const Instance& inst, const MatchSettings& settings) : scorer(settings) {
        StringInterner strings;
        for (const Attendee& a : inst.people) profiles.push_back(make_profile(a, strings));
        for (const Opinion& o : inst.opinions) {
            const auto key = std::minmax(o.from, o.to);
            PairRelation& r = relations[{key.first, key.second}];
            (o.from == key.first ? r.mentor_says : r.mentee_says) = o.preference;
        }
    }
    int weight(int i, int j) const {                       // i < j
        const auto it = relations.find({i + 1, j + 1});
        if (it == relations.end()) return scorer.best_orientation(profiles[i], profiles[j]).score;
        return scorer.best_orientation(profiles[i], profiles[j], it->second).score;
    }
    int oriented(int mentor, int mentee) const {
        const auto key = std::minmax(mentor, mentee);
        const auto it = relations.find({key.first + 1, key.second + 1});
        PairRelation r = it == relations.end() ? PairRelation{} : it->second;
        if (mentor != key.first) r = r.flipped();
        return scorer.with_relation(scorer.profile_score(profiles[mentor], profiles[mentee]), r);
    }
};

} // namespace

CsrGraph build_graph(const Instance& inst, const MatchSettings& settings) {
    const Scored s(inst, settings);
    const int n = static_cast<int>(inst.people.size());
    CsrGraph g;
    g.n = n;
    g.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
    for (int i = 0; i < n; ++i) {                          // pass 1: degrees
        for (int j = i + 1; j < n; ++j) {
            if (s.weight(i, j) > 0) {
                ++g.offsets[i + 1];
                ++g.offsets[j + 1];
            }
        }
    }
    for (int v = 0; v < n; ++v) g.offsets[v + 1] += g.offsets[v];
    g.targets.resize(static_cast<std::size_t>(g.offsets[n]));
    g.weights.resize(static_cast<std::size_t>(g.offsets[n]));
    std::vector<int> fill(g.offsets.begin(), g.offsets.end() - 1);
    for (int i = 0; i < n; ++i) {                          // pass 2: fill
        for (int j = i + 1; j < n; ++j) {
            const int w = s.weight(i, j);
            if (w <= 0) continue;
            g.targets[fill[i]] = j;
            g.weights[fill[i]++] = w;
            g.targets[fill[j]] = i;
            g.weights[fill[j]++] = w;
        }
    }
    return g;
}

std::vector<GroupEdge> build_group_edges(const Instance& inst, const MatchSettings& settings) {
    const Scored s(inst, settings);
    const int n = static_cast<int>(inst.people.size());
    std::vector<GroupEdge> edges;
    for (int u = 0; u < n; ++u) {
        if (inst.people[static_cast<std::size_t>(u)].role == Role::Mentee) continue;
        for (int v = 0; v < n; ++v) {
            if (v == u) continue;
            const int w = s.oriented(u, v);
            if (w > 0) edges.push_back({u, v, w});
        }
    }
    return edges;
}

std::vector<std::int64_t> build_matrix(const Instance& inst, const MatchSettings& settings, int& rows, int& cols) {
    const Scored s(inst, settings);
    std::vector<int> mentors, mentees;
    for (std::size_t i = 0; i < inst.people.size(); ++i) {
        (inst.people[i].role == Role::Mentor ? mentors : mentees).push_back(static_cast<int>(i));
    }
    rows = static_cast<int>(mentors.size());
    cols = static_cast<int>(mentees.size());
    std::vector<std::int64_t> m(static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols), 0);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) m[static_cast<std::size_t>(r) * cols + c] = std::max(0, s.oriented(mentors[r], mentees[c]));
    }
    return m;
}

} // namespace mb::bench
