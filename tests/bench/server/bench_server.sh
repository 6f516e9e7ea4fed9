#!/bin/sh
# Benchmark of kiosk-server with wrk on loopback: push and changes for many simulated stations,
# next to GET /v1/health (the same server's trivial route) as the baseline; then the time for a
# kiosk's sync client to deliver a queue of visitor records. SQLite always; PostgreSQL too when
# KIOSK_TEST_POSTGRES_URL is set (a scratch database is created and dropped).
#
#   tests/bench/server/bench_server.sh BUILD_DIR
# Tunables: BENCH_DURATION (5s), BENCH_CONNECTIONS (32), BENCH_STATIONS (1000),
#           BENCH_BATCH (10 items per push), BENCH_KIOSK_ITEMS (10000)
set -eu
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
bin=$build/bin
duration=${BENCH_DURATION:-5s}
connections=${BENCH_CONNECTIONS:-32}
stations=${BENCH_STATIONS:-1000}
batch=${BENCH_BATCH:-10}
kiosk_items=${BENCH_KIOSK_ITEMS:-10000}
for tool in wrk "$bin/kiosk-server" "$bin/bench_server_setup" "$bin/bench_kiosk_delivery"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "skipped: $tool not found"; exit 77; }
done

work=$(mktemp -d)
server_pid=""
pg_db=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  if [ -n "$pg_db" ]; then psql -q "$KIOSK_TEST_POSTGRES_URL" -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# wrk_summary FILE -> "REQ_PER_S P50 P90 P99 NON2XX"
wrk_summary() {
  awk '
    /Requests\/sec:/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    END { printf "%s %s %s %s %s\n", rps, p50, p90, p99, (bad == "" ? 0 : bad) }' "$1"
}

run_engine() {
  engine=$1 db=$2
  echo "== $engine: $stations stations, wrk $connections connections for $duration, $batch items per push"
  "$bin/bench_server_setup" --db "$db" --stations "$stations" --tokens "$work/tokens" >/dev/null
  "$bin/kiosk-server" admin station-create --db "$db" --station-id bench-kiosk --name "Bench kiosk" \
      --enrollment-code BENCH-KIOSK >/dev/null
  "$bin/kiosk-server" --listen 127.0.0.1:0 --db "$db" --rate-limit 0 >"$work/server.out" 2>"$work/server.err" &
  server_pid=$!
  port=""
  for _ in $(seq 1 100); do
    port=$(sed -n 's/.*listening on [0-9.]*:\([0-9]*\).*/\1/p' "$work/server.out")
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "kiosk-server did not start"; cat "$work/server.err"; exit 1; }
  url=http://127.0.0.1:$port

  wrk -t2 -c"$connections" -d"$duration" --latency "$url/v1/health" >"$work/health.txt"
  wrk -t2 -c"$connections" -d"$duration" --latency -s "$here/push.lua" "$url" -- "$work/tokens" "$batch" >"$work/push.txt"
  wrk -t2 -c"$connections" -d"$duration" --latency -s "$here/changes.lua" "$url" -- "$work/tokens" >"$work/changes.txt"

  set -- $(wrk_summary "$work/health.txt"); h_rps=$1
  printf '%-8s %-24s %10s %10s %10s %10s %8s %s\n' engine route req/s p50 p90 p99 non-2xx "vs health"
  for route in health push changes; do
    set -- $(wrk_summary "$work/$route.txt")
    ratio=$(awk -v a="$1" -v b="$h_rps" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }')
    label=$route
    [ "$route" = health ] && label="GET /v1/health"
    [ "$route" = push ] && label="POST /v1/sync/push"
    [ "$route" = changes ] && label="GET /v1/sync/changes"
    printf '%-8s %-24s %10s %10s %10s %10s %8s %s\n' "$engine" "$label" "$1" "$2" "$3" "$4" "$5" "$ratio"
  done
  items_per_s=$(awk -v r="$(wrk_summary "$work/push.txt" | cut -d' ' -f1)" -v b="$batch" 'BEGIN { printf "%d", r * b }')
  echo "$engine: push stores about $items_per_s records/s"

  "$bin/bench_kiosk_delivery" --server "$url" --code BENCH-KIOSK --items "$kiosk_items" | sed "s/^/$engine kiosk: /"

  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

run_engine sqlite "sqlite:$work/server.sqlite"
if [ -n "${KIOSK_TEST_POSTGRES_URL:-}" ]; then
  pg_db=kiosk_bench_$$
  psql -q "$KIOSK_TEST_POSTGRES_URL" -c "CREATE DATABASE $pg_db" >/dev/null
  base=${KIOSK_TEST_POSTGRES_URL%/*}
  run_engine postgresql "$base/$pg_db"
else
  echo "postgresql: skipped: KIOSK_TEST_POSTGRES_URL is not set"
fi
