#!/bin/sh
# tests/app/wedge_end_to_end.sh MATCHBOOTH WORKDIR — run under xvfb-run. A keyboard-wedge scanner through X11:
# imports one attendee with a ticket code and registration answers, starts the real kiosk, types the code
# with xdotool 8 ms a key plus Enter (as a USB scanner does), taps "Check me in" once, and checks the store
# logged the check-in. Passes only if the burst was read as a scan (typed into the search box it would find
# nobody) and the kiosk went straight to the one-tap confirmation.
set -eu
mb=$1 work=$2
rm -rf "$work" && mkdir -p "$work"
printf 'Name,Email,Role,Years,Goals,Ticket secret\nWedge Tester,wedge@example.org,mentee,3,new_position,WEDGE-SCAN-0042\n' \
    > "$work/list.csv"
"$mb" import --db "$work/w.db" "$work/list.csv" >/dev/null
"$mb" kiosk --db "$work/w.db" --screenshot "$work/after.png" --after-seconds 8 &
pid=$!
xdotool search --sync --name Matchbooth >/dev/null
sleep 1.5
xdotool type --delay 8 "WEDGE-SCAN-0042"
xdotool key Return
sleep 1.5
xdotool mousemove 1609 1009 click 1          # "Check me in", bottom right at 1920x1080
wait "$pid"
"$mb" export checkins --db "$work/w.db" > "$work/checkins.csv"
grep -q "Wedge Tester" "$work/checkins.csv" || { echo "no check-in logged:"; cat "$work/checkins.csv"; exit 1; }
