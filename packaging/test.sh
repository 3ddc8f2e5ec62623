#!/usr/bin/env bash
# packaging/test.sh — the "run all tests" quick-start command, and exactly what CI runs.
#
#   1. installs what is missing (build deps plus Xvfb, Mesa, clang's fuzzer runtime, ...);
#   2. builds the default preset and runs the whole suite through CTest (with throwaway PostgreSQL servers);
#   2b. builds the .deb from that tree, runs lintian, installs it, and checks the installed kiosk session
#       (packaging/test-package.sh);
#   3. builds the ASan+UBSan preset and runs the whole suite again under the sanitizers;
#   4. builds the libFuzzer targets and runs each for MATCHBOOTH_FUZZ_SECONDS (default 60).
# Extra arguments go to both ctest runs (e.g. -R store). MATCHBOOTH_QUICK=1 stops after step 2.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
step() { printf '\n== %s (%s)\n' "$1" "$(date +%H:%M:%S)"; }

step "dependencies"
packaging/install-deps.sh --test

step "build and test: default preset"
cmake --preset default >/dev/null
cmake --build --preset default -j"$jobs"
ctest --preset default "$@"

step "Debian package: build, lintian, install, kiosk session under cage"
packaging/test-package.sh build/default
[[ "${MATCHBOOTH_QUICK:-0}" == 1 ]] && exit 0

step "build and test: ASan + UBSan preset"
cmake --preset asan >/dev/null
cmake --build --preset asan -j"$jobs"
ctest --preset asan "$@"

step "fuzz: ${MATCHBOOTH_FUZZ_SECONDS:-60}s per target"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$jobs"
tests/fuzz/run.sh build/fuzz "${MATCHBOOTH_FUZZ_SECONDS:-60}"
step "all passed"
