#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds the fuzz targets with clang (libFuzzer + ASan + UBSan) and runs each for a bounded time
# over the seed corpus: every fixture in tests/data, plus the inputs that once broke something
# (tests/data/fuzz-crashes). A crash fails the test and leaves the input in BUILD/artifacts.
#   run-fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS_PER_TARGET]
set -euo pipefail
src=$1 build=$2 seconds=${3:-45}
if ! command -v clang++ >/dev/null 2>&1; then
  echo "clang++ is not installed: fuzzing skipped (tools/dev setup installs it)"
  exit 77
fi
log=$(mktemp)
if ! { cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DABUSEDESK_FUZZ=ON -DBUILD_TESTING=OFF && cmake --build "$build" --target fuzz_mbox fuzz_classify fuzz_deliverylog fuzz_tabular fuzz_attribution; } >"$log" 2>&1; then
  tail -n 40 "$log"
  echo "the fuzz build failed"
  exit 1
fi
rm -f "$log"

corpus=$build/corpus
mkdir -p "$corpus" "$build/artifacts"
find "$src/tests/data" -type f -size -2M -exec cp -n {} "$corpus/" \; 2>/dev/null || true
status=0
for target in fuzz_mbox fuzz_classify fuzz_deliverylog fuzz_tabular fuzz_attribution; do
  echo "== $target for ${seconds}s over $(ls "$corpus" | wc -l) seeds"
  # Known crashers first, as plain regression inputs.
  if compgen -G "$src/tests/data/fuzz-crashes/*" >/dev/null; then
    "$build/bin/$target" "$src"/tests/data/fuzz-crashes/* || status=1
  fi
  "$build/bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 "$corpus" 2>&1 \
    | grep -E "^(#[0-9]+ +DONE|Done|==[0-9]+==|SUMMARY|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|crash|timeout" || true
  if compgen -G "$build/artifacts/$target-*" >/dev/null; then
    echo "$target found a failing input: $(ls "$build/artifacts/$target-"*)"
    status=1
  fi
done
exit $status
