#!/usr/bin/env bash
# packaging/build-deb.sh — builds matchbooth_<version>_amd64.deb from a build tree (default: build/default).
#
#   packaging/build-deb.sh [BUILD_DIR]        prints the path of the .deb on its last line
#
# A missing build/default is configured with the default preset; another missing BUILD_DIR gets a lean tree
# (no tests, no benchmarks). Then it builds only the matchbooth target (a no-op when CI has just built
# everything) and runs cpack's DEB generator in the tree. No second build.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/default}
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  if [[ $build == build/default ]]; then
    cmake --preset default >/dev/null
  else
    cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMATCHBOOTH_BUILD_TESTS=OFF \
      -DMATCHBOOTH_BUILD_BENCH=OFF >/dev/null
  fi
fi
cmake --build "$build" -j"$(nproc)" --target matchbooth >/dev/null
log="$build/cpack-deb.log"
(cd "$build" && cpack -G DEB) >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb="$build/matchbooth_${version}_$(dpkg --print-architecture).deb"
[[ -f "$deb" ]] || { echo "build-deb: cpack did not write $deb" >&2; exit 1; }
echo "$deb"
