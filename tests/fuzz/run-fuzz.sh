#!/bin/sh
# Builds the fuzz targets with clang + libFuzzer in their own build directory and runs each for
# a bounded time (default 60 s each). The libraries under test are instrumented too
# (KIOSK_SANITIZE=fuzzer-no-link,...), so libFuzzer sees their branches. Each target prints its
# executions and coverage; findings land in <build>/fuzz-artifacts/, full logs in
# <build>/fuzz-logs/. The exit status is non-zero if any fuzzer found a crash, a leak, undefined
# behaviour or a time-out.
#   tests/fuzz/run-fuzz.sh [SECONDS] [TARGET...]   (KIOSK_FUZZ_BUILD=dir to choose the build directory)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${KIOSK_FUZZ_BUILD:-$root/build-fuzz}
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-fuzz_idcard fuzz_pushbatch fuzz_enrollrequest fuzz_csvimport}

# Only what the fuzz targets need is configured: a quicker build, and others' folders cannot break it.
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DKIOSK_FUZZ=ON -DBUILD_TESTING=ON \
    -DKIOSK_SANITIZE=fuzzer-no-link,address,undefined \
    -DKIOSK_SKIP_AREAS="accessibility;kiosk;store;qml;integration;bench" >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" --target $targets | grep -vE '^\[[0-9]+/[0-9]+\] ' || true

artifacts="$build/fuzz-artifacts"
logs="$build/fuzz-logs"
mkdir -p "$artifacts" "$logs"
# Leaks count as findings; UBSan stops at the first report (the build says so too).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_LOGGING_RULES="*.debug=false;*.warning=false"

failed=""
for target in $targets; do
    name=${target#fuzz_}
    binary="$build/bin/$target"
    if [ ! -x "$binary" ]; then
        echo "$target: not built" >&2
        failed="$failed $target"
        continue
    fi
    work="$build/fuzz-corpus/$name"   # grows here; the committed seed corpus stays as it is
    mkdir -p "$work"
    log="$logs/$target.log"
    if "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        "$work" "$root/tests/fuzz/corpus/$name" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
        cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
        echo "$target: ${runs:-?} executions in ${seconds} s, coverage ${cov:-?} edges," \
             "corpus $(ls "$work" | wc -l) inputs, no findings"
    else
        echo "$target: FINDING (log: $log)" >&2
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written|^    #[0-9]' "$log" | head -n 25 >&2 || tail -n 25 "$log" >&2
        failed="$failed $target"
    fi
done
if [ -n "$failed" ]; then
    echo "fuzzing failed:$failed" >&2
    exit 1
fi
