// tests/privacy/test_outbox_erase.cpp — erasing a person from a kiosk's offline outbox: their queued and
// refused writes and mirror rows go, the file is scrubbed (proven by grepping it), and a queued edit from a
// kiosk that was not cleared cannot restore someone erased on the server.
#include <catch2/catch.hpp>

#include "core/privacy/erase.hpp"
#include "core/sync/outbox_file.hpp"
#include "tests/privacy/file_bytes.hpp"
#include "tests/sync/sync_fixture.hpp"

using namespace mb;
using namespace mb::test;

namespace {

const char* const kSecrets[] = {"Zzyzx", "Quuxley", "zzyzx.quuxley@example.org", "TKT-ZZYZX-4242"};

Attendee zed_profile(AttendeeId id) {
    Attendee z = person("Zzyzx Quuxley", "zzyzx.quuxley@example.org", Role::Mentee, 2);
    z.id = id;
    z.ticket_code = "TKT-ZZYZX-4242";
    z.title = "Quuxley fellow";
    return z;
}

sync::OutboxOp op(sync::OpKind kind, std::string uuid, AttendeeId who, AttendeeId other = 0) {
    sync::OutboxOp o;
    o.kind = kind;
    o.uuid = std::move(uuid);
    o.who = who;
    o.other = other;
    o.preference = Preference::Like;
    o.source = "kiosk";
    return o;
}

} // namespace

TEST_CASE("outbox erase: queued, refused and mirrored data about the person leave the outbox file") {
    TempDir dir;
    const auto path = dir / "outbox.db";
    constexpr AttendeeId zed = 7, ana = 8, walk_in = -1;
    sync::OutboxErasure erased;
    {
        sync::OutboxFile file(path);
        // The mirror as the kiosk saw the event, and a walk-in registered offline that is the same person
        // (the server mapped the provisional id to 7).
        file.put_person(zed_profile(zed), 3, false);
        Attendee ana_profile = person("Ana Lima", "ana@example.br", Role::Mentor, 20);
        ana_profile.id = ana;
        file.put_person(ana_profile, 4, false);
        file.set_present(zed, true);
        file.put_preference({zed, ana, Preference::Like, 1});
        file.put_preference({ana, zed, Preference::Decline, 2});
        const std::vector<Pairing> suggested{{ana, zed, 0, 40, "Zzyzx: both in cardiology"}};
        file.replace_suggestions(suggested);
        const std::vector<Pairing> seated{{ana, zed, 1, 40, "both in cardiology"}};
        file.put_round({1, 1, 1000, 600}, seated);
        file.map_id(walk_in, zed);
        // Queued: an edit of their profile, a check-in and a like; refused: their registration.
        sync::OutboxOp edit = op(sync::OpKind::UpdateAttendee, "u-edit", zed);
        edit.attendee = zed_profile(zed);
        file.push(edit);
        file.push(op(sync::OpKind::CheckIn, "u-in", walk_in));
        file.push(op(sync::OpKind::SetPreference, "u-like", ana, zed));
        file.push(op(sync::OpKind::CheckIn, "u-ana", ana));           // someone else's: stays
        sync::OutboxOp add = op(sync::OpKind::AddAttendee, "u-add", walk_in);
        add.attendee = zed_profile(walk_in);
        add.seq = 99;
        file.refuse(add, "zzyzx.quuxley@example.org is already registered");
        REQUIRE(contains(all_files(path), "Quuxley"));

        erased = file.erase_person(zed);
        CHECK(file.pending() == 1);
        REQUIRE(file.front());
        CHECK(file.front()->uuid == "u-ana");
        CHECK(file.refused() == 0);
        CHECK_FALSE(file.person(zed));
        CHECK_FALSE(file.is_present(zed));
        CHECK(file.preferences().empty());
        CHECK(file.suggestions().empty());
        REQUIRE(file.round_pairings(1).size() == 1);               // who sat where stays
        CHECK(file.round_pairings(1)[0].reasons.empty());
        CHECK(file.person(ana));
    }
    CHECK(erased.ops == 3);
    CHECK(erased.refused == 1);
    CHECK(erased.round_reasons == 1);
    scrub_sqlite_file(path);
    const std::string files = all_files(path);
    for (const char* secret : kSecrets) {
        INFO(secret);
        CHECK_FALSE(contains(files, secret));
    }
    CHECK(contains(files, "Ana Lima"));
}

TEST_CASE("outbox erase: a queued edit from a kiosk not cleared is dropped, not delivered, once the server erased them") {
    SyncEvent ev;
    Attendee edited;
    {
        auto kiosk = ev.kiosk();
        ev.net.down = true;
        edited = *kiosk->attendee(ev.ana);
        edited.title = "Charge nurse";
        edited.phone.value = "+55 11 5555 0101";
        kiosk->update_attendee(edited);                           // queued while the server is away
        kiosk->check_in(ev.ana, "kiosk");
        kiosk->set_preference(ev.ana, ev.ben, Preference::Like);
        CHECK(kiosk->status().pending == 3);
    }
    erase_attendee(*ev.server, ev.ana);                           // meanwhile, at the organizer's desk
    ev.net.down = false;
    auto kiosk = ev.kiosk();                                      // opening delivers what waits
    CHECK(kiosk->sync_once().pending == 0);
    const std::optional<Attendee> on_server = ev.server->attendee(ev.ana);
    REQUIRE(on_server);
    CHECK(is_erased(*on_server));                                 // not restored by the queued edit
    CHECK(on_server->phone.value.empty());
    CHECK_FALSE(ev.server_present(ev.ana));
    CHECK(ev.server->preferences().empty());
    CHECK(kiosk->status().refused == 0);                          // dropped, not kept aside with their data
}
