#!/usr/bin/env bash
# Installs what is needed, builds, starts the services the tests use (a private PostgreSQL on
# loopback, a PulseAudio null sink), runs every test with CTest, and stops the services.
# Extra arguments go to ctest (e.g. -R store, -L qml).
#   A whole run (no arguments) also builds the Debian packages (scripts/package.sh) that the
#   package tests install into a clean Debian 12 root; KIOSK_PACKAGES=0 or 1 says otherwise.
#   --sanitize  instead: the core, store, server, sync and integration tests built with ASan and
#               UBSan in build-asan (only what they need), every report a failure (README,
#               "Sanitizers and fuzzing").
set -euo pipefail
source "$(dirname "$0")/common.sh"

SANITIZE=
if [ "${1:-}" = "--sanitize" ]; then
  SANITIZE=1
  shift
fi
SANITIZE_BUILD=${KIOSK_SANITIZE_BUILD:-$KIOSK_ROOT/build-asan}
SANITIZE_LABELS='^(core|store|server|sync|integration)$'

# The sanitizer build: configured once with KIOSK_SANITIZE, then only the executables of the
# labelled tests (and what they start, such as kiosk-server) are built, not the kiosk's pages.
build_sanitized() {
  if [ ! -f "$SANITIZE_BUILD/build.ninja" ]; then
    say "Configuring in $SANITIZE_BUILD (ASan + UBSan)"
    # -O1 -g1: what the sanitizers' documentation advises for usable stacks, and a third quicker
    # to compile than -O2 -g with ASan + UBSan.
    cmake -S "$KIOSK_ROOT" -B "$SANITIZE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
      -DKIOSK_SANITIZE=address,undefined >/dev/null
  fi
  local known wanted=() test base
  known=$(cmake --build "$SANITIZE_BUILD" --target help | sed -n 's/^\([A-Za-z0-9_.-]*\): .*/\1/p')
  # A test's executable is its name, or for a "_postgresql" twin the "_sqlite" one's.
  for test in $(ctest --test-dir "$SANITIZE_BUILD" -N -L "$SANITIZE_LABELS" | sed -n 's/^ *Test *#[0-9]*: //p'); do
    base=${test%_postgresql}
    if grep -qx "${base}_sqlite" <<<"$known"; then wanted+=("${base}_sqlite")
    elif grep -qx "$base" <<<"$known"; then wanted+=("$base"); fi
  done
  say "Building ${#wanted[@]} test executables with ASan + UBSan (two jobs)"
  cmake --build "$SANITIZE_BUILD" -j "$(nproc)" --target $(printf '%s\n' "${wanted[@]}" | sort -u) |
    grep -vE '^\[[0-9]+/[0-9]+\] ' || true
  test "${PIPESTATUS[0]}" -eq 0
}

install_packages
if [ -n "$SANITIZE" ]; then
  build_sanitized
else
  build_kiosk
  install_node_modules
  # The Debian packages, for the tests that install them into a clean Debian 12 root
  # (tests/packaging/install/): built on a whole run (no ctest arguments) or with
  # KIOSK_PACKAGES=1; KIOSK_PACKAGES=0 leaves them out (those tests then say skipped, and fail
  # in CI). A failed package build fails the run after the tests.
  PACKAGE_STATUS=0
  if [ "${KIOSK_PACKAGES:-}" = 1 ] || { [ $# -eq 0 ] && [ "${KIOSK_PACKAGES:-}" != 0 ]; }; then
    say "Building the Debian packages (scripts/package.sh)"
    bash "$KIOSK_ROOT/scripts/package.sh" || PACKAGE_STATUS=$?
  fi
fi

SERVICES=$(mktemp -d /tmp/kiosk-test-services.XXXXXX)
stop_services() {
  if [ -n "${PG_STARTED:-}" ]; then
    run_as_postgres "$PG_BIN/pg_ctl" -D "$SERVICES/pg/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ -n "${PULSE_STARTED:-}" ]; then
    pulseaudio --kill >/dev/null 2>&1 || true
  fi
  rm -rf "$SERVICES"
}
trap stop_services EXIT

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
run_as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
PG_PORT=${KIOSK_TEST_PG_PORT:-54329}
if [ -n "$PG_BIN" ]; then
  mkdir -p "$SERVICES/pg"
  [ "$(id -u)" -eq 0 ] && chown postgres "$SERVICES/pg" && chmod 755 "$SERVICES"
  if run_as_postgres "$PG_BIN/initdb" -D "$SERVICES/pg/data" -U kiosk --auth=trust -E UTF8 >"$SERVICES/pg-init.log" 2>&1 &&
     run_as_postgres "$PG_BIN/pg_ctl" -D "$SERVICES/pg/data" -w -l "$SERVICES/pg/log" \
       -o "-p $PG_PORT -k $SERVICES/pg -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
    PG_STARTED=1
    run_as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U kiosk kiosk_test
    export KIOSK_TEST_POSTGRES_URL="postgresql://kiosk@127.0.0.1:$PG_PORT/kiosk_test"
    say "PostgreSQL for the tests on 127.0.0.1:$PG_PORT"
  else
    say "PostgreSQL could not start (see below); its tests will say skipped"
    tail -n 5 "$SERVICES/pg-init.log" "$SERVICES/pg/log" 2>/dev/null || true
  fi
fi
# PostgreSQL is the production engine: in CI its tests must run, never skip.
if [ "${CI:-}" = "true" ] && [ -z "${PG_STARTED:-}" ]; then
  echo "CI: PostgreSQL did not start, so the tests that claim it cannot run" >&2
  exit 1
fi

# A private PulseAudio with a null sink: speech really plays, and tests record its monitor.
export XDG_RUNTIME_DIR="$SERVICES/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if command -v pulseaudio >/dev/null &&
   pulseaudio --daemonize=yes --exit-idle-time=-1 -n --load="module-null-sink sink_name=kiosk_test_sink" \
     --load=module-native-protocol-unix >"$SERVICES/pulse.log" 2>&1; then
  PULSE_STARTED=1
  for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
  pactl set-default-sink kiosk_test_sink >/dev/null 2>&1 || true
  export KIOSK_TEST_PULSE_SINK=kiosk_test_sink
  say "PulseAudio null sink kiosk_test_sink"
else
  say "PulseAudio could not start; playback tests will say skipped"
  if [ "${CI:-}" = "true" ]; then
    echo "CI: PulseAudio did not start, so the playback tests cannot run" >&2
    exit 1
  fi
fi

# The fuzzers (card reader, push and enroll bodies, CSV imports), each for a bounded time, in
# their own clang build (KIOSK_FUZZ_SECONDS=0 leaves them out). A finding fails the run.
if [ -z "$SANITIZE" ] && [ "${KIOSK_FUZZ_SECONDS:-30}" -gt 0 ] && command -v clang++ >/dev/null; then
  say "Fuzzing the card reader, push and enroll bodies and CSV imports for ${KIOSK_FUZZ_SECONDS:-30} s each"
  KIOSK_FUZZ_BUILD="$KIOSK_ROOT/build-fuzz" "$KIOSK_ROOT/tests/fuzz/run-fuzz.sh" "${KIOSK_FUZZ_SECONDS:-30}"
fi

say "Running the tests"
if [ -z "$SANITIZE" ]; then
  cd "$KIOSK_BUILD"
  status=0
  ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@" || status=$?
  if [ "$PACKAGE_STATUS" -ne 0 ]; then
    say "The Debian packages did not build (scripts/package.sh exit $PACKAGE_STATUS)"
    status=1
  fi
  exit "$status"
fi

# Every process (tests and the kiosk-server processes they start) writes its sanitizer reports
# to files: a report from a child process fails the run even when its test did not notice.
REPORTS="$SERVICES/sanitizer-reports"
mkdir -p "$REPORTS"
export ASAN_OPTIONS="detect_leaks=1:log_path=$REPORTS/asan"
export LSAN_OPTIONS="suppressions=$KIOSK_ROOT/tests/lsan-suppressions.txt:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$REPORTS/ubsan"
cd "$SANITIZE_BUILD"
status=0
ctest --output-on-failure --timeout 900 -j "$(nproc)" -L "$SANITIZE_LABELS" "$@" || status=$?
if ls "$REPORTS"/* >/dev/null 2>&1; then
  say "Sanitizer reports ($(ls "$REPORTS" | wc -l) files):"
  head -n 60 "$REPORTS"/*
  status=1
else
  say "No sanitizer reports"
fi
exit "$status"
