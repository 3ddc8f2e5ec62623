#!/usr/bin/env bash
# packaging/test-package.sh — CI's package check: build the .deb, lintian, install it, and prove the booth
# works from the installed files alone.
#
#   packaging/test-package.sh [BUILD_DIR]      (default build/default; run as root: it installs the package)
#
#   1. packaging/build-deb.sh in BUILD_DIR (cpack on the tree CI already built), lintian: no errors/warnings;
#   2. apt-get install ./matchbooth_*.deb (pulls cage, Xwayland, fonts-inter, ... from Debian);
#   3. from /usr/bin only, in an empty folder with a minimal environment: --version, demo, the man page
#      covers every subcommand, a kiosk screenshot under Xvfb;
#   4. systemd-analyze verify on the installed units, and their security exposure (at most 2.5);
#   5. the kiosk session as matchbooth-kiosk.service runs it: its ExecStart, as its User, under headless cage;
#      grim shows the attract screen; SIGKILL the app; the unit's Restart=on-failure/RestartSec (emulated
#      here: CI has no systemd as PID 1) brings it back to the attract screen with the same event and every
#      acknowledged check-in;
#   6. the same for matchbooth-board.service: its ExecStart under headless cage draws the board.
# Everything it starts runs in one process group that the EXIT trap kills; its files live in one temp folder
# (MATCHBOOTH_PACKAGE_ARTIFACTS=DIR keeps the screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
build=${1:-build/default}
step() { printf '\n-- package: %s (%s)\n' "$1" "$(date +%H:%M:%S)"; }
fail() { echo "test-package: FAIL: $*" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || fail "run as root (it installs the package)"

# /var/tmp, not /tmp: the session below gets a private /tmp, as the unit's PrivateTmp=yes gives it.
work=$(mktemp -d /var/tmp/matchbooth-package.XXXXXX)
chmod 755 "$work"
supervisor=""
cleanup() {
  if [[ -n "$supervisor" ]]; then
    kill -TERM -- "-$supervisor" 2>/dev/null || true
    sleep 1
    kill -KILL -- "-$supervisor" 2>/dev/null || true
    wait "$supervisor" 2>/dev/null || true
  fi
  if [[ -n "${MATCHBOOTH_PACKAGE_ARTIFACTS:-}" ]]; then   # keep the screenshots for a CI artifact
    mkdir -p "$MATCHBOOTH_PACKAGE_ARTIFACTS"
    cp "$work"/kiosk-xvfb.png "$work"/attract-*.ppm "$work"/board.ppm "$MATCHBOOTH_PACKAGE_ARTIFACTS"/ 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step "build the .deb and run lintian"
deb=$(packaging/build-deb.sh "$build" | tail -n1)
deb=$(realpath "$deb")
ls -l "$deb"
# --fail-on error,warning: README.md ("Install on a kiosk PC") lists the info-level tags that remain, and why.
lintian --fail-on error,warning --tag-display-limit 0 "$deb" 2>/dev/null || fail "lintian found errors or warnings"

step "install it"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends --reinstall "$deb" >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "apt-get install $deb"; }
for f in /usr/bin/matchbooth /usr/share/man/man1/matchbooth.1.gz /usr/share/applications/matchbooth.desktop \
         /usr/share/icons/hicolor/scalable/apps/matchbooth.svg /lib/systemd/system/matchbooth-kiosk.service \
         /lib/systemd/system/matchbooth-board.service /usr/libexec/matchbooth/kiosk-session \
         /etc/matchbooth/matchbooth.conf; do
  [[ -e $f ]] || fail "not installed: $f"
done
getent passwd matchbooth >/dev/null || fail "the postinst did not create the matchbooth user"
id -nG matchbooth | tr ' ' '\n' | grep -qx video || fail "the postinst did not put matchbooth in group video (webcam)"
dpkg-query -W -f='${Depends}' matchbooth | grep -q 'libzbar0' || fail "Depends lacks libzbar0 (the webcam's QR reader)"

# From here on: installed files only. An empty folder, no source tree on PATH, a minimal environment.
cd "$work"
installed() { env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 "$@"; }

step "matchbooth --version, demo, man page"
installed matchbooth --version | tee version.txt
for lib in SQLite "Dear ImGui" GLFW qrencode; do grep -q "^  $lib  *[0-9]" version.txt || fail "--version lacks $lib"; done
grep -Eq '^matchbooth [0-9.]+ \(git [0-9a-f]{7,}' version.txt || fail "--version lacks the git commit"
installed matchbooth demo --db "$work/demo.db" --checked-in 10 | tee demo.txt
grep -q "created 120 demo attendees" demo.txt || fail "matchbooth demo"
zcat /usr/share/man/man1/matchbooth.1.gz >man.txt
subcommands=$(installed matchbooth --help | awk '/^Subcommands:/{on=1; next} on && /^  [a-z]/{print $1}')
[[ -n "$subcommands" ]] || fail "no subcommands in --help"
for sub in $subcommands; do
  grep -q "^\.SS \"matchbooth $sub\"" man.txt || fail "matchbooth(1) has no section for $sub"
done
echo "matchbooth(1) covers: $(tr "\n" " " <<<"$subcommands")"

step "kiosk screenshot under Xvfb"
installed xvfb-run -a -s '-screen 0 1920x1080x24' matchbooth kiosk --demo --db "$work/xvfb.db" \
  --screenshot "$work/kiosk-xvfb.png" --after-frames 5
[[ $(head -c 8 kiosk-xvfb.png | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "no PNG from the kiosk"
echo "kiosk-xvfb.png: $(stat -c %s kiosk-xvfb.png) bytes"

step "systemd-analyze verify"
systemd-analyze verify /lib/systemd/system/matchbooth-kiosk.service /lib/systemd/system/matchbooth-board.service

step "systemd-analyze security: the units stay hardened"
# Exposure 0.0 (locked down) .. 10.0; the units scored 8.7 before hardening and 2.0 after. --threshold is in
# tenths: a change that loosens them past 2.5 fails here.
for unit in matchbooth-kiosk matchbooth-board; do
  systemd-analyze security --offline=yes --no-pager --threshold=25 "/lib/systemd/system/$unit.service" >"$work/security.txt" 2>&1 \
    || { cat "$work/security.txt"; fail "$unit.service is less hardened than before"; }
  tail -n 1 "$work/security.txt"
done

step "kiosk session under headless cage, as the unit runs it"
unit_value() { sed -n "s/^$2=//p" "$1" | tail -n1; }   # unit_value UNIT KEY: the last KEY=value in UNIT
kiosk_unit=/lib/systemd/system/matchbooth-kiosk.service
board_unit=/lib/systemd/system/matchbooth-board.service
user=$(unit_value "$kiosk_unit" User)
restart=$(unit_value "$kiosk_unit" Restart)
restart_sec=$(unit_value "$kiosk_unit" RestartSec)
[[ $restart == on-failure && -n $restart_sec && -n $user ]] || fail "unexpected unit: Restart=$restart RestartSec=$restart_sec User=$user"
# The installed config file, with the database moved into the test folder (never the machine's real event).
mkdir -p "$work/state" "$work/run"
sed "s|^db = .*|db = \"$work/state/event.db\"|" /etc/matchbooth/matchbooth.conf >"$work/matchbooth.conf"
grep -q "^db = \"$work/state/event.db\"" "$work/matchbooth.conf" || fail "no db line in /etc/matchbooth/matchbooth.conf"
chown "$user": "$work/state" "$work/run"; chmod 700 "$work/run"
as_user() {   # the unit's user and environment (Environment= lines), plus what logind and systemd would set
  setpriv --reuid="$user" --regid="$user" --init-groups env -i PATH=/usr/bin:/bin HOME="$work/state" LANG=C.UTF-8 \
    XDG_SESSION_TYPE=wayland MATCHBOOTH_CONFIG="$work/matchbooth.conf" \
    XDG_RUNTIME_DIR="$work/run" RUNTIME_DIRECTORY="$work/run" WAYLAND_DISPLAY=wayland-0 \
    WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 "$@"
}
as_user matchbooth demo --checked-in 10 >/dev/null                # the event, through the config file's db
walk_in=$(as_user matchbooth export attendees \
  | python3 -c 'import csv,sys; print(next(r["id"] for r in csv.DictReader(sys.stdin) if r["checked_in"] == "no"))')
as_user matchbooth checkin --attendee "$walk_in" | tee checkin.txt   # one more acknowledged check-in
as_user matchbooth export checkins | sort >checkins-before.csv
event_before=$(as_user matchbooth config show | grep '^event_name')
echo "before the crash: $(($(wc -l <checkins-before.csv) - 1)) check-ins; $event_before"

# start_session UNIT: its ExecStart with Restart=on-failure and RestartSec as systemd would apply them (run
# again while it exits non-zero). setsid: the supervisor leads its own process group, which stop_session and
# the EXIT trap kill. PrivateTmp=yes: an empty /tmp in a mount namespace (Xwayland makes its socket folder).
export -f as_user
export work user restart_sec
# ProtectSystem=strict: the root file system read-only, except the test folder (the state and runtime folders
# live in it, as ReadWritePaths= and StateDirectory= keep /var/lib/matchbooth and /run/user writable).
# NoNewPrivileges=yes: setpriv --no-new-privs.
start_session() {
  local exec_start private_tmp=()
  read -r -a exec_start <<<"$(unit_value "$1" ExecStart)"
  protect_system=$(unit_value "$1" ProtectSystem)
  no_new_privs=""
  [[ $(unit_value "$1" NoNewPrivileges) == yes ]] && no_new_privs="setpriv --no-new-privs"
  if grep -qx 'PrivateTmp=yes' "$1"; then
    if unshare -m true 2>/dev/null; then
      private_tmp=(unshare -m)
    else
      echo "note: no mount namespaces here; the session shares /tmp and a writable / (the unit has PrivateTmp=yes)"
    fi
  fi
  export protect_system no_new_privs
  : >"$work/exits"
  # shellcheck disable=SC2016  # the loop expands in the inner bash (its "$@" is ExecStart)
  setsid "${private_tmp[@]}" bash -c '
    if [[ $(readlink /proc/self/ns/mnt) != $(readlink /proc/1/ns/mnt) ]]; then
      mount -t tmpfs -o mode=1777 tmpfs /tmp
      if [[ $protect_system == strict ]]; then
        mount --bind "$work" "$work" && mount -o remount,bind,ro / \
          || echo "note: cannot make / read-only here; the session runs with a writable / (the unit has ProtectSystem=strict)"
        touch /matchbooth-probe 2>/dev/null && { rm -f /matchbooth-probe; echo "note: / is still writable"; }
      fi
    fi
    while :; do
      as_user $no_new_privs "$@"; status=$?   # unquoted: empty, or the command and its option
      echo "$status" >>"$work/exits"
      [[ $status -ne 0 ]] || break
      sleep "$restart_sec"
    done' supervise "${exec_start[@]}" >"$work/session.log" 2>&1 &
  supervisor=$!
}
stop_session() {
  kill -TERM -- "-$supervisor" 2>/dev/null || true
  wait "$supervisor" 2>/dev/null || true
  supervisor=""
}

# Polls grim (inside the session, as its user) until the screen is drawn (check_screen.py); no timing is
# asserted, the limit only stops a hung run.
wait_for_screen() {
  local i verdict=""
  for i in $(seq 1 "${MATCHBOOTH_SCREEN_TRIES:-90}"); do
    if as_user grim -t ppm "$work/state/screen.ppm" 2>"$work/grim.log" \
       && verdict=$(python3 "$src/tests/package/check_screen.py" "$work/state/screen.ppm"); then
      echo "$verdict (after $i tries)"
      return 0
    fi
    kill -0 "$supervisor" 2>/dev/null || { cat "$work/session.log"; fail "the session ended"; }
    sleep 1
  done
  grep -v "Basic output test failed" "$work/session.log" | tail -n 20; cat "$work/grim.log"; echo "$verdict"
  fail "nothing drawn after ${MATCHBOOTH_SCREEN_TRIES:-90} tries"
}
app_pid() {   # the matchbooth process below our supervisor (never one of somebody else's)
  local pid
  for pid in $(pgrep -s "$supervisor" -x matchbooth || true); do echo "$pid"; return 0; done
  return 1
}

start_session "$kiosk_unit"
wait_for_screen
cp "$work/state/screen.ppm" "$work/attract-first.ppm"
first=$(app_pid) || fail "no matchbooth process in the session"
echo "SIGKILL matchbooth (pid $first)"
kill -KILL "$first"
for i in $(seq 1 60); do
  second=$(app_pid) && [[ $second != "$first" ]] && break
  sleep 1
done
[[ ${second:-} && $second != "$first" ]] || { cat "$work/session.log"; fail "matchbooth did not come back"; }
echo "restarted as pid $second; session exits so far: $(tr '\n' ' ' <"$work/exits")"
grep -qx 137 "$work/exits" || fail "kiosk-session did not report the kill (exit statuses: $(cat "$work/exits"))"
wait_for_screen
cp "$work/state/screen.ppm" "$work/attract-after-restart.ppm"
stop_session

as_user matchbooth export checkins | sort >checkins-after.csv
event_after=$(as_user matchbooth config show | grep '^event_name')
[[ $event_after == "$event_before" ]] || fail "event changed: $event_before -> $event_after"
cmp -s checkins-before.csv checkins-after.csv || { diff checkins-before.csv checkins-after.csv; fail "check-ins changed"; }
echo "after the restart: $(($(wc -l <checkins-after.csv) - 1)) check-ins, identical; $event_after"

step "board session under headless cage, as matchbooth-board.service runs it"
start_session "$board_unit"
wait_for_screen
cp "$work/state/screen.ppm" "$work/board.ppm"
stop_session

step "package check passed"
