// Live matching at the kiosk, through commands against a real SQLite store: the partner on the Done screen
// (and only what the partner agreed to show), likes and declines, the organizer's rounds, and the kiosk that
// does not run the matcher.
#include <catch2/catch.hpp>

#include <set>

#include "tests/support/forwarding_store.hpp"

#include "core/contact/contact_qr.hpp"
#include "core/kiosk/settings.hpp"
#include "core/live/live_matching.hpp"
#include "tests/kiosk/kiosk_fixture.hpp"

using namespace mb;
using namespace mb::kiosk;
using namespace std::chrono_literals;

namespace {

struct Matching : test::KioskDriver {
    // The whole attendee flow for someone on the list, sharing their email.
    void check_in(const std::string& query, AttendeeId id, Role role) {
        send(StartCheckIn{});
        send(SetText{TextField::Query, query});
        send(ChooseAttendee{id});
        send(SetRole{role});
        send(Continue{});
        send(Continue{});
        send(SetShared{ShareField::Email, true});
        send(ConfirmCheckIn{});
        REQUIRE(view().screen == Screen::Done);
    }
    std::optional<Preference> preference(AttendeeId from, AttendeeId to) {
        for (const PreferenceRow& p : store->preferences())
            if (p.from == from && p.to == to) return p.preference;
        return std::nullopt;
    }
};

bool suggested(Store& store, AttendeeId mentor, AttendeeId mentee) {
    for (const Pairing& p : store.stored_suggestions())
        if (p.mentor == mentor && p.mentee == mentee) return true;
    return false;
}

} // namespace

TEST_CASE("the second of two compatible people sees the first as their match, with a reason and their code") {
    Matching m;
    m.check_in("sean", m.sean, Role::Mentor);
    CHECK_FALSE(m.view().done.partner.has_value());           // alone so far: waiting
    m.send(Finish{});

    m.check_in("zoe", m.zoe, Role::Mentee);
    REQUIRE(m.kiosk.view().done.partner.has_value());         // paired before the Done screen appeared
    const PartnerView& p = *m.view().done.partner;
    CHECK(p.id == m.sean);
    CHECK(p.name == "Seán O.");                               // first name + last initial, as on the board
    CHECK(p.side == Role::Mentor);
    CHECK(p.reason == "19 years ahead");                      // the strongest of the pair's reasons
    CHECK(p.organization.empty());                            // Seán did not share his organization
    CHECK_FALSE(p.you_liked);
    CHECK(suggested(*m.store, m.sean, m.zoe));                // the one shared board holds the pair

    // The partner's code holds exactly Seán's consented card: his name and the email he chose to share.
    const Attendee sean = *m.store->attendee(m.sean);
    REQUIRE(p.qr.has_value());
    CHECK(p.qr_payload == contact_qr(sean).payload);
    CHECK_THAT(p.qr_payload, Catch::Contains("EMAIL;TYPE=INTERNET:sean@example.ie"));
    CHECK_THAT(p.qr_payload, !Catch::Contains("Mayo"));       // organization not shared
    CHECK_THAT(p.qr_payload, !Catch::Contains("ORG"));
    CHECK_THAT(p.qr_payload, !Catch::Contains("zoe"));        // nothing of the person looking at it

    // Sharing his organization later shows it on the card, still without a tap at the kiosk.
    Attendee shares = sean;
    shares.share_organization = true;
    m.store->update_attendee(shares);
    m.advance(1s);
    m.kiosk.tick(m.now);
    CHECK(m.view().done.partner->organization == "Mayo Clinic");
}

TEST_CASE("a waiting person taps their name again later and lands on Done with their current match") {
    Matching m;
    m.check_in("zoe", m.zoe, Role::Mentee);
    CHECK_FALSE(m.view().done.partner.has_value());
    m.send(Finish{});
    m.store->check_in(m.sean, "another kiosk");               // the match arrives elsewhere
    m.kiosk.tick(m.now);

    m.send(StartCheckIn{});
    m.send(SetText{TextField::Query, "zoe"});
    m.send(ChooseAttendee{m.zoe});
    REQUIRE(m.view().screen == Screen::Done);
    CHECK(m.view().done.looked_up);
    REQUIRE(m.view().done.partner.has_value());
    CHECK(m.view().done.partner->id == m.sean);
    CHECK(m.store->check_in_log().size() == 2);               // looking is not checking in again

    m.send(EditAnswers{});                                    // answers can still be changed from there
    CHECK(m.view().screen == Screen::About);
    CHECK_FALSE(m.view().done.partner.has_value());
}

TEST_CASE("a decline removes the pair, is stored, and the matcher pairs again") {
    Matching m;
    m.store->check_in(m.sean, "another kiosk");
    m.store->check_in(m.minh, "another kiosk");               // Minh could mentor Zoë too, less well
    m.kiosk.tick(m.now);
    m.check_in("zoe", m.zoe, Role::Mentee);
    REQUIRE(m.view().done.partner.has_value());
    REQUIRE(m.view().done.partner->id == m.sean);

    m.send(DeclinePartner{m.sean});
    CHECK(m.preference(m.zoe, m.sean) == Preference::Decline);
    CHECK_FALSE(suggested(*m.store, m.sean, m.zoe));
    REQUIRE(m.view().done.partner.has_value());
    CHECK(m.view().done.partner->id == m.minh);               // re-paired at once
    CHECK(m.view().done.match_note == "Okay: we won't suggest Seán O. to you again. Here is someone else.");

    m.send(DeclinePartner{m.minh});
    CHECK_FALSE(m.view().done.partner.has_value());           // nobody left: waiting
    CHECK(m.view().done.match_note == "Okay: we won't suggest Nguyễn M. to you again.");
}

TEST_CASE("a like is stored, when both say yes the pair is confirmed") {
    Matching m;
    m.check_in("sean", m.sean, Role::Mentor);
    m.send(Finish{});
    m.check_in("zoe", m.zoe, Role::Mentee);
    m.send(LikePartner{m.sean});
    CHECK(m.preference(m.zoe, m.sean) == Preference::Like);
    REQUIRE(m.view().done.partner.has_value());
    CHECK(m.view().done.partner->you_liked);
    CHECK_FALSE(m.view().done.partner->confirmed);
    CHECK(m.view().done.match_note ==
          "Noted: you'd like to meet Seán O. If they say yes too, your pair is confirmed.");
    m.send(Finish{});

    // Seán comes back to the kiosk, sees Zoë, says yes too.
    m.send(StartCheckIn{});
    m.send(SetText{TextField::Query, "sean"});
    m.send(ChooseAttendee{m.sean});
    REQUIRE(m.view().done.partner.has_value());
    CHECK(m.view().done.partner->name == "Zoë Ñ.");
    m.send(LikePartner{m.zoe});
    CHECK(m.view().done.partner->confirmed);
    CHECK(m.view().done.match_note == "You both said yes: you and Zoë Ñ. are a confirmed pair.");
    CHECK(m.store->stored_suggestions().at(0).locked);
}

TEST_CASE("a like or decline for someone no longer shown changes nothing") {
    Matching m;
    m.store->check_in(m.sean, "another kiosk");
    m.kiosk.tick(m.now);
    m.check_in("zoe", m.zoe, Role::Mentee);
    m.send(DeclinePartner{m.minh});                           // not the partner on screen
    CHECK(m.store->preferences().empty());
    CHECK_THAT(m.view().done.match_note, Catch::Contains("changed"));
    m.send(Finish{});
    m.send(LikePartner{m.sean});                              // not on the Done screen any more
    CHECK(m.store->preferences().empty());
}

TEST_CASE("the idle wipe forgets the partner shown on Done") {
    Matching m;
    m.store->check_in(m.sean, "another kiosk");
    m.kiosk.tick(m.now);
    m.check_in("zoe", m.zoe, Role::Mentee);
    m.send(DeclinePartner{m.sean});
    REQUIRE_FALSE(m.view().done.match_note.empty());
    m.advance(std::chrono::seconds(m.kiosk.idle_timeout_s()));
    m.kiosk.tick(m.now);
    REQUIRE(m.view().screen == Screen::Attract);
    CHECK(m.view().done.id == 0);
    CHECK_FALSE(m.view().done.partner.has_value());
    CHECK(m.view().done.match_note.empty());
    CHECK_FALSE(m.view().done.contact_qr.has_value());
}

TEST_CASE("the organizer sees the counts, sets tables and minutes, and starts a round with table numbers") {
    Matching m;
    for (AttendeeId id : {m.sean, m.zoe, m.minh}) m.store->check_in(id, "another kiosk");
    REQUIRE(m.unlock());
    const MatchingView& before = m.view().organizer.matching;
    CHECK(before.checked_in == 3);
    CHECK(before.paired == 2);                                // Seán + Zoë; Minh has nobody left
    CHECK(before.waiting == 1);
    CHECK(before.is_matcher);
    CHECK_THAT(before.status, Catch::Contains("This kiosk runs the matcher"));
    CHECK(before.tables == 0);
    CHECK(before.round_minutes == kDefaultRoundMinutes);
    CHECK(before.round_number == 0);

    m.send(SetTables{4});
    m.send(SetRoundMinutes{20});
    CHECK(*m.store->setting(kTablesKey) == "4");
    CHECK(*m.store->setting(kRoundMinutesKey) == "20");
    m.send(SetRoundMinutes{100000});
    CHECK(*m.store->setting(kRoundMinutesKey) == std::to_string(kMaxRoundMinutes));
    m.send(SetRoundMinutes{20});

    m.send(StartRound{});
    const std::vector<Round> rounds = m.store->rounds();
    REQUIRE(rounds.size() == 1);
    CHECK(rounds[0].duration_s == 20 * 60);
    const std::vector<Pairing> seats = m.store->round_pairings(rounds[0].id);
    REQUIRE(seats.size() == 1);
    CHECK(seats[0].mentor == m.sean);
    CHECK(seats[0].mentee == m.zoe);
    CHECK(seats[0].table == 1);
    CHECK_FALSE(m.view().organizer.message_is_error);
    CHECK(m.view().organizer.message == "Round 1 started: 1 pair, 20 minutes.");
    const MatchingView& during = m.view().organizer.matching;
    CHECK(during.round_number == 1);
    CHECK(during.round_remaining_s > 0);
    CHECK(during.round_remaining_s <= 20 * 60);

    m.send(ReoptimizePairs{});
    CHECK_FALSE(m.view().organizer.message_is_error);
    CHECK_FALSE(m.view().organizer.message.empty());
}

TEST_CASE("a seated person sees their round partner and table") {
    Matching m;
    for (AttendeeId id : {m.sean, m.zoe}) m.store->check_in(id, "another kiosk");
    REQUIRE(m.unlock());
    m.send(StartRound{});
    m.send(CloseOrganizer{});
    m.send(StartCheckIn{});
    m.send(SetText{TextField::Query, "zoe"});
    m.send(ChooseAttendee{m.zoe});
    REQUIRE(m.view().done.partner.has_value());
    CHECK(m.view().done.partner->id == m.sean);
    CHECK(m.view().done.partner->table == 1);
}

TEST_CASE("with nobody paired a round is refused with a sentence, and no round is stored") {
    Matching m;
    REQUIRE(m.unlock());
    m.send(StartRound{});
    CHECK(m.view().organizer.message_is_error);
    CHECK(m.view().organizer.message == "Nobody is paired yet, so there is no round to start.");
    CHECK(m.store->rounds().empty());
}

TEST_CASE("a kiosk that is not the matcher says who is, and leaves rounds to that screen") {
    test::KioskFixture fx;
    REQUIRE(fx.store->acquire_matcher_lease("the board in hall B", 600'000));
    for (AttendeeId id : {fx.sean, fx.zoe}) fx.store->check_in(id, "another kiosk");
    Kiosk kiosk(*fx.store, fx.config(), fx.now);
    set_organizer_pin(*fx.store, "2468", PinHashCost::minimum());
    kiosk.apply(OpenOrganizer{}, fx.now);
    kiosk.apply(SubmitPin{"2468"}, fx.now);
    REQUIRE(kiosk.view().screen == Screen::Organizer);
    const MatchingView& m = kiosk.view().organizer.matching;
    CHECK_FALSE(m.is_matcher);
    CHECK(m.status == "The matcher runs on the board in hall B. Start rounds and re-optimize there.");

    kiosk.apply(StartRound{}, fx.now);
    CHECK(kiosk.view().organizer.message_is_error);
    CHECK_THAT(kiosk.view().organizer.message, Catch::Contains("the board in hall B"));
    CHECK(fx.store->rounds().empty());
    kiosk.apply(ReoptimizePairs{}, fx.now);
    CHECK(kiosk.view().organizer.message_is_error);
    CHECK_THAT(kiosk.view().organizer.message, Catch::Contains("the board in hall B"));
    kiosk.apply(LockPair{fx.zoe}, fx.now);
    CHECK(kiosk.view().organizer.message_is_error);
    CHECK_THAT(kiosk.view().organizer.message, Catch::Contains("the board in hall B"));
}

TEST_CASE("the organizer locks a pair from the attendee list, the lock is stored, and unlocks it again") {
    Matching m;
    for (AttendeeId id : {m.sean, m.zoe, m.minh}) m.store->check_in(id, "another kiosk");
    REQUIRE(m.unlock());
    auto row = [&](AttendeeId id) {
        for (const OrganizerRowView& r : m.view().organizer.rows)
            if (r.id == id) return r;
        FAIL("no row for attendee " << id);
        return OrganizerRowView{};
    };
    auto stored_lock = [&](AttendeeId mentor, AttendeeId mentee) -> std::optional<bool> {
        for (const Pairing& p : m.store->stored_suggestions())
            if (p.mentor == mentor && p.mentee == mentee) return p.locked;
        return std::nullopt;
    };
    CHECK(row(m.zoe).partner == "Seán O'Brien");
    CHECK(row(m.sean).partner == "Zoë Ñúñez");
    CHECK(row(m.minh).partner.empty());                        // waiting: nobody to lock with
    CHECK_FALSE(row(m.zoe).pair_locked);
    CHECK(stored_lock(m.sean, m.zoe) == false);

    m.send(LockPair{m.zoe});
    CHECK_FALSE(m.view().organizer.message_is_error);
    CHECK(row(m.zoe).pair_locked);
    CHECK(row(m.sean).pair_locked);
    CHECK(stored_lock(m.sean, m.zoe) == true);                 // stored: a matcher taking over keeps it

    m.send(LockPair{m.minh});
    CHECK(m.view().organizer.message_is_error);
    CHECK_THAT(m.view().organizer.message, Catch::Contains("no partner"));

    m.send(UnlockPair{m.sean});
    CHECK_FALSE(m.view().organizer.message_is_error);
    CHECK_FALSE(row(m.zoe).pair_locked);
    CHECK(stored_lock(m.sean, m.zoe) == false);
    m.send(UnlockPair{m.sean});
    CHECK(m.view().organizer.message_is_error);                // nothing left to unlock
}

TEST_CASE("at a group table the organizer locks a mentor's whole group, or one mentee's pair") {
    Matching m;
    m.store->set_setting(kMentorCapacityKey, "2");            // Seán takes two mentees
    Attendee ana = test::person("Ana Lima", "ana@example.br", Role::Mentee, 2);
    ana.organization = "Hospital Sírio";
    const AttendeeId ana_id = m.store->add_attendee(ana);
    for (AttendeeId id : {m.sean, m.zoe, ana_id}) m.store->check_in(id, "another kiosk");
    REQUIRE(m.unlock());
    auto row = [&](AttendeeId id) {
        for (const OrganizerRowView& r : m.view().organizer.rows)
            if (r.id == id) return r;
        FAIL("no row for attendee " << id);
        return OrganizerRowView{};
    };
    auto locked = [&] {
        std::set<AttendeeId> mentees;
        for (const Pairing& p : m.store->stored_suggestions())
            if (p.locked) mentees.insert(p.mentee);
        return mentees;
    };
    REQUIRE(suggested(*m.store, m.sean, m.zoe));
    REQUIRE(suggested(*m.store, m.sean, ana_id));
    CHECK_THAT(row(m.sean).partner, Catch::Contains("Zoë Ñúñez") && Catch::Contains("Ana Lima"));

    m.send(LockPair{ana_id});                                  // one mentee: that pair only
    CHECK_FALSE(m.view().organizer.message_is_error);
    CHECK(locked() == std::set<AttendeeId>{ana_id});
    CHECK(row(ana_id).pair_locked);
    CHECK_FALSE(row(m.sean).pair_locked);                      // not all of his group yet

    m.send(LockPair{m.sean});                                  // the mentor: the whole group
    CHECK_FALSE(m.view().organizer.message_is_error);
    CHECK(locked() == std::set<AttendeeId>{m.zoe, ana_id});
    CHECK(row(m.sean).pair_locked);

    m.send(UnlockPair{m.zoe});
    CHECK(locked() == std::set<AttendeeId>{ana_id});
    m.send(UnlockPair{m.sean});
    CHECK(locked().empty());
}

TEST_CASE("at a second kiosk the match appears on Done as soon as the matcher kiosk has paired them") {
    test::KioskFixture fx;
    auto door_store = open_sqlite_store(fx.dir / "kiosk.db");      // another process on the same file
    Kiosk matcher(*fx.store, fx.config(), fx.now);
    Kiosk door(*door_store, fx.config(), fx.now);
    fx.store->check_in(fx.sean, "another kiosk");
    matcher.tick(fx.now);
    door.tick(fx.now);
    REQUIRE(matcher.matching().is_matcher());
    REQUIRE_FALSE(door.matching().is_matcher());

    for (const Command& c : std::vector<Command>{StartCheckIn{}, SetText{TextField::Query, "zoe"},
                                                 ChooseAttendee{fx.zoe}, Continue{}, Continue{}, ConfirmCheckIn{}})
        door.apply(c, fx.now);
    REQUIRE(door.view().screen == Screen::Done);
    CHECK_FALSE(door.view().done.partner.has_value());        // the matcher has not seen her yet
    fx.advance(1s);
    matcher.tick(fx.now);                                     // pairs her and publishes
    door.tick(fx.now);                                        // reads the published board
    REQUIRE(door.view().done.partner.has_value());
    CHECK(door.view().done.partner->id == fx.sean);
}

namespace {
// A store wrapper that counts change_counter() reads: how often the idle kiosk asks "anything new?".
class CountingStore : public test::ForwardingStore {
public:
    using ForwardingStore::ForwardingStore;
    int counter_reads = 0;                                     // change_counter() calls so far

    std::uint64_t change_counter() override {
        ++counter_reads;
        return inner_.change_counter();
    }
};
} // namespace

TEST_CASE("an idle kiosk asks the store for news a few times a second at most, however often it ticks") {
    test::KioskFixture fx;
    CountingStore counting(*fx.store);
    KioskConfig config = fx.config();
    config.change_poll = KioskConfig{}.change_poll;           // the product's default (250 ms)
    Kiosk kiosk(counting, config, fx.now);
    const int at_start = counting.counter_reads;
    for (int i = 0; i < 1000; ++i) {                          // 10 s of a loop ticking every 10 ms
        fx.advance(10ms);
        kiosk.tick(fx.now);
    }
    const int per_second = (counting.counter_reads - at_start) / 10;
    INFO("change_counter reads per second: " << per_second);
    CHECK(per_second <= 10);                                  // matcher + kiosk 4 times a second, + lease renewals
    CHECK(per_second >= 2);                                   // but it does keep looking

    // A check-in at this kiosk updates the suggestions at once, not at the next poll.
    fx.store->check_in(fx.sean, "another kiosk");
    kiosk.apply(StartCheckIn{}, fx.now);
    kiosk.apply(SetText{TextField::Query, "zoe"}, fx.now);
    kiosk.apply(ChooseAttendee{fx.zoe}, fx.now);
    kiosk.apply(Continue{}, fx.now);
    kiosk.apply(Continue{}, fx.now);
    kiosk.apply(ConfirmCheckIn{}, fx.now);                    // no tick in between
    REQUIRE(kiosk.view().done.partner.has_value());
    CHECK(kiosk.view().done.partner->id == fx.sean);
}

TEST_CASE("group tables: the organizer sets mentees per mentor, and a mentee's Done screen shows the table") {
    Matching m;
    REQUIRE(m.unlock());
    m.send(SetMentorCapacity{9});
    CHECK(*m.store->setting(kMentorCapacityKey) == "4");       // clamped to a table of five
    m.send(SetMentorCapacity{2});
    CHECK(m.view().organizer.matching.mentor_capacity == 2);
    m.send(CloseOrganizer{});
    Attendee ana = test::person("Ana Lima", "ana@example.br", Role::Mentee, 2);
    ana.organization = "Hospital Sírio-Libanês";
    const AttendeeId ana_id = m.store->add_attendee(ana);
    for (AttendeeId id : {m.sean, ana_id}) m.store->check_in(id, "another kiosk");
    m.kiosk.tick(m.now);
    m.check_in("zoe", m.zoe, Role::Mentee);
    REQUIRE(m.view().done.partner);
    CHECK(m.view().done.partner->id == m.sean);                // both mentees sit with Seán
    REQUIRE(m.view().done.tablemates.size() == 1);
    CHECK(m.view().done.tablemates[0].id == ana_id);
    CHECK(m.view().done.tablemates[0].name == "Ana L.");
    CHECK(m.view().done.group_tables);
    CHECK(suggested(*m.store, m.sean, m.zoe));
    CHECK(suggested(*m.store, m.sean, ana_id));
}

TEST_CASE("group tables: a mentor says on About how many mentees they take, only where tables seat groups") {
    Matching m;
    m.send(StartCheckIn{});
    m.send(SetText{TextField::Query, "sean"});
    m.send(ChooseAttendee{m.sean});
    m.send(SetRole{Role::Mentor});
    CHECK_FALSE(m.view().about.asks_capacity);                 // a 1 : 1 event does not ask
    m.send(StartOver{});
    m.store->set_setting(kMentorCapacityKey, "3");
    m.kiosk.tick(m.now);
    m.send(StartCheckIn{});
    m.send(SetText{TextField::Query, "sean"});
    m.send(ChooseAttendee{m.sean});
    m.send(SetRole{Role::Mentor});
    REQUIRE(m.view().about.asks_capacity);
    CHECK(m.view().about.mentees_i_take == 3);                 // the event default until they say
    m.send(SetMenteesITake{2});
    CHECK(m.view().about.mentees_i_take == 2);
    m.send(SetRole{Role::Mentee});
    CHECK_FALSE(m.view().about.asks_capacity);
    m.send(SetRole{Role::Mentor});
    m.send(Continue{});
    m.send(Continue{});
    m.send(ConfirmCheckIn{});
    REQUIRE(m.view().screen == Screen::Done);
    CHECK(m.store->attendee(m.sean)->mentor_capacity == 2);    // stored with the check-in
}

TEST_CASE("group tables: a mentor answers for each mentee at the table, a mentee only for the mentor") {
    Matching m;
    m.store->set_setting(kMentorCapacityKey, "2");
    Attendee ana = test::person("Ana Lima", "ana@example.br", Role::Mentee, 2);
    const AttendeeId ana_id = m.store->add_attendee(ana);
    for (AttendeeId id : {m.zoe, ana_id}) {
        Attendee a = *m.store->attendee(id);
        a.role = Role::Mentee;
        m.store->update_attendee(a);
        m.store->check_in(id, "another kiosk");
    }
    m.kiosk.tick(m.now);
    m.check_in("sean", m.sean, Role::Mentor);
    REQUIRE(m.view().done.partner);
    REQUIRE(m.view().done.tablemates.size() == 1);
    const AttendeeId first = m.view().done.partner->id;
    const AttendeeId second = m.view().done.tablemates[0].id;
    CHECK(std::set<AttendeeId>{first, second} == std::set<AttendeeId>{m.zoe, ana_id});

    m.send(LikePartner{second});                               // the second mentee, not only the first
    CHECK(m.preference(m.sean, second) == Preference::Like);
    CHECK_THAT(m.view().done.match_note, Catch::Contains("you'd like to meet"));

    // Zoë at her own Done screen: the other mentee at Seán's table is company, not a suggestion to answer.
    m.send(Finish{});
    m.send(StartCheckIn{});
    m.send(SetText{TextField::Query, "zoe"});
    m.send(ChooseAttendee{m.zoe});
    REQUIRE(m.view().screen == Screen::Done);
    REQUIRE(m.view().done.partner);
    REQUIRE(m.view().done.partner->id == m.sean);
    REQUIRE(m.view().done.tablemates.size() == 1);
    m.send(LikePartner{ana_id});
    CHECK_FALSE(m.preference(m.zoe, ana_id));
    CHECK_THAT(m.view().done.match_note, Catch::Contains("changed a moment ago"));
}
