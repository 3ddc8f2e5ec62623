// core/kiosk/kiosk_scan.cpp — a scanned code: a ticket checks its holder in; anything else is explained.
//
// What a scan does, on any attendee screen (it replaces whatever half-filled form was open: the person with
// the ticket is the one at the kiosk now):
//   - a known ticket, holder not here yet, answers on file complete: the Share step with "From your
//     registration: ... Is this still right?" — one tap (Check me in) finishes; Back changes the answers;
//   - a known ticket with answers missing: About, pre-filled from the list;
//   - a known ticket whose holder is already checked in: the Find screen with a calm "already used" sentence
//     and the name search, nothing stored, so a second scan here or at another kiosk checks nobody in twice.
//     Not their Done screen: a ticket on a phone can be photographed or forwarded, and Done shows the
//     holder's match and contact QR — a returning holder finds themselves by name like anyone else;
//   - an unknown code: the Find screen with a calm sentence and the name search as the way on;
//   - a Matchbooth badge or contact QR (a vCard): nothing about anyone is shown. A badge hangs on a lanyard
//     where anyone can photograph it, so it is not a credential: it never checks in and never opens a match.
//     The sentence says to scan it with a phone (it is a contact card) and to use the ticket or the name.
// Organizer screens ignore scans (an organizer at the PIN pad must not be thrown out of it). The ticket code
// itself is never put on a screen. A camera scan counts only on Attract and Find: a handheld scanner is
// pointed on purpose, but a webcam sees whatever is in front of it — the badge on the lanyard of the person
// filling in About, a phone in the hand of the next in the queue — and must not wipe someone's form.
#include "core/kiosk/kiosk.hpp"

#include <algorithm>

#include "core/util/strings.hpp"

namespace mb::kiosk {

namespace {

bool looks_like_vcard(std::string_view code) {
    const std::string head = ascii_lower(std::string(code.substr(0, 16)));
    return head.rfind("begin:vcard", 0) == 0 || head.rfind("mecard:", 0) == 0;
}

} // namespace

std::optional<AttendeeId> Kiosk::ticket_holder(const std::string& code) {
    (void)index();                                            // (re)builds tickets_ with the index
    const auto it = tickets_.find(code);
    if (it == tickets_.end()) return std::nullopt;
    return it->second;
}

bool Kiosk::accepts(const ScanCode& c) const {
    if (screen_ == Screen::OrganizerPin || screen_ == Screen::Organizer) return false;
    return c.from != ScanCode::Camera || screen_ == Screen::Attract || screen_ == Screen::Find;
}

void Kiosk::on(const ScanCode& c, SteadyTime) {
    if (!accepts(c)) return;
    const std::string code(trim(c.code));
    if (code.empty()) return;
    wipe();                                                   // the scanned person is at the kiosk now
    go(Screen::Find);
    if (looks_like_vcard(code)) {
        problem_ = "That is a contact card: scan it with your phone to save the contact. To check in, scan your "
                   "ticket or type your name.";
        return;
    }
    const std::optional<AttendeeId> id = ticket_holder(code);
    const std::optional<Attendee> found = id ? store_.attendee(*id) : std::nullopt;
    if (!found) {
        problem_ = "We could not find that ticket. Please type the first letters of your name instead.";
        return;
    }
    if (present_.contains(found->id)) {
        problem_ = "This ticket was already used to check in. To see your match again, type the first letters "
                   "of your name.";
        return;
    }
    form_.person = *found;
    form_.role = found->role;
    form_.from_scan = true;
    go(answers_complete(*found) ? Screen::Share : Screen::About);
}

} // namespace mb::kiosk
