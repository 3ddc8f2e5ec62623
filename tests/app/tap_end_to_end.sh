#!/bin/sh
# tests/app/tap_end_to_end.sh DRIVER PNG_CHECK WORKDIR — run under xvfb-run. Starts the real kiosk (GLFW, GL,
# event-driven loop), waits for its window, taps the attract screen once with xdotool (press and release
# microseconds apart, as a finger tap arrives), and checks the screenshot taken seconds later shows the
# light "find your name" screen rather than the dark attract screen: the tap was not lost.
set -eu
driver=$1 check=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
"$driver" --db "$work/tap.db" --demo --screenshot "$work/after-tap.png" --after-seconds 6 &
pid=$!
xdotool search --sync --name Matchbooth >/dev/null
sleep 1
xdotool mousemove 960 540 click 1
wait "$pid"
"$check" "$work/after-tap.png" 1920 1080 light
