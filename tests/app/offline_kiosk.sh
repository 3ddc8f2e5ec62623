#!/bin/sh
# tests/app/offline_kiosk.sh MATCHBOOTH PNG_CHECK WORKDIR — run under xvfb-run. The CLI's wiring of a kiosk of
# several: given an event server that cannot be reached (nothing listens on port 1), `matchbooth kiosk` still
# opens on the attract screen and keeps its offline outbox where --outbox says, and `matchbooth sync` on that
# outbox says the server is away; `--demo` says it needs the server. (Offline check-ins, delivery and
# crashes are tested in tests/sync.)
set -eu
matchbooth=$1 check=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
server="postgresql://kiosk@127.0.0.1:1/event?connect_timeout=2"
"$matchbooth" kiosk --db "$server" --outbox "$work/outbox.db" --screenshot "$work/offline.png" --after-frames 5
"$check" "$work/offline.png" 1920 1080 dark
test -s "$work/outbox.db"
"$matchbooth" sync --db "$server" --outbox "$work/outbox.db" >"$work/sync.out" 2>&1
grep -q "0 waiting, 0 refused (server unreachable)" "$work/sync.out"
# --demo needs the server (the event's settings are the organizer's): one line saying so, exit 1.
if "$matchbooth" kiosk --db "$server" --outbox "$work/outbox.db" --demo >"$work/demo.out" 2>&1; then
  echo "kiosk --demo claimed success with the server down" >&2; exit 1
fi
grep -q "demo event to the event server, which cannot be reached" "$work/demo.out"
