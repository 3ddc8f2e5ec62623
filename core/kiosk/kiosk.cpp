// core/kiosk/kiosk.cpp — the attendee flow: find or register, about you, goals, share, check in; idle wipe;
// the cached view model. The organizer half is in kiosk_organizer.cpp.
//
// [SECTION] Lifecycle and ticking
// [SECTION] Attendee flow commands
// [SECTION] Navigation
// [SECTION] View model
#include "core/kiosk/kiosk.hpp"

#include <unistd.h>

#include <algorithm>
#include <variant>

#include "core/kiosk/settings.hpp"
#include "core/util/ids.hpp"
#include "core/util/strings.hpp"

namespace mb::kiosk {

// --- [SECTION] Lifecycle and ticking -----------------------------------------------------------------------

namespace {
// "kiosk on front-desk (pid 4242, 9f3a)": what another process's organizer screen names as the matcher. The
// short random tag keeps two kiosks in one process (tests) from sharing one lease.
std::string default_matcher_name() {
    char host[256] = {};
    const std::string where = ::gethostname(host, sizeof host - 1) == 0 && host[0] != '\0'
                                  ? "kiosk on " + std::string(host)
                                  : std::string("kiosk");
    return where + " (pid " + std::to_string(::getpid()) + ", " + make_uuid().substr(0, 4) + ")";
}
} // namespace

Kiosk::Kiosk(Store& store, KioskConfig config, SteadyTime now) : store_(store), config_(std::move(config)) {
    last_activity_ = now;
    next_poll_ = now + config_.change_poll;
    if (config_.matching.holder.empty()) config_.matching.holder = default_matcher_name();
    live_ = std::make_unique<LiveMatching>(store_, config_.matching);
    refresh_matching();
    refresh_from_store();
    refresh_link_notice();                                   // an outbox with waiting check-ins says so at once
}

void Kiosk::apply(const Command& command, SteadyTime now) {
    if (const auto* scan = std::get_if<ScanCode>(&command); scan && !accepts(*scan)) return;   // no activity
    note_activity(now);
    problem_.clear();
    try {
        std::visit([&](const auto& c) { on(c, now); }, command);
    } catch (const std::exception& e) {
        // Handlers catch the failures they expect; this is the backstop that keeps a kiosk on its feet.
        problem_ = std::string("Something went wrong: ") + e.what() + ". Please ask an organizer.";
    }
    changed();
}

void Kiosk::note_activity(SteadyTime now) {
    last_activity_ = now;
    if (idle_warning_s_ != 0) {
        idle_warning_s_ = 0;
        changed();
    }
}

void Kiosk::tick(SteadyTime now) {
    if (now >= next_poll_) {
        next_poll_ = now + config_.change_poll;
        refresh_matching();                                  // first: its writes are then seen below
        try {
            if (store_.change_counter() != store_counter_) refresh_from_store();
        } catch (const std::exception&) {
            // A busy or vanished database must not stop the attract screen; the next poll tries again.
        }
        refresh_link_notice();
    }
    tick_round_clock();
    if (screen_ != Screen::Attract) {
        const auto timeout = std::chrono::seconds(idle_timeout_s_);
        const auto idle = now - last_activity_;
        if (idle >= timeout) {
            wipe();
            changed();
            return;
        }
        const auto left = std::chrono::ceil<std::chrono::seconds>(timeout - idle).count();
        const int warning = left <= kIdleWarningS ? static_cast<int>(left) : 0;
        if (warning != idle_warning_s_) {
            idle_warning_s_ = warning;
            changed();
        }
    }
    if (screen_ == Screen::OrganizerPin && pin_guard_.locked_for_s(now) != pin_locked_published_) {
        pin_locked_published_ = pin_guard_.locked_for_s(now);
        changed();
    }
}

void Kiosk::refresh_link_notice() {
    if (!config_.link_notice) return;
    std::string now = config_.link_notice();
    if (now == link_notice_) return;
    link_notice_ = std::move(now);
    changed();
}

void Kiosk::refresh_from_store() {
    // The counter also moves for writes nobody sees here (the matcher lease is renewed every few seconds),
    // so the view is marked changed only when something it shows did change: no redraw, no index rebuild.
    store_counter_ = store_.change_counter();
    std::string name = event_name(store_);
    const std::vector<AttendeeId> present = store_.present();
    std::unordered_set<AttendeeId> present_set(present.begin(), present.end());
    const int timeout = config_.idle_timeout_s > 0 ? clamp_idle_timeout_s(config_.idle_timeout_s)
                                                   : kiosk::idle_timeout_s(store_);
    std::optional<std::string> holder;
    if (!live_->is_matcher()) holder = store_.matcher_lease_holder();
    const int tables = round_tables(store_);
    const int minutes = kiosk::round_minutes(store_);
    const int capacity = event_mentor_capacity(store_);
    const bool visible = name != event_name_ || present_set != present_ || timeout != idle_timeout_s_ ||
                         holder != lease_holder_ || tables != round_tables_ || minutes != round_minutes_ ||
                         capacity != mentor_capacity_;
    round_tables_ = tables;
    mentor_capacity_ = capacity;
    round_minutes_ = minutes;
    event_name_ = std::move(name);
    present_count_ = static_cast<std::int64_t>(present.size());
    present_ = std::move(present_set);
    idle_timeout_s_ = timeout;
    lease_holder_ = std::move(holder);
    if (index_ && !index_stale_) index_stale_ = !store_.attendees_changed_since(index_revision_).changed.empty();
    const bool rounds_moved = refresh_rounds();
    // On Done, anything may touch the card: the partner left, changed their consent, said yes too.
    const bool card_moved = screen_ == Screen::Done && update_partner();
    if (visible || index_stale_ || rounds_moved || card_moved) changed();
}

const FindIndex& Kiosk::index() {
    if (!index_ || index_stale_) {
        AttendeeChanges all = store_.attendees_changed_since(0);
        tickets_.clear();
        for (const Attendee& a : all.changed) {
            if (!a.ticket_code.empty()) tickets_[a.ticket_code] = a.id;
        }
        index_.emplace(all.changed, &romaniser_);
        index_revision_ = all.revision;
        index_stale_ = false;
    }
    return *index_;
}

// --- [SECTION] Attendee flow commands ----------------------------------------------------------------------

void Kiosk::on(const StartCheckIn&, SteadyTime) {
    if (screen_ != Screen::Attract) return;
    wipe();
    go(Screen::Find);
}

void Kiosk::on(const SetText& c, SteadyTime) {
    switch (c.field) {
    case TextField::Query:
        if (screen_ == Screen::Find) query_ = truncate_utf8(c.value, kMaxFieldBytes);
        return;
    case TextField::EventName:
    case TextField::ImportPath:
    case TextField::ExportPath:
    case TextField::OrganizerFilter: {
        if (!organizer_unlocked_ || screen_ != Screen::Organizer) return;
        std::string& target = c.field == TextField::EventName    ? event_name_draft_
                              : c.field == TextField::ImportPath ? import_path_
                              : c.field == TextField::ExportPath ? export_path_
                                                                 : organizer_filter_;
        target = truncate_utf8(c.value, c.field == TextField::EventName ? kMaxFieldBytes : kMaxPathBytes);
        return;
    }
    default: break;
    }
    if (screen_ != Screen::Register && screen_ != Screen::About) return;
    std::string* text = form_text(form_, c.field);
    if (!text) return;
    *text = truncate_utf8(c.value, kMaxFieldBytes);
    // Editing a field withdraws its complaint: the person is fixing it.
    if (c.field == TextField::Name) form_.errors.name.clear();
    if (c.field == TextField::Email) form_.errors.email.clear();
    if (c.field == TextField::Phone) form_.errors.phone.clear();
    if (c.field == TextField::Linkedin) form_.errors.linkedin.clear();
}

void Kiosk::on(const ChooseAttendee& c, SteadyTime) {
    if (screen_ != Screen::Find) return;
    if (!form_.walk_in && form_.person.id == c.id && c.id != 0) {
        go(Screen::About);                                // same person again: keep what they changed
        return;
    }
    const std::optional<Attendee> found = store_.attendee(c.id);
    if (!found) {
        problem_ = "That name is no longer on the list. Please search again.";
        return;
    }
    if (present_.contains(found->id)) {
        // Already here: they came back to see their match. Answers can still be changed from Done.
        show_done_for(*found, true, true);
        return;
    }
    form_ = CheckInForm{};
    form_.person = *found;
    form_.role = found->role;
    go(Screen::About);
}

void Kiosk::on(const StartWalkIn&, SteadyTime) {
    if (screen_ != Screen::Find) return;
    if (!form_.walk_in) {
        form_ = CheckInForm{};
        form_.walk_in = true;
    }
    // They searched for themselves first: start the form with what they typed.
    if (trim(form_.person.display_name).empty()) form_.person.display_name = std::string(trim(query_));
    go(Screen::Register);
}

void Kiosk::on(const SetRole& c, SteadyTime) {
    if (screen_ != Screen::About) return;
    form_.role = c.role;
    form_.role_error.clear();
}

void Kiosk::on(const SetYears& c, SteadyTime) {
    if (screen_ == Screen::About) form_.person.years_experience = std::clamp(c.years, 0, kMaxYears);
}

void Kiosk::on(const SetMenteesITake& c, SteadyTime) {
    if (screen_ == Screen::About) form_.person.mentor_capacity = std::clamp(c.mentees, 1, kMaxMentorCapacity);
}

void Kiosk::on(const ToggleGoal& c, SteadyTime) {
    if (screen_ == Screen::Goals) form_.person.goals.toggle(c.goal);
}

void Kiosk::on(const ToggleExpertise& c, SteadyTime) {
    if (screen_ == Screen::Goals) form_.person.expertise.toggle(c.goal);
}

void Kiosk::on(const SetPreferOutsideOrg& c, SteadyTime) {
    if (screen_ == Screen::Goals) form_.person.prefer_outside_org = c.on;
}

void Kiosk::on(const SetShared& c, SteadyTime) {
    if (screen_ == Screen::Share) set_shared(form_.person, c.field, c.on);
}

void Kiosk::on(const Continue&, SteadyTime) {
    switch (screen_) {
    case Screen::Register: {
        Attendee& p = form_.person;
        p.display_name = std::string(trim(p.display_name));
        p.email.value = std::string(trim(p.email.value));
        form_.errors = validate_registration(p);
        if (form_.errors.any()) return;
        if (!p.email.value.empty() && store_.attendee_by_email(p.email.value)) {
            form_.errors.email = "This email is already on the guest list. Go back and search for your name.";
            return;
        }
        go(Screen::About);
        return;
    }
    case Screen::About:
        form_.role_error = validate_role(form_.role);
        if (form_.role_error.empty()) go(Screen::Goals);
        return;
    case Screen::Goals: go(Screen::Share); return;
    default: return;
    }
}

namespace {
std::string next_step_for(Role role) {
    switch (role) {
    case Role::Mentor: return "Watch the big screen: it suggests mentees for you as people arrive.";
    case Role::Mentee: return "Watch the big screen: it suggests a mentor for you as people arrive.";
    case Role::Both: return "Watch the big screen: it suggests pairs for you as people arrive.";
    }
    return {};
}
} // namespace

void Kiosk::on(const ConfirmCheckIn&, SteadyTime) {
    if (screen_ != Screen::Share) return;
    // A walk-in gets its uuid once, on the form, so "try again" after a failure is a replay, not a twin.
    if (form_.person.id == 0 && form_.person.uuid.empty()) form_.person.uuid = make_uuid();
    Attendee person = form_.person;                   // a copy: a failed write leaves the form untouched
    person.role = form_.role.value_or(person.role);
    for (std::string* text : {&person.display_name, &person.organization, &person.title, &person.field,
                              &person.email.value, &person.phone.value, &person.linkedin_url.value}) {
        *text = std::string(trim(*text));
    }
    CheckInResult result;
    const AttendeeId form_id = person.id;
    try {
        // The body may run twice: an outbox (core/sync) re-runs it offline when the server is lost mid-way, so
        // it starts from the form's id each time (a walk-in's first run may have set the server's id).
        store_.transaction([&] {
            person.id = form_id;
            if (person.id == 0) {
                person.id = store_.add_attendee(person);
            } else {
                store_.update_attendee(person);
            }
            result = store_.check_in(person.id, config_.source);
        });
    } catch (const std::exception& e) {
        share_error_ = std::string("Sorry, your check-in could not be saved (") + e.what() +
                       "). Nothing was changed. Please try again or ask an organizer.";
        return;
    }
    share_error_.clear();
    refresh_matching();                                   // this kiosk is normally the matcher: pair them now
    refresh_from_store();
    show_done_for(person, result.already_present, false);
}

void Kiosk::show_done_for(const Attendee& person, bool already_present, bool looked_up) {
    done_ = DoneView{};
    done_.id = person.id;
    done_.name = person.display_name;
    done_.was_already_checked_in = already_present;
    done_.looked_up = looked_up;
    done_.role = person.role;
    done_.next_step = next_step_for(person.role);
    done_.contact_qr = contact_qr_for(person, nullptr);
    update_partner();
    go(Screen::Done);
}

void Kiosk::on(const EditAnswers&, SteadyTime) {
    if (screen_ != Screen::Done || !done_.looked_up) return;
    const std::optional<Attendee> found = store_.attendee(done_.id);
    if (!found) return;
    form_ = CheckInForm{};
    form_.person = *found;
    form_.role = found->role;
    done_ = DoneView{};                                   // the partner's card leaves the screen with it
    go(Screen::About);
}

// --- [SECTION] Navigation ----------------------------------------------------------------------------------

void Kiosk::on(const GoBack&, SteadyTime) {
    switch (screen_) {
    case Screen::Find:
    case Screen::OrganizerPin:
    case Screen::Organizer: wipe(); return;
    case Screen::Register: go(Screen::Find); return;
    case Screen::About: go(form_.walk_in ? Screen::Register : Screen::Find); return;
    case Screen::Goals: go(Screen::About); return;
    case Screen::Share:
        share_error_.clear();
        go(Screen::Goals);
        return;
    default: return;
    }
}

void Kiosk::on(const StartOver&, SteadyTime) { wipe(); }

void Kiosk::on(const Finish&, SteadyTime) {
    if (screen_ == Screen::Done) wipe();
}

void Kiosk::wipe() {
    form_ = CheckInForm{};
    query_.clear();
    share_error_.clear();
    done_ = DoneView{};
    pin_error_.clear();
    organizer_unlocked_ = false;
    event_name_draft_.clear();
    import_path_.clear();
    export_path_.clear();
    organizer_filter_.clear();
    erase_pending_ = 0;
    organizer_message_.clear();
    organizer_message_is_error_ = false;
    idle_warning_s_ = 0;
    screen_ = Screen::Attract;
    ++session_;
}

void Kiosk::go(Screen next) { screen_ = next; }

// --- [SECTION] View model ----------------------------------------------------------------------------------

const KioskView& Kiosk::view() {
    if (view_revision_ == revision_) return view_;
    KioskView v;
    v.screen = screen_;
    v.session = session_;
    v.event_name = event_name_;
    v.present_count = present_count_;
    v.link_notice = link_notice_;
    v.idle_warning_s = idle_warning_s_;
    v.can_go_back = screen_ != Screen::Attract && screen_ != Screen::Done;
    v.can_start_over = screen_ == Screen::Register || screen_ == Screen::About || screen_ == Screen::Goals ||
                       screen_ == Screen::Share;
    v.exit_requested = exit_requested_;
    v.problem = problem_;
    v.step_count = form_.walk_in ? 5 : 4;
    const int extra = form_.walk_in ? 1 : 0;                 // walk-ins have the registration step
    switch (screen_) {
    case Screen::Find: v.step = 1; break;
    case Screen::Register: v.step = 2; break;
    case Screen::About: v.step = 2 + extra; break;
    case Screen::Goals: v.step = 3 + extra; break;
    case Screen::Share: v.step = 4 + extra; break;
    default: v.step_count = 0; break;
    }

    const Attendee& p = form_.person;
    if (screen_ == Screen::Find) build_find_view(v);
    v.registration.name = {p.display_name, form_.errors.name, true};
    v.registration.email = {p.email.value, form_.errors.email, false};
    v.registration.phone = {p.phone.value, form_.errors.phone, false};
    v.registration.linkedin = {p.linkedin_url.value, form_.errors.linkedin, false};

    v.about.name = p.display_name;
    v.about.role = form_.role;
    v.about.role_error = form_.role_error;
    v.about.organization = {p.organization, {}, false};
    v.about.title = {p.title, {}, false};
    v.about.field = {p.field, {}, false};
    v.about.years = p.years_experience;
    // Only where tables seat groups: at a 1 : 1 event the question would be noise (and the answer unused
    // unless it is above 1, which a mentor may still say through the import's capacity column).
    v.about.asks_capacity = mentor_capacity_ > 1 && form_.role && *form_.role != Role::Mentee;
    v.about.mentees_i_take = p.mentor_capacity > 0 ? p.mentor_capacity : mentor_capacity_;

    v.goals.role = form_.role.value_or(Role::Mentee);
    v.goals.goals = p.goals;
    v.goals.expertise = p.expertise;
    v.goals.prefer_outside_org = p.prefer_outside_org;

    v.share.name = p.display_name;
    v.share.rows = share_rows(p, form_.walk_in);
    v.share.qr_sentence = qr_sentence(p);
    if (screen_ == Screen::Share) (void)contact_qr_for(p, &v.share.qr_problem);   // warn before check-in
    v.share.error = share_error_;
    if (form_.from_scan) v.share.from_registration = registration_summary(p, form_.role.value_or(p.role));

    v.done = done_;
    if (screen_ == Screen::OrganizerPin || screen_ == Screen::Organizer) build_organizer_view(v);
    view_ = std::move(v);
    view_revision_ = revision_;
    return view_;
}

void Kiosk::build_find_view(KioskView& v) {
    FindView& f = v.find;
    f.query = {query_, {}, false};
    f.letters_needed = std::max(0, kMinQueryLetters - count_query_letters(query_));
    if (f.letters_needed > 0) return;
    f.searched = true;
    const FindOutcome outcome = index().search(query_, kMaxFindResults);
    for (const FindHit& hit : outcome.hits) {
        f.results.push_back({hit.entry->id, hit.entry->name, hit.entry->organization});
    }
    f.more_matches = outcome.total_matches > outcome.hits.size();
}

} // namespace mb::kiosk
