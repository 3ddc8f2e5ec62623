#!/usr/bin/env bash
# packaging/test-fresh-install.sh — the package on a FRESH Debian bookworm (debootstrap), not on the build
# machine: proves the Depends are complete (nothing the build machine happened to have is needed).
#
#   packaging/test-fresh-install.sh DEB        (root; needs debootstrap and the Debian mirror; ~1-2 min)
#
# In a minbase chroot: apt-get install ./DEB, then from installed files only: --version, demo through the
# shipped config file as the matchbooth user, and the unit's ExecStart under headless cage until grim shows
# the attract screen. The first frame is slow here (~30 s: Mesa's shader cache is cold and llvmpipe compiles
# everything); the wait is a limit, not an assertion. The chroot's mounts are undone and it is deleted on exit.
set -euo pipefail
deb=$(realpath "${1:?usage: test-fresh-install.sh DEB}")
src=$(cd "$(dirname "$0")/.." && pwd)
[[ $(id -u) -eq 0 ]] || { echo "test-fresh-install: run as root" >&2; exit 1; }
root=$(mktemp -d /var/tmp/matchbooth-fresh.XXXXXX)
chmod 755 "$root"   # it becomes /: every user must be able to traverse it
mounted=()
cleanup() {
  local m
  for m in "${mounted[@]}"; do umount "$m" 2>/dev/null || umount -l "$m" || true; done
  # Only once nothing is mounted below it: never delete through a bind mount of /dev or /proc.
  if ! grep -q " $root/" /proc/mounts; then rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT
step() { printf '\n-- fresh install: %s (%s)\n' "$1" "$(date +%H:%M:%S)"; }

step "debootstrap bookworm (minbase)"
debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >"$root.log" 2>&1 \
  || { tail -n 20 "$root.log"; exit 1; }
rm -f "$root.log"
for m in proc dev dev/shm; do   # reverse order at cleanup: dev/shm before dev
  mount --bind "/$m" "$root/$m"
  mounted=("$root/$m" "${mounted[@]}")
done
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/root/"
in_root() { (cd / && chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"); }

step "apt-get install ./$(basename "$deb")"
in_root sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends /root/$(basename "$deb")" \
  >"$root/root/apt.log" 2>&1 || { tail -n 30 "$root/root/apt.log"; exit 1; }
echo "$(grep -c '^Setting up' "$root/root/apt.log") packages set up"
in_root apt-get install -y -qq --no-install-recommends grim >/dev/null 2>&1   # the test's eyes, not a Depends

step "installed files only"
in_root matchbooth --version
in_root runuser -u matchbooth -- matchbooth --config /etc/matchbooth/matchbooth.conf demo

step "the kiosk unit's ExecStart under headless cage"
exec_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/matchbooth-kiosk.service")
in_root install -d -o matchbooth -m 700 /run/matchbooth-test
as_kiosk="setpriv --reuid=matchbooth --regid=matchbooth --init-groups env -i PATH=/usr/bin:/bin \
  HOME=/var/lib/matchbooth XDG_RUNTIME_DIR=/run/matchbooth-test RUNTIME_DIRECTORY=/run/matchbooth-test \
  MATCHBOOTH_CONFIG=/etc/matchbooth/matchbooth.conf WLR_BACKENDS=headless WLR_RENDERER=pixman \
  WLR_LIBINPUT_NO_DEVICES=1"
# One shell inside the chroot runs the session and polls grim; timeout ends both if nothing is drawn.
drawn=0
in_root timeout 120 sh -c "cd /var/lib/matchbooth && $as_kiosk sh -c '
  $exec_start & session=\$!
  for i in \$(seq 1 110); do
    sleep 1
    WAYLAND_DISPLAY=wayland-0 grim -t ppm /var/lib/matchbooth/screen-\$i.ppm 2>/dev/null || continue
    echo \$i > /var/lib/matchbooth/last-screen
  done
  kill \$session'" >"$root/root/session.log" 2>&1 &
session=$!
for i in $(seq 1 110); do
  sleep 1
  last=$(cat "$root/var/lib/matchbooth/last-screen" 2>/dev/null || true)
  [[ -n $last ]] || continue
  if python3 "$src/tests/package/check_screen.py" "$root/var/lib/matchbooth/screen-$last.ppm" >"$root/root/verdict"; then
    drawn=1
    break
  fi
done
cat "$root/root/verdict" 2>/dev/null || true
kill "$session" 2>/dev/null || true
wait "$session" 2>/dev/null || true
[[ $drawn == 1 ]] || { grep -v "Basic output test" "$root/root/session.log" | tail -n 20; echo "FAIL: nothing drawn" >&2; exit 1; }
echo "attract screen drawn after ~${i} s on a fresh system"
step "fresh install check passed"
