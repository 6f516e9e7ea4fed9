#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The kiosk under cage, started by the real session script (packaging/session/
# station-kiosk-session) on cage's headless backend (WLR_BACKENDS=headless, pixman renderer, no
# input devices; one 1280x720 output), Qt on Wayland (qt6-wayland), screenshot with grim:
#  - [screen] rotation = 90: the kiosk's screen is 720x1280 (portrait); 180 and 0: 1280x720, so it
#    is the INI's rotation that turns it; at 90 and 180 the kiosk's page is drawn and centred (at 0
#    only the size is checked, see below);
#  - the kiosk, cage's child, tells systemd it is ready and keeps pinging although WATCHDOG_PID
#    names another process (under the unit it names cage): a notify socket stands in for systemd;
#  - cage 0.1.4 offers no wlr-output-management, so wlr-randr cannot pick outputs inside it (the
#    reason the session script documents for [screen] output); if that changes, this says so.
# Runs as `nobody` (cage refuses to run as root). Exits 77 when cage, grim, Xwayland (cage 0.1.4
# as built by Debian will not start without it) or Qt's Wayland plugin are missing.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source_dir=${KIOSK_SOURCE_DIR:-$(cd "$here/../../.." && pwd)}
bin_dir=${KIOSK_BIN_DIR:-$source_dir/build/bin}
session=$source_dir/packaging/session/station-kiosk-session
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
skip() { echo "SKIP: $*"; exit 77; }

for program in cage grim Xwayland; do command -v $program >/dev/null || skip "$program is not installed (apt-get install cage grim xwayland)"; done
ls /usr/lib/*/qt6/plugins/platforms/libqwayland-generic.so >/dev/null 2>&1 || skip "Qt's Wayland platform plugin is not installed (qt6-wayland)"
[ -x "$bin_dir/kiosk" ] || skip "$bin_dir/kiosk is not built"
as_user=()
if [ "$(id -u)" = 0 ]; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi

work=$(mktemp -d /tmp/tst_kiosk_cage.XXXXXX)
chmod 755 "$work"
cleanup() {
    [ -n "${session_pid:-}" ] && kill "$session_pid" 2>/dev/null
    [ -n "${listener_pid:-}" ] && kill "$listener_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# listen SOCKET LOG: a stand-in for systemd's notify socket, writing each datagram on a line.
listen() {
    python3 - "$1" "$2" <<'EOF' &
import os, socket, sys, time
path, log = sys.argv[1], sys.argv[2]
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(path)
os.chmod(path, 0o666)
start = time.monotonic()
with open(log, "a", buffering=1) as out:
    while True:
        data = s.recv(4096).decode("utf-8", "replace").replace("\n", " ")
        out.write(f"{time.monotonic() - start:.2f} {data}\n")
EOF
    listener_pid=$!
}

# run_session ROTATION: the session script with [screen] rotation = ROTATION; waits for READY=1,
# two watchdog pings, takes a screenshot to $work/rotation-ROTATION.png and .ppm.
run_session() {
    local rotation=$1 dir=$work/rotation-$1
    mkdir -p "$dir/runtime" "$dir/data" "$dir/home"
    chmod 700 "$dir/runtime"
    cat >"$dir/kiosk.ini" <<EOF
[station]
demo = true
[store]
path = $dir/data/kiosk.db
[server]
credential_path = $dir/data/credential
[reader]
transport = simulated
[screen]
rotation = $rotation
EOF
    chown -R 65534:65534 "$dir" 2>/dev/null
    listen "$dir/notify" "$dir/notify.log"
    for _ in $(seq 50); do [ -S "$dir/notify" ] && break; sleep 0.1; done
    # WATCHDOG_PID names this shell, not the kiosk: the kiosk must ping all the same.
    "${as_user[@]}" env -u WAYLAND_DISPLAY -u DISPLAY HOME="$dir/home" XDG_RUNTIME_DIR="$dir/runtime" \
        WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
        NOTIFY_SOCKET="$dir/notify" WATCHDOG_USEC=3000000 WATCHDOG_PID=$$ \
        KIOSK_CONFIG="$dir/kiosk.ini" KIOSK_BIN="$bin_dir/kiosk" KIOSK_DRM_SYSFS=/nonexistent \
        sh "$session" >"$dir/session.log" 2>&1 &
    session_pid=$!
    local deadline=$((SECONDS + 90))
    while [ $SECONDS -lt $deadline ] && ! grep -q 'READY=1' "$dir/notify.log" 2>/dev/null; do
        kill -0 $session_pid 2>/dev/null || break
        sleep 0.2
    done
    sleep ${KIOSK_CAGE_SETTLE:-2.5} # two pings at WATCHDOG_USEC/3
    local ready pings
    ready=$(grep -c 'READY=1' "$dir/notify.log" 2>/dev/null)
    pings=$(grep -c 'WATCHDOG=1' "$dir/notify.log" 2>/dev/null)
    echo "rotation $rotation: $(head -1 "$dir/session.log" | sed 's/^station-kiosk-session: //')"
    echo "rotation $rotation: cage's child sent READY=1 x${ready:-0}, WATCHDOG=1 x${pings:-0} (WATCHDOG_PID=$$, not the kiosk)"
    [ "${ready:-0}" -ge 1 ] || { fail "rotation $rotation: no READY=1 from the kiosk under cage"; sed 's/^/  /' "$dir/session.log" | tail -20; }
    [ "${pings:-0}" -ge 2 ] || fail "rotation $rotation: the kiosk under cage sent ${pings:-0} watchdog pings in 2.5 s"
    if [ "${ready:-0}" -ge 1 ]; then
        "${as_user[@]}" env XDG_RUNTIME_DIR="$dir/runtime" WAYLAND_DISPLAY=wayland-0 grim -t ppm "$dir/shot.ppm" ||
            fail "rotation $rotation: grim could not take a screenshot"
        "${as_user[@]}" env XDG_RUNTIME_DIR="$dir/runtime" WAYLAND_DISPLAY=wayland-0 grim "$dir/shot.png"
        cp "$dir/shot.png" "$work/rotation-$rotation.png" 2>/dev/null
        [ -n "${KIOSK_TEST_ARTIFACTS:-}" ] && mkdir -p "$KIOSK_TEST_ARTIFACTS" && cp "$dir/shot.png" "$KIOSK_TEST_ARTIFACTS/kiosk-cage-rotation-$rotation.png"
        if [ "$rotation" = 90 ] && command -v wlr-randr >/dev/null; then
            randr=$("${as_user[@]}" env XDG_RUNTIME_DIR="$dir/runtime" WAYLAND_DISPLAY=wayland-0 wlr-randr 2>&1)
            echo "wlr-randr inside cage: $randr"
            [[ $randr == *"doesn't support wlr-output-management"* ]] ||
                fail "wlr-randr now works inside cage ($randr): the session script could turn other outputs off"
        fi
    fi
    kill "$session_pid" 2>/dev/null
    wait "$session_pid" 2>/dev/null
    session_pid=
    kill "$listener_pid" 2>/dev/null
    wait "$listener_pid" 2>/dev/null
    listener_pid=
}

# ppm_facts FILE: "WIDTHxHEIGHT COLOURS DX DY" of a binary PPM (P6): sampled colours, and how far
# the middle of what is drawn (every pixel unlike the commonest, the background) lies from the
# middle of the screen, in per cent of its width and height.
ppm_facts() {
    python3 - "$1" <<'EOF'
import collections, sys
data = open(sys.argv[1], "rb").read()
parts, pos = [], 0
while len(parts) < 4:
    while data[pos:pos + 1].isspace():
        pos += 1
    end = pos
    while not data[end:end + 1].isspace():
        end += 1
    parts.append(data[pos:end]); pos = end
pixels = data[pos + 1:]
width, height = int(parts[1]), int(parts[2])
colours = collections.Counter(pixels[i:i + 3] for i in range(0, len(pixels), 3 * 97))
background = colours.most_common(1)[0][0]
xs, ys = [], []
for y in range(0, height, 4):
    row = y * width * 3
    for x in range(0, width, 4):
        if pixels[row + 3 * x:row + 3 * x + 3] != background:
            xs.append(x); ys.append(y)
dx = round(100 * ((min(xs) + max(xs)) / 2 - width / 2) / width) if xs else 0
dy = round(100 * ((min(ys) + max(ys)) / 2 - height / 2) / height) if ys else 0
print(f"{width}x{height} {len(colours)} {dx} {dy}")
EOF
}

command -v wlr-randr >/dev/null || echo "note: wlr-randr is not installed; the output-management check is left out"
for rotation in 90 180 0; do
    run_session $rotation
    if [ -s "$work/rotation-$rotation/shot.ppm" ]; then
        read -r size colours dx dy < <(ppm_facts "$work/rotation-$rotation/shot.ppm")
        echo "rotation $rotation: screenshot $size, $colours colours (sampled), drawn page's middle off the screen's by ${dx}% x ${dy}%"
        want=$([ "$rotation" = 90 ] && echo 720x1280 || echo 1280x720)
        [ "$size" = "$want" ] || fail "rotation $rotation: the screen is $size, not $want"
        if [ "$rotation" = 0 ]; then
            # Not checked: on cage 0.1.4's headless backend an untransformed output keeps showing
            # the client's FIRST buffer (a minimal Qt Quick window moving a square shows the same),
            # so what the kiosk draws later never reaches the screenshot. Rotations 90 and 180 go
            # through the transformed path and are checked above; rotation 0 passes no -r at all.
            echo "rotation 0: what is drawn is not checked (cage's headless backend repeats a client's first buffer untransformed); size only"
            continue
        fi
        [ "$colours" -ge 8 ] || fail "rotation $rotation: the screenshot is (nearly) one colour: the kiosk drew nothing"
        # The attract page is centred: a page drawn for another size (clipped) is off-centre.
        # Seen at rotation 0 (Qt 6.4, cage 0.1.4 headless): the screen keeps the kiosk's first
        # frame, drawn at 1920x1080 before cage's configure (1280x720) arrived, although the
        # window then resized (QML width 1280) and drew again; a minimal Qt Quick window that
        # moves a square two seconds later shows the same, so the stale picture is cage's (or
        # its screencopy's), not the kiosk's. A 1920x1080 station screen never resizes.
        [ "${dx#-}" -le 10 ] && [ "${dy#-}" -le 10 ] ||
            fail "rotation $rotation: the page is not centred on the screen (${dx}% x ${dy}%): drawn for another size and clipped"
    fi
done

if [ $failures -eq 0 ]; then echo PASS; exit 0; fi
echo "$failures failure(s)"; exit 1
