#!/usr/bin/env bash
# Installs what is needed, builds, and starts the kiosk demo: a local SQLite store with demo
# data, a local kiosk-server it syncs with (and its coordinators' console, with a demo account),
# and the simulated card reader where no reader is plugged in. Without a screen it starts a
# virtual one and says how to look at it.
# Extra arguments go to the kiosk (e.g. --windowed).
set -euo pipefail
source "$(dirname "$0")/common.sh"

install_packages
build_kiosk

DEMO=${KIOSK_DEMO_DIR:-$KIOSK_BUILD/demo}
BIN=$KIOSK_BUILD/bin
SERVER_ADDRESS=127.0.0.1:${KIOSK_DEMO_PORT:-8765}
mkdir -p "$DEMO"
CHILDREN=()
cleanup() { for pid in "${CHILDREN[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# The central server, on loopback, with a demo station the kiosk enrolls in.
if [ -x "$BIN/kiosk-server" ]; then
  # The coordinators' console: a city coordinator account, its password made at the first seed
  # and kept beside the demo data, readable only by its owner (never on a command line).
  CONSOLE_LOGIN=demo.coordinator
  CONSOLE_PASSWORD_FILE=$DEMO/console-password.txt
  if [ ! -f "$DEMO/server.sqlite" ]; then
    rm -f "$CONSOLE_PASSWORD_FILE"   # a new database has no account yet
    "$BIN/kiosk-server" admin demo-seed --db "sqlite:$DEMO/server.sqlite" \
      --station-id demo-station --enrollment-code DEMO-CODE --cache-key demo-station-secret --history >/dev/null
  fi
  if [ ! -s "$CONSOLE_PASSWORD_FILE" ]; then
    (umask 077 && printf '%s' "$(openssl rand -hex 10)" >"$CONSOLE_PASSWORD_FILE")
    if ! "$BIN/kiosk-server" admin user-create --db "sqlite:$DEMO/server.sqlite" --login "$CONSOLE_LOGIN" \
         --name "演示协调员" --role city --password-file "$CONSOLE_PASSWORD_FILE" >/dev/null; then
      rm -f "$CONSOLE_PASSWORD_FILE"
      say "The console's demo account could not be made (see above); the kiosk demo goes on"
    fi
  fi
  "$BIN/kiosk-server" --listen "$SERVER_ADDRESS" --db "sqlite:$DEMO/server.sqlite" >"$DEMO/server.log" 2>&1 &
  CHILDREN+=($!)
  say "kiosk-server on http://$SERVER_ADDRESS (log: $DEMO/server.log)"
  if [ -s "$CONSOLE_PASSWORD_FILE" ]; then
    say "Coordinators' console: http://$SERVER_ADDRESS/console/ — sign in as $CONSOLE_LOGIN with password $(cat "$CONSOLE_PASSWORD_FILE") (kept in $CONSOLE_PASSWORD_FILE)"
  fi
  # A resident the station's cache does not hold: typing it shows the online lookup.
  say "Try a number only the server knows: 120103197208150037 (the kiosk asks the server)"
fi

if [ ! -f "$DEMO/kiosk.ini" ]; then
  cat >"$DEMO/kiosk.ini" <<INI
; The demo kiosk's settings; every key is described in the README.
[station]
id=demo-station
demo=true

[server]
url=http://$SERVER_ADDRESS
enrollment_code=DEMO-CODE
; Beside the demo's own server database: a new demo folder means a new server, which must not be
; offered the credential an earlier demo's server gave.
credential_path=$DEMO/station.credential

[store]
path=$DEMO/kiosk.sqlite
secret=demo-station-secret

[reader]
transport=auto
INI
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  Xvfb :77 -screen 0 1920x1080x24 -nolisten tcp >"$DEMO/xvfb.log" 2>&1 &
  CHILDREN+=($!)
  export DISPLAY=:77
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X77 ] && break; sleep 0.1; done
  say "No screen here: the kiosk runs on virtual display :77. To look at it: xwd -display :77 -root -out kiosk.xwd (open with any image viewer), or render a page with $BIN/kiosk --screenshot home.png --page home"
fi

say "Starting the kiosk (Ctrl+C to stop)"
"$BIN/kiosk" --config "$DEMO/kiosk.ini" "$@"
