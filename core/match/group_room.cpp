// core/match/group_room.cpp — group seating over the Matcher's people and relations (see the header).
//
// Units: the optimization weight of a pair is (score + priority points) * scale_ + [pair is kept from the
// board], with scale_ above the number of pairs a room can hold, so the kept bits only break ties between
// optima. Priority points (a mentee who waited last round) exceed the score of any whole seating, so the
// optimum is lexicographic: most mentees with priority seated, then the best score, then the most kept pairs.
// bound_ is kept in (score + priority points); the board shows it less the priority points it seated, which
// still bounds every board that seats as many mentees with priority.
#include "core/match/group_room.hpp"

#include <algorithm>
#include <stdexcept>

namespace mb {

namespace {

int clamp_capacity(int c) { return std::clamp(c, 1, kMaxGroupCapacity); }
std::size_t at(int v) { return static_cast<std::size_t>(v); }

// No pair can score more than every positive term at its largest (PairScorer::profile_score, with_relation).
std::int64_t max_pair_score(const ScoreWeights& w) {
    auto pos = [](int x) { return static_cast<std::int64_t>(std::max(0, x)); };
    return pos(w.base) + pos(w.goal_coverage) + pos(w.experience_max) + 3 * pos(w.seniority_per_level) +
           pos(w.same_field) + pos(w.same_region) + pos(w.outside_organization) +
           std::max(pos(w.mutual_like), pos(w.one_sided_like));
}

} // namespace

GroupRoom::GroupRoom(const MatchSettings& settings, int default_capacity)
    : matcher_(settings), scorer_(settings), default_capacity_(clamp_capacity(default_capacity)) {}

// --- People ------------------------------------------------------------------------------------------------

void GroupRoom::add_attendee(const Attendee& a) {
    const bool newcomer = !matcher_.is_present(a.id);
    matcher_.add_attendee(a);
    if (!newcomer) {
        update_attendee(a);
        return;
    }
    Person& p = people_[a.id];
    p.attendee = a;
    p.profile = make_profile(a, strings_);
    if (!dirty_ && group_mode() && admit_incrementally(p)) return;
    dirty_ = true;
}

void GroupRoom::add_attendees(const std::vector<Attendee>& people) {
    matcher_.add_attendees(people);
    for (const Attendee& a : people) {
        Person& p = people_[a.id];
        p.attendee = a;
        p.profile = make_profile(a, strings_);
        p.role = -1;
    }
    dirty_ = true;
}

void GroupRoom::restore(const std::vector<Attendee>& people, const std::vector<Pairing>& board) {
    matcher_.restore(people, board);
    for (const Attendee& a : people) {
        Person& p = people_[a.id];
        p.attendee = a;
        p.profile = make_profile(a, strings_);
        p.role = -1;
    }
    mentor_of_.clear();
    group_locks_.clear();
    const bool groups = group_mode();
    for (const Pairing& p : board) {
        if (!people_.count(p.mentor) || !people_.count(p.mentee)) continue;
        mentor_of_[p.mentee] = p.mentor;
        if (groups && p.locked) lock_in_group(p.mentor, p.mentee);   // the Matcher kept one per mentor
    }
    dirty_ = true;
}

void GroupRoom::update_attendee(const Attendee& a) {
    matcher_.update_attendee(a);
    const auto it = people_.find(a.id);
    if (it != people_.end()) {
        it->second.attendee = a;
        it->second.profile = make_profile(a, strings_);
        it->second.role = -1;                                  // their role may have changed with the profile
    }
    dirty_ = true;
}

bool GroupRoom::remove_attendee(AttendeeId id) {
    const bool was = matcher_.remove_attendee(id);
    people_.erase(id);
    mentor_of_.erase(id);
    std::erase_if(group_locks_, [id](const auto& lock) { return lock.first == id || lock.second == id; });
    dirty_ = true;
    return was;
}

void GroupRoom::set_preference(AttendeeId from, AttendeeId to, Preference p, std::int64_t at_ms) {
    matcher_.set_preference(from, to, p, at_ms);
    dirty_ = true;
}

void GroupRoom::add_history(AttendeeId a, AttendeeId b, std::int64_t round_started_ms) {
    matcher_.add_history(a, b, round_started_ms);
    dirty_ = true;
}

void GroupRoom::record_round(const std::vector<Pairing>& pairings, std::int64_t round_started_ms) {
    std::unordered_set<AttendeeId> seated;
    for (const Pairing& p : pairings) {
        seated.insert(p.mentor);
        seated.insert(p.mentee);
    }
    priority_.clear();
    for (const auto& [id, p] : people_) {
        if (!seated.count(id) && p.attendee.role != Role::Mentor) priority_.insert(id);
    }
    matcher_.record_round(pairings, round_started_ms);
    group_locks_.clear();                                      // locks end with the round, as the Matcher's do
    mentor_of_.clear();                                        // a new round: nobody's seat is worth keeping
    dirty_ = true;
}

void GroupRoom::set_waited(const std::vector<AttendeeId>& waited) {
    priority_ = std::unordered_set<AttendeeId>(waited.begin(), waited.end());
    dirty_ = true;
}

// --- Organizer -----------------------------------------------------------------------------------------------

void GroupRoom::set_default_capacity(int capacity) {
    default_capacity_ = clamp_capacity(capacity);
    dirty_ = true;
}

void GroupRoom::set_settings(const MatchSettings& settings) {
    matcher_.set_settings(settings);
    scorer_ = PairScorer(settings);
    for (auto& [id, p] : people_) p.profile = make_profile(p.attendee, strings_);
    dirty_ = true;
}

std::optional<std::string> GroupRoom::lock_pair(AttendeeId a, AttendeeId b) {
    return touch(group_mode() ? lock_in_group(a, b) : matcher_.lock_pair(a, b));
}

bool GroupRoom::unlock_pair(AttendeeId a) {
    if (!group_mode()) return touch(matcher_.unlock_pair(a));
    const auto involves_a = [a](const auto& lock) { return lock.first == a || lock.second == a; };
    bool unlocked = std::erase_if(group_locks_, involves_a) > 0;
    for (const Suggestion& s : matcher_locks()) {              // a lock made while capacities were all 1
        if (s.mentor == a || s.mentee == a) unlocked = matcher_.unlock_pair(a) || unlocked;
    }
    return touch(unlocked);
}

std::vector<Suggestion> GroupRoom::matcher_locks() const {
    std::vector<Suggestion> out;
    for (Suggestion& s : matcher_.suggestions().pairs) {
        if (s.lock == LockKind::Organizer) out.push_back(std::move(s));
    }
    return out;
}

// The rules of a group board, for one more fixed pair: one mentor per mentee, nobody both mentors and is
// mentored, no more locked mentees than the mentor's capacity, and only a pair the hard rules allow.
std::optional<std::string> GroupRoom::lock_in_group(AttendeeId a, AttendeeId b) {
    for (AttendeeId id : {a, b}) {
        if (!people_.count(id)) return "attendee " + std::to_string(id) + " is not present";
    }
    if (a == b) return std::string("a pair needs two different people");
    const Person& pa = people_.at(a);
    const Person& pb = people_.at(b);
    // Who mentors: as they sit on the board; else the only allowed direction; else the more experienced.
    bool a_mentors = false;
    const auto b_with = mentor_of_.find(b), a_with = mentor_of_.find(a);
    if (b_with != mentor_of_.end() && b_with->second == a) {
        a_mentors = true;
    } else if (a_with == mentor_of_.end() || a_with->second != b) {
        const int ab = pair_score(pa, pb), ba = pair_score(pb, pa);
        if (ab > 0 || ba > 0) a_mentors = ab > 0 && (ba <= 0 || pa.profile.years >= pb.profile.years);
        else a_mentors = pa.profile.can_mentor && pb.profile.can_mentee &&
                         (pa.profile.years >= pb.profile.years || !pb.profile.can_mentor);
    }
    const AttendeeId mentor = a_mentors ? a : b, mentee = a_mentors ? b : a;
    const Person& m = people_.at(mentor);
    const Person& e = people_.at(mentee);
    if (pair_score(m, e) <= 0) {
        return "these two cannot be paired: " +
               std::string(pair_block_text(
                   explain_pair(m.attendee, e.attendee, matcher_.relation(mentor, mentee), matcher_.settings()).block));
    }
    std::map<AttendeeId, AttendeeId> locks = group_locks_;     // every lock in force: mentee -> mentor
    for (const Suggestion& s : matcher_locks()) locks.emplace(s.mentee, s.mentor);
    if (const auto it = locks.find(mentee); it != locks.end()) {
        if (it->second == mentor) return std::nullopt;         // already locked: nothing to do
        return "attendee " + std::to_string(mentee) + " is already locked with someone else";
    }
    if (locks.count(mentor)) return "attendee " + std::to_string(mentor) + " is already locked as a mentee";
    int load = 0;
    for (const auto& [locked_mentee, locked_mentor] : locks) {
        if (locked_mentor == mentee) return "attendee " + std::to_string(mentee) + " mentors a locked group";
        load += locked_mentor == mentor;
    }
    if (load >= capacity_of(mentor)) {
        return "attendee " + std::to_string(mentor) + " already has " + std::to_string(load) +
               " locked mentees, as many as they take";
    }
    group_locks_[mentee] = mentor;
    return std::nullopt;
}

void GroupRoom::reoptimize() {
    if (!group_mode()) {
        matcher_.reoptimize();
        return;
    }
    // The whole problem, roles free; kept only if it beats the seating with the roles in use (the free search
    // is certified near-optimal, not proven optimal, so it could in principle come out a little lower).
    if (dirty_) reseat(false);
    const SuggestionSet kept_board = board_;
    const auto kept_mentors = mentor_of_;
    std::unordered_map<AttendeeId, signed char> kept_roles;
    for (const auto& [id, p] : people_) kept_roles[id] = p.role;
    const int kept_priority = priority_seated_;
    reseat(true);
    // Lexicographic, like the weights: mentees with priority seated first, then the score.
    if (priority_seated_ < kept_priority || (priority_seated_ == kept_priority && board_.total < kept_board.total)) {
        for (auto& [id, p] : people_) p.role = kept_roles[id];
        mentor_of_ = kept_mentors;
        const std::int64_t bound = bound_;                     // the free search's bound holds either way
        reseat(false);
        bound_ = std::max(bound, bound_);
        publish_bound();
    }
}

// --- Results -------------------------------------------------------------------------------------------------

int GroupRoom::capacity_of(AttendeeId id) const {
    const auto it = people_.find(id);
    if (it == people_.end() || it->second.attendee.role == Role::Mentee) return 0;
    const int own = it->second.attendee.mentor_capacity;
    return own > 0 ? clamp_capacity(own) : default_capacity_;
}

bool GroupRoom::capacity_above_one() const {
    if (default_capacity_ > 1) {
        for (const auto& [id, p] : people_) {
            if (p.attendee.role != Role::Mentee && p.attendee.mentor_capacity == 0) return true;
        }
    }
    for (const auto& [id, p] : people_) {
        if (p.attendee.role != Role::Mentee && p.attendee.mentor_capacity > 1) return true;
    }
    return false;
}

bool GroupRoom::group_mode() const { return capacity_above_one(); }

SuggestionSet GroupRoom::suggestions() {
    if (!group_mode()) return matcher_.suggestions();
    if (dirty_) reseat(false);
    return board_;
}

std::optional<AttendeeId> GroupRoom::partner_of(AttendeeId id) {
    if (!group_mode()) return matcher_.partner_of(id);
    for (const Suggestion& s : suggestions().pairs) {
        if (s.mentee == id) return s.mentor;
        if (s.mentor == id) return s.mentee;              // pairs are by group: the strongest first
    }
    return std::nullopt;
}

std::vector<AttendeeId> GroupRoom::group_of(AttendeeId id) {
    std::vector<AttendeeId> out;
    if (!group_mode()) {
        if (const auto p = matcher_.partner_of(id)) out.push_back(*p);
        return out;
    }
    for (const Suggestion& s : suggestions().pairs) {
        if (s.mentee == id) return {s.mentor};
        if (s.mentor == id) out.push_back(s.mentee);
    }
    return out;
}

std::int64_t GroupRoom::optimum_bound() {
    if (!group_mode()) return matcher_.optimum_bound();
    if (dirty_) reseat(false);
    return bound_;
}

// --- Pairs ---------------------------------------------------------------------------------------------------

int GroupRoom::pair_score(const Person& mentor, const Person& mentee) const {
    const int points = scorer_.profile_score(mentor.profile, mentee.profile);
    if (points < 0) return -1;
    return scorer_.with_relation(points, matcher_.relation(mentor.attendee.id, mentee.attendee.id));
}

// A "both" person new to the board mentors while mentees outnumber the mentor seats, else is mentored: a guess
// the next reoptimize() revisits, so that a check-in stays an exact b-matching.
signed char GroupRoom::guess_role(const Person& newcomer) const {
    int seats = 0, mentees = 0;
    for (const auto& [id, p] : people_) {
        if (&p == &newcomer || locked_mentees_.count(id)) continue;
        const bool mentors = p.attendee.role == Role::Mentor || (p.attendee.role == Role::Both && p.role == 1);
        const bool mentored = p.attendee.role == Role::Mentee || (p.attendee.role == Role::Both && p.role == 0);
        if (mentors) seats += capacity_of(id);
        if (mentored) ++mentees;
    }
    return mentees > seats ? 1 : 0;
}

std::int64_t GroupRoom::pair_weight(AttendeeId mentor, AttendeeId mentee, int score) const {
    const std::int64_t priority = priority_.count(mentee) ? priority_points_ : 0;
    const auto kept = mentor_of_.find(mentee);
    return (score + priority) * scale_ + (kept != mentor_of_.end() && kept->second == mentor);
}

// Edges between `id` and every other present person with a slot, in the roles each may take now.
void GroupRoom::add_pairs_of(AttendeeId id, bool as_mentor, bool as_mentee, std::vector<GroupEdge>& out) const {
    const Person& me = people_.at(id);
    const bool i_mentor = me.attendee.role != Role::Mentee && me.role != 0 && !locked_mentees_.count(id) &&
                          slot_capacity_[at(me.slot)] > 0;
    const bool i_mentee = me.attendee.role != Role::Mentor && me.role != 1 && !locked_mentees_.count(id);
    for (const auto& [other_id, other] : people_) {
        if (other_id == id || other.slot < 0 || locked_mentees_.count(other_id)) continue;
        if (as_mentor && i_mentor && other.attendee.role != Role::Mentor && other.role != 1) {
            const int score = pair_score(me, other);
            if (score > 0) out.push_back({me.slot, other.slot, pair_weight(id, other_id, score)});
        }
        if (as_mentee && i_mentee && other.attendee.role != Role::Mentee && other.role != 0 &&
            slot_capacity_[at(other.slot)] > 0) {
            const int score = pair_score(other, me);
            if (score > 0) out.push_back({other.slot, me.slot, pair_weight(other_id, id, score)});
        }
    }
}

// --- Seating -------------------------------------------------------------------------------------------------

// A check-in on top of a valid seating: a free slot, the newcomer's pairs, one search per role. The bound grows
// by what one person can add at most (their best pair as mentee, or their best `capacity` pairs as mentor):
// removing them from any seating of the room with them leaves a seating of the room without them.
bool GroupRoom::admit_incrementally(Person& p) {
    if (!live_) return false;
    int free = -1;
    for (int s = 0; s < static_cast<int>(slot_id_.size()); ++s) {
        if (slot_id_[at(s)] == 0) {
            free = s;
            break;
        }
    }
    if (free < 0) return false;
    slot_id_[at(free)] = p.attendee.id;
    p.slot = free;
    if (p.attendee.role == Role::Both) p.role = priority_.count(p.attendee.id) ? 0 : guess_role(p);
    slot_capacity_[at(free)] = capacity_of(p.attendee.id);
    std::vector<GroupEdge> edges;
    add_pairs_of(p.attendee.id, true, true, edges);
    live_->add_person(free, slot_capacity_[at(free)], edges);

    std::vector<std::int64_t> out;
    std::int64_t best_in = 0;
    for (const GroupEdge& e : edges) {
        if (e.mentor == free) out.push_back(e.w / scale_);
        else best_in = std::max(best_in, e.w / scale_);
    }
    std::sort(out.rbegin(), out.rend());
    std::int64_t best_out = 0;
    for (std::size_t i = 0; i < out.size() && i < at(slot_capacity_[at(free)]); ++i) best_out += out[i];
    bound_ += std::max(best_in, best_out);
    board_from_live();
    return true;
}

// Roles for every "both" person from the whole problem (group_solver.hpp), and its certified bound.
void GroupRoom::choose_roles_freely(const std::vector<AttendeeId>& ids) {
    for (AttendeeId id : ids) {
        Person& p = people_.at(id);
        if (p.attendee.role == Role::Both) p.role = -1;
    }
    std::vector<GroupEdge> edges;
    for (AttendeeId id : ids) add_pairs_of(id, true, false, edges);
    const GroupSolution sol = solve_groups(static_cast<int>(ids.size()), slot_capacity_, edges);
    for (AttendeeId id : ids) {
        Person& p = people_.at(id);
        if (p.attendee.role != Role::Both) continue;
        if (sol.load[at(p.slot)] > 0) p.role = 1;
        else if (sol.mentor_of[at(p.slot)] >= 0) p.role = 0;
    }
    bound_ = sol.upper_bound / scale_;
    bound_certified_ = true;
}

// Vertices are the present people by ascending id (deterministic). Organizer-locked pairs are taken out: the
// mentee is seated, the mentor keeps capacity minus their locked mentees and the mentor role.
void GroupRoom::reseat(bool free_roles) {
    dirty_ = false;
    reasons_.clear();
    std::vector<AttendeeId> ids;
    ids.reserve(people_.size());
    for (const auto& [id, p] : people_) ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    const int n = static_cast<int>(ids.size());

    locked_.clear();
    locked_mentees_.clear();
    std::unordered_map<AttendeeId, int> locked_load;
    std::unordered_set<AttendeeId> locked_mentors;
    auto add_lock = [&](Suggestion s) {
        locked_mentees_.insert(s.mentee);
        locked_mentors.insert(s.mentor);
        ++locked_load[s.mentor];
        people_.at(s.mentor).role = 1;
        locked_.push_back(std::move(s));
    };
    for (Suggestion& s : matcher_locks()) add_lock(std::move(s));
    for (const auto& [mentee, mentor] : group_locks_) {
        if (locked_mentees_.count(mentee) || locked_mentees_.count(mentor) || locked_mentors.count(mentee)) continue;
        if (!people_.count(mentor) || !people_.count(mentee)) continue;
        Suggestion s;
        s.mentor = mentor;
        s.mentee = mentee;
        s.score = std::max(0, pair_score(people_.at(mentor), people_.at(mentee)));
        s.lock = LockKind::Organizer;
        s.reasons.emplace_back("set by the organizer");
        const ScoredPair explained = explain_pair(people_.at(mentor).attendee, people_.at(mentee).attendee,
                                                  matcher_.relation(mentor, mentee), matcher_.settings());
        for (const Reason& r : explained.reasons) s.reasons.push_back(r.text);
        add_lock(std::move(s));
    }

    const int slots = std::max(16, n + n / 2);                 // room for check-ins before the next rebuild
    scale_ = static_cast<std::int64_t>(slots) * kMaxGroupCapacity + 1;
    // At most `slots` pairs, none above max_pair_score: one more mentee with priority outweighs any seating.
    priority_points_ = static_cast<std::int64_t>(slots) * max_pair_score(matcher_.settings().weights) + 1;
    slot_id_.assign(at(slots), 0);
    slot_capacity_.assign(at(slots), 0);
    for (int v = 0; v < n; ++v) {
        Person& p = people_.at(ids[at(v)]);
        p.slot = v;
        slot_id_[at(v)] = p.attendee.id;
        const auto l = locked_load.find(p.attendee.id);
        slot_capacity_[at(v)] = std::max(0, capacity_of(p.attendee.id) - (l == locked_load.end() ? 0 : l->second));
    }
    bound_certified_ = false;
    if (free_roles) {
        slot_capacity_.resize(at(n));
        choose_roles_freely(ids);
        slot_capacity_.resize(at(slots), 0);
    }
    for (AttendeeId id : ids) {
        Person& p = people_.at(id);
        if (p.attendee.role != Role::Both || p.role != -1 || locked_mentees_.count(id)) continue;
        p.role = priority_.count(id) ? 0 : guess_role(p);      // who waited takes the seat that is theirs
    }

    live_ = std::make_unique<LiveBMatching>(slots);
    bool any_both = false;
    for (AttendeeId id : ids) {
        std::vector<GroupEdge> edges;
        add_pairs_of(id, true, false, edges);
        const Person& p = people_.at(id);
        any_both = any_both || p.attendee.role == Role::Both;
        live_->add_person(p.slot, slot_capacity_[at(p.slot)], edges);
    }
    live_->solve();
    board_from_live();
    if (!bound_certified_) {
        // Exact for the roles in use; with "both" people the roles themselves are a choice, bounded by the
        // uncoupled relaxation (every "both" person may mentor and be mentored).
        if (!any_both) {
            bound_ = live_->total() / scale_;                 // exact: the kept bits sum below scale_
        } else {
            std::vector<GroupEdge> all;
            std::vector<signed char> saved;
            for (AttendeeId id : ids) saved.push_back(people_.at(id).role);
            for (AttendeeId id : ids) {
                if (people_.at(id).attendee.role == Role::Both && !locked_mentors.count(id)) people_.at(id).role = -1;
            }
            for (AttendeeId id : ids) add_pairs_of(id, true, false, all);
            for (std::size_t i = 0; i < ids.size(); ++i) people_.at(ids[i]).role = saved[i];
            const std::vector<int> cap(slot_capacity_.begin(), slot_capacity_.begin() + n);
            bound_ = solve_b_matching(n, cap, all).dual_total / scale_;
        }
    }
    publish_bound();
}

// The board's bound: bound_ less the priority points the board seated, plus the locked pairs (outside the
// optimization); never below the board itself.
void GroupRoom::publish_bound() {
    std::int64_t locked_total = 0;
    for (const Suggestion& s : locked_) {
        if (people_.count(s.mentor) && people_.count(s.mentee)) locked_total += s.score;
    }
    const std::int64_t bound = bound_ - priority_points_ * priority_seated_ + locked_total;
    board_.optimum_bound = std::max(bound, board_.total);
}

// The board from live_: pairs with their shown score (without priority points) and reasons, locked pairs,
// waiting people; groups ordered by their best pair, the pairs of one mentor together.
void GroupRoom::board_from_live() {
    board_ = SuggestionSet{};
    mentor_of_.clear();
    std::unordered_set<AttendeeId> seated;
    for (const auto& [id, p] : people_) {
        if (p.slot < 0) continue;
        const int m = live_->mentor_of(p.slot);
        if (m < 0) continue;
        const AttendeeId mentor = slot_id_[at(m)];
        Suggestion s;
        s.mentor = mentor;
        s.mentee = id;
        s.score = pair_score(people_.at(mentor), p);
        auto cached = reasons_.find({mentor, id});
        if (cached == reasons_.end()) {
            std::vector<std::string> reasons;
            if (priority_.count(id)) reasons.emplace_back("seated first: waited last round");
            const ScoredPair explained = explain_pair(people_.at(mentor).attendee, p.attendee,
                                                      matcher_.relation(mentor, id), matcher_.settings());
            for (const Reason& r : explained.reasons) reasons.push_back(r.text);
            cached = reasons_.emplace(std::pair{mentor, id}, std::move(reasons)).first;
        }
        s.reasons = cached->second;
        mentor_of_[id] = mentor;
        board_.total += s.score;
        board_.pairs.push_back(std::move(s));
    }
    for (const Suggestion& s : locked_) {
        if (!people_.count(s.mentor) || !people_.count(s.mentee)) continue;
        mentor_of_[s.mentee] = s.mentor;
        board_.total += s.score;
        board_.pairs.push_back(s);
    }
    for (const Suggestion& s : board_.pairs) {
        seated.insert(s.mentor);
        seated.insert(s.mentee);
    }
    priority_seated_ = 0;
    for (const auto& [mentee, mentor] : mentor_of_)
        priority_seated_ += priority_.count(mentee) && !locked_mentees_.count(mentee);
    for (auto& [id, p] : people_) {
        if (!seated.count(id)) board_.waiting.push_back(id);
        else if (p.attendee.role == Role::Both) p.role = mentor_of_.count(id) ? 0 : 1;
    }
    std::sort(board_.waiting.begin(), board_.waiting.end());
    std::unordered_map<AttendeeId, int> best_of;
    for (const Suggestion& s : board_.pairs) best_of[s.mentor] = std::max(best_of[s.mentor], s.score);
    std::sort(board_.pairs.begin(), board_.pairs.end(), [&](const Suggestion& a, const Suggestion& b) {
        if (a.mentor != b.mentor) {
            const int ga = best_of.at(a.mentor), gb = best_of.at(b.mentor);
            return ga != gb ? ga > gb : a.mentor < b.mentor;
        }
        return a.score != b.score ? a.score > b.score : a.mentee < b.mentee;
    });
    publish_bound();
}

} // namespace mb
