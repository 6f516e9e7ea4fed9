#!/bin/sh
# Benchmark of kiosk-server with wrk on loopback: push and changes for many simulated stations at
# 64 and 256 connections, next to GET /v1/health (the same server's trivial route, answered without
# the database) as the baseline in the same run; the server's memory (VmRSS) before and after, and
# its peak (VmHWM); then the time for a kiosk's sync client to deliver a queue of visitor records.
# SQLite always; PostgreSQL too when KIOSK_TEST_POSTGRES_URL is set (a scratch database is created
# and dropped). Errors are non-2xx answers plus wrk's socket errors (connect, read, write, timeout);
# the ratios compare 2xx answers per second (an error answered fast is no throughput), and p99 is
# shown as a multiple of health's p99 at the same connection count.
#
#   tests/bench/server/bench_server.sh BUILD_DIR
# Tunables: BENCH_DURATION (5s), BENCH_CONNECTIONS ("64 256"), BENCH_STATIONS (1000),
#           BENCH_BATCH (10 items per push), BENCH_KIOSK_ITEMS (10000)
set -eu
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
bin=$build/bin
duration=${BENCH_DURATION:-5s}
connection_counts=${BENCH_CONNECTIONS:-64 256}
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
# shellcheck source=../startserver.sh
. "$(dirname "$0")/../startserver.sh"

# One key for every process of the run: the server seals station keys and ID numbers with it, and
# PostgreSQL has no place beside the database to keep one (a server may require --key-file).
key_file=$work/server.key
(umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$key_file" && echo >>"$key_file")
export KIOSK_SERVER_KEY_FILE=$key_file
key_args=""
"$bin/kiosk-server" --help 2>/dev/null | grep -q -- '--key-file' && key_args="--key-file $key_file"

# wrk_summary FILE -> "REQ_PER_S P50 P99 ERRORS OK_PER_S" (OK_PER_S: the 2xx answers alone, per second)
wrk_summary() {
  awk '
    /Requests\/sec:/ { rps = $2 }
    / requests in / { total = $1 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx or 3xx responses:/ { bad += $5 }
    /Socket errors:/ { for (i = 3; i <= NF; i++) { v = $i; gsub(/,/, "", v); if (v ~ /^[0-9]+$/) bad += v } }
    END { ok = (total > 0 ? rps * (total - bad) / total : 0); if (ok < 0) ok = 0
          printf "%s %s %s %d %.2f\n", (rps == "" ? 0 : rps), (p50 == "" ? "-" : p50), (p99 == "" ? "-" : p99), bad, ok }' "$1"
}

# memory KEY -> the server's /proc status field in MiB
memory() {
  awk -v k="$1:" '$1 == k { printf "%d", $2 / 1024 }' "/proc/$server_pid/status" 2>/dev/null || echo "-"
}

run_engine() {
  engine=$1 db=$2
  echo "== $engine: $stations stations, wrk for $duration per route at $connection_counts connections, $batch items per push"
  # shellcheck disable=SC2086 # key_args is empty or two words
  "$bin/bench_server_setup" --db "$db" --stations "$stations" --tokens "$work/tokens" $key_args >/dev/null 2>"$work/setup.err" ||
    { cat "$work/setup.err"; exit 1; }
  # shellcheck disable=SC2086
  "$bin/kiosk-server" admin station-create --db "$db" --station-id bench-kiosk --name "Bench kiosk" \
      --enrollment-code BENCH-KIOSK $key_args >/dev/null 2>&1
  # shellcheck disable=SC2086 # key_args is empty or two words
  start_server --db "$db" --rate-limit 0 $key_args
  rss_before=$(memory VmRSS)

  printf '%-10s %5s %-22s %10s %10s %9s %9s %7s %9s %8s  %s\n' engine conns route req/s "2xx/s" p50 p99 errors "2xx/s vs" "p99 vs" statuses
  for c in $connection_counts; do
    wrk -t2 -c"$c" -d"$duration" --latency "$url/v1/health" >"$work/health-$c.txt"
    wrk -t2 -c"$c" -d"$duration" --latency -s "$here/push.lua" "$url" -- "$work/tokens" "$batch" >"$work/push-$c.txt"
    wrk -t2 -c"$c" -d"$duration" --latency -s "$here/changes.lua" "$url" -- "$work/tokens" >"$work/changes-$c.txt"
    set -- $(wrk_summary "$work/health-$c.txt"); h_ok=$5 h_p99=$3
    for route in health push changes; do
      set -- $(wrk_summary "$work/$route-$c.txt")
      ratio=$(awk -v a="$5" -v b="$h_ok" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }')
      statuses=$(sed -n 's/^Statuses: //p' "$work/$route-$c.txt")
      # p99 as a multiple of health's p99 (wrk prints us, ms or s)
      p99_ratio=$(awk -v a="$3" -v b="$h_p99" 'function us(t) { if (t ~ /us$/) return t + 0; if (t ~ /ms$/) return t * 1000; if (t ~ /s$/) return t * 1000000; return -1 }
                  BEGIN { x = us(a); y = us(b); if (x >= 0 && y > 0) printf "%.1f", x / y; else print "-" }')
      label=$route
      [ "$route" = health ] && label="GET /v1/health"
      [ "$route" = push ] && label="POST /v1/sync/push"
      [ "$route" = changes ] && label="GET /v1/sync/changes"
      printf '%-10s %5s %-22s %10s %10s %9s %9s %7s %9s %8s  %s\n' "$engine" "$c" "$label" "$1" "$5" "$2" "$3" "$4" "$ratio" "x$p99_ratio" "$statuses"
    done
    items_per_s=$(awk -v r="$(wrk_summary "$work/push-$c.txt" | cut -d' ' -f5)" -v b="$batch" 'BEGIN { printf "%d", r * b }')
    echo "$engine: at $c connections push stores about $items_per_s records/s"
  done
  echo "$engine: server memory VmRSS ${rss_before} MiB before, $(memory VmRSS) MiB after, peak VmHWM $(memory VmHWM) MiB"
  kill -0 "$server_pid" 2>/dev/null || { echo "$engine: kiosk-server died under load"; cat "$work/server.err"; exit 1; }

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
