# Sourced by the benchmarks: start_server ARGS... starts "$bin/kiosk-server --listen 127.0.0.1:0
# ARGS..." with its output in $work/server.out and .err, waits for the port it prints, and sets
# server_pid and url (http://127.0.0.1:PORT); it exits the benchmark when the server does not start.
start_server() {
  "$bin/kiosk-server" --listen 127.0.0.1:0 "$@" >"$work/server.out" 2>"$work/server.err" &
  server_pid=$!
  port=""
  for _ in $(seq 1 100); do
    port=$(sed -n 's/.*listening on [0-9.]*:\([0-9]*\).*/\1/p' "$work/server.out")
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "kiosk-server did not start"; cat "$work/server.err"; exit 1; }
  url=http://127.0.0.1:$port
}
