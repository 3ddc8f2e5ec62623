#!/usr/bin/env bash
# packaging/run.sh — the "open the kiosk" quick-start command: install what is missing, build, and open the
# kiosk on the embedded SQLite default with a demo event (created on first run, kept afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j"$(nproc)"
exec build/default/matchbooth kiosk --demo "$@"
