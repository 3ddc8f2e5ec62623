// The board's live model (core/board/live_board.hpp): re-reads the store only when it changed, keeps the view
// (and so the animations) when a re-read finds nothing new, follows the round clock, survives store errors.
#include <catch2/catch.hpp>

#include "core/board/live_board.hpp"
#include "core/store/sqlite_store.hpp"
#include "core/util/ids.hpp"
#include "tests/board/board_people.hpp"
#include "tests/support/forwarding_store.hpp"
#include "tests/support/temp_dir.hpp"

using namespace mb;

namespace {

// Fails every call as a locked database would, while `fail_reads` is set.
class LockedStore final : public test::ForwardingStore {
public:
    using ForwardingStore::ForwardingStore;
    bool fail_reads = false;              // true: every call throws "database is busy"

private:
    void before_each_call() override {
        if (fail_reads) throw StoreError("database is busy (another process holds the lock)", StoreErrorKind::Busy);
    }
};

struct Event {
    test::TempDir dir;
    std::unique_ptr<Store> door = open_sqlite_store(dir / "board.db");   // where check-ins happen
    std::unique_ptr<Store> open() { return open_sqlite_store(dir / "board.db"); }
};

} // namespace

TEST_CASE("live board: built once, then re-read only when the store moved") {
    Event ev;
    const AttendeeId mentor = ev.door->add_attendee(test::board_person("Ana Mentor", Role::Mentor, 20));
    const AttendeeId mentee = ev.door->add_attendee(test::board_person("Bo Mentee", Role::Mentee, 2));
    ev.door->check_in(mentor, "test");
    auto board_store = ev.open();
    LiveBoard board(*board_store, test::live_as("board"));
    const std::int64_t t = now_unix_ms();

    CHECK(board.refresh(t));
    CHECK(board.revision() == 1);
    CHECK(board.view().checked_in == 1);
    CHECK(board.view().waiting_names == std::vector<std::string>{"Ana M."});
    const std::uint64_t reloads = board.reloads();
    CHECK_FALSE(board.refresh(t + 10));
    CHECK_FALSE(board.refresh(t + 20));
    CHECK(board.reloads() == reloads);                   // nothing changed: no re-read

    // A check-in on another connection: the very next refresh shows the pair.
    ev.door->check_in(mentee, "kiosk");
    CHECK(board.refresh(t + 30));
    REQUIRE(board.view().cards.size() == 1);
    CHECK(board.view().cards[0].mentor_name == "Ana M.");
    CHECK(board.view().cards[0].mentee_name == "Bo M.");
    CHECK(board.view().cards[0].mentor_org == "North Clinic");
    CHECK(board.view().paired == 2);
    CHECK(board.revision() == 2);
    CHECK(board.live().is_matcher());                    // nobody else was matching: the board does
}

TEST_CASE("live board: an unrelated write re-reads but keeps the view, the full-names setting applies") {
    Event ev;
    const AttendeeId mentor = ev.door->add_attendee(test::board_person("Ana Mentor", Role::Mentor, 20));
    const AttendeeId mentee = ev.door->add_attendee(test::board_person("Bo Mentee", Role::Mentee, 2));
    ev.door->check_in(mentor, "test");
    ev.door->check_in(mentee, "test");
    auto board_store = ev.open();
    LiveBoard board(*board_store, test::live_as("board"));
    const std::int64_t t = now_unix_ms();
    REQUIRE(board.refresh(t));
    const std::uint64_t reloads = board.reloads();

    ev.door->set_setting("tables", "12");
    CHECK_FALSE(board.refresh(t + 10));
    CHECK(board.reloads() == reloads + 1);
    CHECK(board.revision() == 1);

    ev.door->set_setting("board_full_names", "1");
    CHECK(board.refresh(t + 20));
    REQUIRE(board.view().cards.size() == 1);
    CHECK(board.view().cards[0].mentor_name == "Ana Mentor");
}

TEST_CASE("live board: a viewer shows the matcher's pairs, the round clock ends the round on time") {
    Event ev;
    const AttendeeId mentor = ev.door->add_attendee(test::board_person("Ana Mentor", Role::Mentor, 20));
    const AttendeeId mentee = ev.door->add_attendee(test::board_person("Bo Mentee", Role::Mentee, 2));
    ev.door->check_in(mentor, "test");
    ev.door->check_in(mentee, "test");
    const std::int64_t t = now_unix_ms();
    LiveMatching kiosk(*ev.door, test::live_as("kiosk"));           // a kiosk runs the matcher
    kiosk.refresh(t);
    auto board_store = ev.open();
    LiveOptions viewer = test::live_as("board");
    viewer.may_match = false;                             // no lease writes: only the clock can move the board
    LiveBoard board(*board_store, viewer);
    REQUIRE(board.refresh(t));
    CHECK_FALSE(board.live().is_matcher());
    REQUIRE(board.view().cards.size() == 1);
    CHECK(board.view().cards[0].table == 0);

    const Round round = kiosk.start_round(0, 60, t);
    CHECK(board.refresh(t + 1));
    REQUIRE(board.view().round.has_value());
    REQUIRE(board.view().cards.size() == 1);
    CHECK(board.view().cards[0].table == 1);
    // No store change, but the round's minute is up: its seating leaves the board.
    const std::int64_t over = round.started_ms + 60'000;
    const std::uint64_t reloads = board.reloads();
    CHECK_FALSE(board.refresh(over - 1));
    CHECK(board.reloads() == reloads);
    CHECK(board.refresh(over));
    CHECK_FALSE(board.view().round.has_value());
}

TEST_CASE("live board: a store error keeps the last good board and says so until it clears") {
    Event ev;
    const AttendeeId mentor = ev.door->add_attendee(test::board_person("Ana Mentor", Role::Mentor, 20));
    const AttendeeId mentee = ev.door->add_attendee(test::board_person("Bo Mentee", Role::Mentee, 2));
    ev.door->check_in(mentor, "test");
    ev.door->check_in(mentee, "test");
    auto real = ev.open();
    LockedStore flaky(*real);
    LiveBoard board(flaky, test::live_as("board"));
    const std::int64_t t = now_unix_ms();
    REQUIRE(board.refresh(t));
    REQUIRE(board.view().cards.size() == 1);

    flaky.fail_reads = true;
    ev.door->undo_check_in(mentee, "organizer");
    CHECK_FALSE(board.refresh(t + 10));
    CHECK(board.last_error().find("busy") != std::string::npos);
    CHECK(board.view().cards.size() == 1);               // still the last good board

    flaky.fail_reads = false;
    CHECK(board.refresh(t + 20));
    CHECK(board.last_error().empty());
    CHECK(board.view().cards.empty());
    CHECK(board.view().checked_in == 1);
}

TEST_CASE("live board: a board window reads the kiosk's LiveMatching and follows it even without a store write") {
    Event ev;
    const AttendeeId mentor = ev.door->add_attendee(test::board_person("Ana Mentor", Role::Mentor, 20));
    const AttendeeId mentee = ev.door->add_attendee(test::board_person("Bo Mentee", Role::Mentee, 2));
    ev.door->check_in(mentor, "test");
    const std::int64_t t = now_unix_ms();
    LiveMatching matcher(*ev.door, test::live_as("matcher"));         // another process runs the matcher
    matcher.refresh(t);
    auto kiosk_store = ev.open();
    LiveMatching kiosk(*kiosk_store, test::live_as("kiosk"));         // this process's one LiveMatching (a viewer here)
    kiosk.refresh(t);
    LiveBoard board(*kiosk_store, kiosk);
    REQUIRE(board.refresh(t));
    CHECK_THROWS_AS(board.own_live(), std::logic_error);

    ev.door->check_in(mentee, "kiosk");
    matcher.refresh(t + 10);                               // publishes the pair
    board.refresh(t + 20);                                 // sees the store move, but the kiosk has not looked yet
    CHECK(board.view().checked_in == 2);
    CHECK(board.view().cards.empty());
    kiosk.refresh(t + 30);                                 // the kiosk's poll: its pairs change, the store does not
    CHECK(board.refresh(t + 40));
    REQUIRE(board.view().cards.size() == 1);
    CHECK(board.view().cards[0].mentee_name == "Bo M.");
    CHECK_FALSE(board.refresh(t + 50));
}
