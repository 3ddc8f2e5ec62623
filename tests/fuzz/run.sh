#!/usr/bin/env bash
# tests/fuzz/run.sh BUILD_DIR [SECONDS] — run every fuzz target for SECONDS (default 60) from its seed corpus.
# Fails on any crash, leak or sanitizer report; the reproducer is kept under BUILD_DIR/fuzz-artifacts/.
# A crash found here becomes a regression test: add the input to tests/fuzz/corpus/<target>/ and a unit test.
set -euo pipefail
build=${1:?build dir}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$build/fuzz-artifacts"
status=0
for target in "$build"/tests/fuzz/fuzz_*; do
  [[ -x "$target" ]] || continue
  name=$(basename "$target")
  seeds="$here/corpus/${name#fuzz_}"
  work="$build/fuzz-corpus/$name"
  mkdir -p "$work"
  echo "fuzz: $name for ${seconds}s"
  if ! "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$build/fuzz-artifacts/$name-" "$work" "$seeds" > "$build/fuzz-artifacts/$name.log" 2>&1; then
    echo "fuzz: $name FAILED; last lines of its log:" >&2
    tail -40 "$build/fuzz-artifacts/$name.log" >&2
    status=1
  else
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$build/fuzz-artifacts/$name.log" | sed "s/^/fuzz: $name /"
  fi
done
exit $status
