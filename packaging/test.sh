#!/usr/bin/env bash
# packaging/test.sh — the "run all tests" quick-start command: install what is missing (including Xvfb and
# Mesa for render tests), build, and run the whole suite through CTest. Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh --test
cmake --preset default >/dev/null
cmake --build --preset default -j"$(nproc)"
ctest --preset default "$@"
