#!/usr/bin/env bash
# packaging/build-deb.sh — builds matchbooth_<version>_amd64.deb from a build tree (default: build/default).
#
#   packaging/build-deb.sh [BUILD_DIR]        prints the path of the .deb on its last line
#
# Configures the tree with the default preset if it does not exist yet, builds only the matchbooth target
# (a no-op when CI has just built everything), then runs cpack's DEB generator in it. No second build.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/default}
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake --preset default >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target matchbooth >/dev/null
log="$build/cpack-deb.log"
(cd "$build" && cpack -G DEB) >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb="$build/matchbooth_${version}_$(dpkg --print-architecture).deb"
[[ -f "$deb" ]] || { echo "build-deb: cpack did not write $deb" >&2; exit 1; }
echo "$deb"
