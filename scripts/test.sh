#!/usr/bin/env bash
# Installs what is needed, builds, starts the services the tests use (a private PostgreSQL on
# loopback, a PulseAudio null sink), runs every test with CTest, and stops the services.
# Extra arguments go to ctest (e.g. -R store, -L qml).
set -euo pipefail
source "$(dirname "$0")/common.sh"

install_packages
build_kiosk
install_node_modules

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

# The card-reader fuzzer, for a bounded time, in its own clang build (KIOSK_FUZZ_SECONDS=0
# leaves it out). A finding fails the run.
if [ "${KIOSK_FUZZ_SECONDS:-30}" -gt 0 ] && command -v clang++ >/dev/null; then
  say "Fuzzing the card-reader decoder for ${KIOSK_FUZZ_SECONDS:-30} s"
  KIOSK_FUZZ_BUILD="$KIOSK_ROOT/build-fuzz" "$KIOSK_ROOT/tests/fuzz/run-fuzz.sh" "${KIOSK_FUZZ_SECONDS:-30}" 2>&1 | tail -n 4
fi

say "Running the tests"
cd "$KIOSK_BUILD"
ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
