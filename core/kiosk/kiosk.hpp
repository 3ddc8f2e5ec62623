// core/kiosk/kiosk.hpp — the check-in kiosk as a state machine over a Store. Headless: no window, no ImGui.
//
// Contract with the app's frame loop (app/kiosk_shell.cpp):
//   1. tick(now) once per loop iteration: runs the idle wipe and, at most every KioskConfig::change_poll,
//      brings live matching up to date and notices other processes' store writes (each costs one
//      Store::change_counter read when nothing changed).
//   2. view() during drawing: a cached view model, rebuilt only when revision() moved. No query per frame.
//   3. apply(command, now) after drawing, for each command the frame produced. The only way state changes.
//   4. note_activity(now) for every touch, even one that hit no button: it postpones the idle wipe.
// Store failures never escape: they become an error sentence in the view of the screen that caused them.
//
// Live matching: the kiosk owns an mb::LiveMatching over its store. Normally it holds the matcher lease, so a
// check-in here updates the suggestions before the Done screen appears; if another process holds it, this
// kiosk shows the stored suggestions and its organizer screen says who runs the matcher.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/kiosk/commands.hpp"
#include "core/kiosk/find_index.hpp"
#include "core/kiosk/form.hpp"
#include "core/kiosk/pin.hpp"
#include "core/kiosk/views.hpp"
#include "core/live/live_matching.hpp"
#include "core/store/store.hpp"

namespace mb::kiosk {

struct KioskConfig {
    int idle_timeout_s = 0;                                  // 0: from the store setting (default 60 s)
    PinHashCost pin_cost = PinHashCost::interactive();       // Argon2id cost when a PIN is chosen here
    std::string source = "kiosk";                            // written to the check-in log (audit)
    std::chrono::milliseconds change_poll{250};              // how often tick() asks the store for news (a
                                                             // remote check-in reaches a board window in
                                                             // well under the 0.5 s the board promises)
    std::string default_import_path;                         // organizer's import field starts with this
    std::string default_export_path = "attendees.csv";        // organizer's export field starts with this
    LiveOptions matching;                                    // holder "" = "kiosk on <host> (pid N)"
    std::function<std::int64_t()> wall_clock_ms;             // Unix ms for the matcher and round clock;
                                                             // empty = the system clock
    std::function<std::string()> link_notice;                // asked every change_poll: "Offline — 3 waiting to
                                                             // sync" from an outbox (core/sync), "" when all
                                                             // is delivered; empty = an embedded database
    std::function<std::string()> scrub_after_erase;          // after an organizer's erase: overwrite the freed
                                                             // bytes of the database file (a SQLite path);
                                                             // "" when done, else a sentence why not; empty =
                                                             // nothing to scrub here (a server's own job)
};

class Kiosk {
public:
    static constexpr std::size_t kMaxFindResults = 4;        // never a browsable list: keep typing instead
    static constexpr int kIdleWarningS = 10;                 // "Still there?" shown this long before a wipe

    Kiosk(Store& store, KioskConfig config, SteadyTime now);

    void apply(const Command& command, SteadyTime now);
    void note_activity(SteadyTime now);
    void tick(SteadyTime now);

    const KioskView& view();                                 // rebuilt lazily after a change
    std::uint64_t revision() const { return revision_; }     // moves whenever view() would differ
    Screen screen() const { return screen_; }
    int idle_timeout_s() const { return idle_timeout_s_; }   // effective timeout in seconds
    bool exit_requested() const { return exit_requested_; }
    // The kiosk's live matching. A board window in the same process reads suggestions() from here rather than
    // running a second LiveMatching, which would compete with this one for the matcher lease.
    const LiveMatching& matching() const { return *live_; }

private:
    // --- Command handlers (kiosk.cpp: attendee flow; kiosk_organizer.cpp: organizer) ---------------------
    void on(const StartCheckIn&, SteadyTime);
    void on(const ScanCode&, SteadyTime);        // kiosk_scan.cpp
    bool accepts(const ScanCode&) const;         // kiosk_scan.cpp: false = as if it never happened
    void on(const SetText&, SteadyTime);
    void on(const ChooseAttendee&, SteadyTime);
    void on(const StartWalkIn&, SteadyTime);
    void on(const SetRole&, SteadyTime);
    void on(const SetYears&, SteadyTime);
    void on(const ToggleGoal&, SteadyTime);
    void on(const ToggleExpertise&, SteadyTime);
    void on(const SetPreferOutsideOrg&, SteadyTime);
    void on(const SetShared&, SteadyTime);
    void on(const Continue&, SteadyTime);
    void on(const ConfirmCheckIn&, SteadyTime);
    void on(const GoBack&, SteadyTime);
    void on(const StartOver&, SteadyTime);
    void on(const Finish&, SteadyTime);
    void on(const EditAnswers&, SteadyTime);
    void on(const LikePartner&, SteadyTime);
    void on(const DeclinePartner&, SteadyTime);
    void on(const OpenOrganizer&, SteadyTime);
    void on(const SubmitPin&, SteadyTime);
    void on(const ChoosePin&, SteadyTime);
    void on(const CloseOrganizer&, SteadyTime);
    void on(const SaveEventName&, SteadyTime);
    void on(const ImportCsv&, SteadyTime);
    void on(const ExportAttendees&, SteadyTime);
    void on(const UndoCheckIn&, SteadyTime);
    void on(const CheckInByOrganizer&, SteadyTime);
    void on(const SetIdleTimeout&, SteadyTime);
    void on(const LeaveKiosk&, SteadyTime);
    void on(const SetTables&, SteadyTime);
    void on(const SetRoundMinutes&, SteadyTime);
    void on(const SetMentorCapacity&, SteadyTime);
    void on(const SetMenteesITake&, SteadyTime);
    void on(const StartRound&, SteadyTime);
    void on(const ReoptimizePairs&, SteadyTime);
    void on(const LockPair&, SteadyTime);
    void on(const UnlockPair&, SteadyTime);
    void on(const AskErase&, SteadyTime);                    // kiosk_organizer.cpp
    void on(const ConfirmErase&, SteadyTime);
    void on(const CancelErase&, SteadyTime);

    // --- Helpers ------------------------------------------------------------------------------------------
    void wipe();                                             // forget the form and drafts, back to attract
    void go(Screen next);
    void changed() { ++revision_; }
    void refresh_from_store();                               // counts, event name; marks index stale
    void refresh_link_notice();                              // config_.link_notice, into the view if it moved
    const FindIndex& index();                                // rebuilt when the store moved since last build
    std::optional<AttendeeId> ticket_holder(const std::string& code);   // kiosk_scan.cpp
    void build_find_view(KioskView& v);
    void build_organizer_view(KioskView& v);
    void enter_organizer();
    void organizer_message(std::string text, bool is_error);

    // --- Live matching (kiosk_matching.cpp) ---------------------------------------------------------------
    std::int64_t wall_ms() const;
    void refresh_matching();                                 // LiveMatching::refresh; failures kept, not thrown
    bool refresh_rounds();                                   // the latest round and its seats; true if it moved
    void tick_round_clock();                                 // the organizer's clock, whole seconds
    std::vector<Pairing> shown_pairs() const;                // what the board shows: seats, then suggestions
    std::optional<PartnerView> find_partner() const;         // done_.id's pair in shown_pairs(), as shown
    std::vector<PartnerView> find_tablemates() const;        // the rest of done_.id's group table
    std::optional<PartnerView> partner_view(const Pairing& p, AttendeeId other) const;
    bool update_partner();                                   // done_.partner := find_partner(); true if it moved
    const PartnerView* answerable(AttendeeId partner) const; // the shown suggestion `partner`, if one may answer it
    std::optional<std::string> record_preference(AttendeeId partner, Preference preference);  // like/decline
    void show_done_for(const Attendee& person, bool already_present, bool looked_up);
    bool round_running() const;
    bool matcher_is_here(std::string_view action);           // else says where it runs; refreshes first
    void build_matching_view(MatchingView& m) const;

    Store& store_;
    KioskConfig config_;

    // Flow state (wiped on idle / start over)
    Screen screen_ = Screen::Attract;
    std::uint64_t session_ = 1;                              // moves on every wipe
    CheckInForm form_;
    std::string query_;                                      // find-me text
    std::string share_error_;
    DoneView done_;
    std::string pin_error_;
    std::string problem_;                                    // banner text; cleared by the next command

    // Organizer state (wiped with the flow: leaving the organizer locks it)
    bool organizer_unlocked_ = false;
    std::string event_name_draft_;
    std::string import_path_;
    std::string import_checked_path_;      // the file the last dry run checked; the next Import stores it
    std::string export_path_;
    std::string organizer_filter_;
    AttendeeId erase_pending_ = 0;                           // the row that asks "Erase for good?"; 0 = none
    std::string organizer_message_;
    bool organizer_message_is_error_ = false;
    PinGuard pin_guard_;                                     // survives wipes: lockout outlives a session
    int pin_locked_published_ = 0;                           // locked_for_s as last published in the view

    // Idle
    int idle_timeout_s_ = 60;                                // effective, seconds
    SteadyTime last_activity_;
    int idle_warning_s_ = 0;                                 // as last published in the view

    // Store mirror
    std::uint64_t store_counter_ = 0;                        // change_counter() at the last refresh
    std::string link_notice_;                                // as last asked (config_.link_notice)
    SteadyTime next_poll_;
    std::string event_name_;
    std::int64_t present_count_ = 0;
    std::optional<FindIndex> index_;                         // built on demand
    Romaniser romaniser_;                                    // Latin spellings for it, cached across rebuilds
    std::unordered_map<std::string, AttendeeId> tickets_;    // ticket code -> attendee, built with index_
    std::unordered_set<AttendeeId> present_;                 // for organizer rows
    bool exit_requested_ = false;
    std::int64_t index_revision_ = 0;                        // attendee revision the index was built at
    bool index_stale_ = false;                               // an attendee was added or edited since

    // Live matching
    std::unique_ptr<LiveMatching> live_;                     // the one set of suggested pairs (see top)
    std::string matching_problem_;                           // last refresh failure, for the organizer; else ""
    std::optional<std::string> lease_holder_;                // who runs the matcher when this kiosk does not
    std::optional<Round> latest_round_;                      // the latest round in the store
    std::vector<Pairing> latest_round_seats_;                // its pairings with table numbers
    int round_tables_ = 0;                                   // setting "tables" (0 = one per pair)
    int mentor_capacity_ = 1;                                // setting "mentor_capacity" (mentees per mentor)
    int round_minutes_ = 15;                                 // setting "round_minutes"
    int round_remaining_published_ = 0;                      // organizer clock as last published in the view
    bool round_running_published_ = false;                   // whether that round was running then

    // View cache
    std::uint64_t revision_ = 1;
    std::uint64_t view_revision_ = 0;                        // revision the cached view was built at
    KioskView view_;
};

} // namespace mb::kiosk
