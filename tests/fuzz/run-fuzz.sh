#!/bin/sh
# Builds the fuzz targets with clang + libFuzzer in their own build directory and runs each for
# a bounded time (default 60 s). Findings land in <build>/fuzz-artifacts/; the exit status is
# non-zero if the fuzzer found a crash, a leak or a time-out.
#   tests/fuzz/run-fuzz.sh [SECONDS]      (KIOSK_FUZZ_BUILD=dir to choose the build directory)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${KIOSK_FUZZ_BUILD:-$root/build-fuzz}
seconds=${1:-60}

# Only what the fuzz targets need is configured: a quicker build, and others' folders cannot break it.
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DKIOSK_FUZZ=ON -DBUILD_TESTING=ON \
    -DKIOSK_SKIP_AREAS="accessibility;kiosk;store;qml;server;integration;bench" >/dev/null
cmake --build "$build" --target fuzz_idcard

artifacts="$build/fuzz-artifacts"
work="$build/fuzz-corpus/idcard"   # grows here; the committed seed corpus stays as it is
mkdir -p "$artifacts" "$work"

echo "fuzz_idcard: running for ${seconds} s"
"$build/bin/fuzz_idcard" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" \
    "$work" "$root/tests/fuzz/corpus/idcard"
echo "fuzz_idcard: no findings in ${seconds} s (corpus: $(ls "$work" | wc -l) inputs)"
