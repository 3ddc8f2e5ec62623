#!/bin/sh
# tests/app/wedge_end_to_end.sh MATCHBOOTH WORKDIR — run under xvfb-run. A keyboard-wedge scanner through X11:
# imports one attendee with a ticket code and registration answers, then runs the real kiosk twice.
#   1. A person types the code, 150 ms a key, plus Enter, and taps where "Check me in" would be. Typing is not
#      a scan (keys more than 100 ms apart each end their burst), so the kiosk never reaches the one-tap
#      confirmation and the store logs no check-in.
#   2. A scanner "types" it, 8 ms a key, plus Enter, and the same tap checks the person in: the burst was read
#      as a scan (typed into the search box it would find nobody) and went straight to the confirmation.
set -eu
mb=$1 work=$2
rm -rf "$work" && mkdir -p "$work"
printf 'Name,Email,Role,Years,Goals,Ticket secret\nWedge Tester,wedge@example.org,mentee,3,new_position,WEDGE-SCAN-0042\n' \
    > "$work/list.csv"
"$mb" import --db "$work/w.db" "$work/list.csv" >/dev/null

# run_kiosk DELAY_MS: starts the kiosk, types the code DELAY_MS a key plus Enter, taps "Check me in".
run_kiosk() {
    "$mb" kiosk --db "$work/w.db" --camera off --screenshot "$work/after-$1.png" --after-seconds 9 &
    pid=$!
    xdotool search --sync --name Matchbooth >/dev/null
    sleep 1.5
    xdotool type --delay "$1" "WEDGE-SCAN-0042"
    xdotool key Return
    sleep 1.5
    xdotool mousemove 1609 1009 click 1          # "Check me in", bottom right at 1920x1080
    wait "$pid"
}

run_kiosk 150
"$mb" export checkins --db "$work/w.db" > "$work/checkins-typed.csv"
if grep -q "Wedge Tester" "$work/checkins-typed.csv"; then
    echo "typing at 150 ms a key was read as a scan and checked someone in:"; cat "$work/checkins-typed.csv"; exit 1
fi

run_kiosk 8
"$mb" export checkins --db "$work/w.db" > "$work/checkins.csv"
grep -q "Wedge Tester" "$work/checkins.csv" || { echo "no check-in logged:"; cat "$work/checkins.csv"; exit 1; }
