#!/bin/sh
# Benchmark of the coordinators' console on loopback with wrk: the API routes a coordinator's page
# asks most (the work queue, its later pages, the plan figures, the stations) for a city
# coordinator signed in over real HTTP, next to GET /v1/health (the same server's trivial route,
# answered without the database) as the baseline in the same run; and the size of the page the
# browser loads. The data is the demo seed with its half year of history (about 900 records at
# four stations) plus BENCH_EXTRA help requests pushed by a kiosk, so the queue has many pages.
# Every console GET writes its audit row, as in real use. SQLite only.
#
#   tests/bench/console/bench_console.sh BUILD_DIR
# Tunables: BENCH_DURATION (5s), BENCH_CONNECTIONS ("4 16"; a console has few users at once),
#           BENCH_EXTRA (2000)
set -eu
build=$(cd "$1" && pwd)
bin=$build/bin
duration=${BENCH_DURATION:-5s}
connection_counts=${BENCH_CONNECTIONS:-4 16}
extra=${BENCH_EXTRA:-2000}
for tool in wrk curl python3 "$bin/kiosk-server"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "skipped: $tool not found"; exit 77; }
done

work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT INT TERM
# shellcheck source=../startserver.sh
. "$(dirname "$0")/../startserver.sh"

db=sqlite:$work/server.sqlite
"$bin/kiosk-server" admin demo-seed --db "$db" --station-id bench-station --enrollment-code BENCH-CODE --history >/dev/null 2>&1
printf 'bench console password\n' >"$work/password"
"$bin/kiosk-server" admin user-create --db "$db" --login bench.city --name "Bench" --role city \
  --password-file "$work/password" >/dev/null 2>&1
start_server --db "$db" --rate-limit 0 --console-insecure-cookie

# A kiosk of the demo station enrolls and pushes the extra help requests, 100 a batch.
python3 - "$url" "$extra" <<'PY'
import json, sys, urllib.request, uuid, datetime
url, extra = sys.argv[1], int(sys.argv[2])
def post(path, body, token=None):
    req = urllib.request.Request(url + path, json.dumps(body).encode(), {"Content-Type": "application/json"})
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req) as r:
        return json.load(r)
token = post("/v1/stations/enroll", {"enrollmentCode": "BENCH-CODE", "clientNonce": uuid.uuid4().hex})["token"]
now = datetime.datetime.now(datetime.timezone.utc)
tomorrow = (now + datetime.timedelta(hours=8, days=1)).strftime("%Y-%m-%d")
letters = "ABCDEFGHJKMNPQRSTUVWXYZ"
for start in range(0, extra, 100):
    items = [{"id": str(uuid.uuid4()), "kind": "volunteer_request", "createdAt": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
              "payload": {"helpType": "shopping_and_meals", "visitorKey": "", "phone": "13800138000",
                          "wantedDay": tomorrow, "dayPart": "morning", "place": {"kind": "station", "placeId": ""},
                          "noteKeys": [], "code": "".join(letters[(start + i + k * 7) % len(letters)] for k in range(5))}}
             for i in range(min(100, extra - start))]
    refused = [r for r in post("/v1/sync/push", {"items": items}, token)["results"] if r["result"] != "accepted"]
    if refused:
        sys.exit("the extra help requests were refused: %s" % refused[0].get("reason"))
PY

cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' -H "Origin: $url" \
  --data '{"login":"bench.city","password":"bench console password"}' "$url/console/api/session" |
  sed -n 's/^[Ss]et-[Cc]ookie: \(kiosk_console=[^;]*\).*/\1/p')
[ -n "$cookie" ] || { echo "could not sign in"; cat "$work/server.err"; exit 1; }
total=$(curl -s -H "Cookie: $cookie" "$url/console/api/queue?open=0&limit=1" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "== console on SQLite: $total queue items (open or not), wrk for $duration per route at $connection_counts connections"

# wrk_summary FILE -> "REQ_PER_S P99 ERRORS OK_PER_S" (as in tests/bench/server/bench_server.sh)
wrk_summary() {
  awk '
    /Requests\/sec:/ { rps = $2 }
    / requests in / { total = $1 }
    /^ +99%/ { p99 = $2 }
    /Non-2xx or 3xx responses:/ { bad += $5 }
    /Socket errors:/ { for (i = 3; i <= NF; i++) { v = $i; gsub(/,/, "", v); if (v ~ /^[0-9]+$/) bad += v } }
    END { ok = (total > 0 ? rps * (total - bad) / total : 0); if (ok < 0) ok = 0
          printf "%s %s %d %.2f\n", (rps == "" ? 0 : rps), (p99 == "" ? "-" : p99), bad, ok }' "$1"
}

# The queue's middle page of everything, as a coordinator paging back through history asks it.
routes="/v1/health /console/api/queue /console/api/queue?open=0&limit=50&offset=$((total / 2)) /console/api/figures /console/api/stations /console/api/volunteers"
printf '%5s %-48s %10s %9s %7s %10s\n' conns route "2xx/s" p99 errors "vs health"
for c in $connection_counts; do
  i=0
  for route in $routes; do
    wrk -t2 -c"$c" -d"$duration" --latency -H "Cookie: $cookie" "$url$route" >"$work/r-$c-$i.txt"
    set -- $(wrk_summary "$work/r-$c-$i.txt")
    [ "$i" -eq 0 ] && health_ok=$4
    ratio=$(awk -v a="$4" -v b="$health_ok" 'BEGIN { if (b > 0) printf "%.4f", a / b; else print "-" }')
    printf '%5s %-48s %10s %9s %7s %10s\n' "$c" "$route" "$4" "$2" "$3" "$ratio"
    i=$((i + 1))
  done
done
echo "server memory: VmRSS $(awk '$1 == "VmRSS:" { printf "%d", $2 / 1024 }' /proc/$server_pid/status) MiB, peak VmHWM $(awk '$1 == "VmHWM:" { printf "%d", $2 / 1024 }' /proc/$server_pid/status) MiB"

# What a browser loads once (then revalidated with ETag): sizes as sent and gzip-compressed.
for asset in index.html app.js app.css; do
  curl -s "$url/console/$asset" >"$work/$asset"
  printf 'page %-10s %8d bytes, %7d gzip-compressed\n' "$asset" "$(wc -c <"$work/$asset")" "$(gzip -9c "$work/$asset" | wc -c)"
done
