#!/usr/bin/env bash
# packaging/install-deps.sh — install the Debian bookworm packages Matchbooth needs, if any are missing.
#
#   packaging/install-deps.sh            build + run (kiosk) dependencies
#   packaging/install-deps.sh --test     also what the test suite needs (Xvfb, Mesa, zbar, ...)
#
# Idempotent and quiet: when everything is installed it prints nothing and exits 0 without touching apt.
# Uses sudo when not root. Nothing is downloaded except Debian packages.
set -euo pipefail

build_deps=(
  cmake g++ make pkg-config
  libimgui-dev libglfw3-dev libfreetype-dev python3-glad   # window, UI, GL loader generated at build time
  libsqlite3-dev libqrencode-dev libcli11-dev              # store, QR codes, command line
  libpq-dev                                                # PostgreSQL client (the shared-server store)
  libutf8proc-dev                                          # Unicode folding for search
  libsodium-dev                                            # organizer PIN hashing (Argon2id)
  fonts-inter                                              # UI font (Latin Extended + Vietnamese)
  fonts-noto-core fonts-noto-cjk                           # names in every script (kiosk, board, badges)
  libfribidi-dev                                           # right-to-left names drawn in visual order
  libicu-dev                                               # romanised spellings: non-Latin names found from the Latin keyboard
  libpng-dev libcairo2-dev libpango1.0-dev libcups2-dev    # QR PNGs, badge PDFs, printing
  libzbar-dev                                              # QR decoding: the kiosk's webcam scanner, the tests
  catch2                                                   # tests are built by default
  libbenchmark-dev liblemon-dev                            # benchmarks (built, not run, by default)
)
test_deps=(
  xvfb xauth libgl1-mesa-dri                               # render tests under Xvfb with llvmpipe
  clang libclang-rt-14-dev                                 # libFuzzer targets (the "fuzz" preset)
  zbar-tools poppler-utils cups-daemon                     # decode QR codes, render PDFs, a real cupsd
  xdotool                                                  # a real X11 tap in the quick-tap test
  postgresql-15                                            # throwaway servers for the PostgreSQL store tests
  lintian dpkg-dev file procps                             # the .deb: cpack shlibdeps, lintian; pgrep
  cage xwayland grim                                       # kiosk session under headless cage, screenshots
)

want=("${build_deps[@]}")
if [[ "${1:-}" == "--test" ]]; then want+=("${test_deps[@]}"); fi

missing=()
for pkg in "${want[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing Debian packages: ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq >&2
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
