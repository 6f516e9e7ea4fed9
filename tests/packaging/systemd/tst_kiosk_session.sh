#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The session script's decisions, without a seat: the cage command line for each [screen]
# rotation (and for a bad one), the touch screen's calibration matrix for the same turn, the
# journal lines about connected outputs (a made-up /sys/class/drm), the out-of-order page's
# command line, an unknown option refused, and never -s (VT switching) or -m last (crashes cage
# 0.1.4).
set -u
here=$(cd "$(dirname "$0")" && pwd)
source_dir=${KIOSK_SOURCE_DIR:-$(cd "$here/../../.." && pwd)}
session=$source_dir/packaging/session/station-kiosk-session
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
work=$(mktemp -d /tmp/tst_kiosk_session.XXXXXX)
trap 'rm -rf "$work"' EXIT

# run INI_BODY ARGS...: the script's stdout and stderr (one line each way) with that INI.
run() {
    printf '%b' "$1" >"$work/kiosk.ini"; shift
    KIOSK_CONFIG=$work/kiosk.ini KIOSK_DRM_SYSFS=$work/drm sh "$session" "$@" 2>"$work/err"
}

# expect WHAT GOT WANT
expect() { if [ "$2" = "$3" ]; then echo "ok   $1: $2"; else fail "$1: got \"$2\", want \"$3\""; fi; }

mkdir -p "$work/drm"
for case in "0|" "90|-r " "180|-r -r " "270|-r -r -r " "45|"; do
    rotation=${case%%|*} flags=${case#*|}
    got=$(run "[screen]\nrotation = $rotation ; clockwise\n" --print)
    expect "rotation $rotation" "$got" "/usr/bin/cage -d ${flags}-- /usr/bin/kiosk --config $work/kiosk.ini"
done
expect "rotation 45 is reported" "$(run "[screen]\nrotation = 45\n" --print >/dev/null; grep -c 'not 0, 90, 180 or 270' "$work/err")" 1
expect "no [screen] section" "$(run "[station]\ndemo = true\n" --print)" "/usr/bin/cage -d -- /usr/bin/kiosk --config $work/kiosk.ini"
expect "out-of-order page, rotation 90" "$(run "[screen]\nrotation = 90\n" --out-of-order --print)" "/usr/bin/cage -d -r -- /usr/bin/kiosk-out-of-order"

# The touch screen's matrix turns touches as wlroots turns a mapped device (x' = 1 - y, y' = x
# for 90 degrees).
expect "touch 0" "$(run "[screen]\nrotation = 0\n" --touch-env)" ""
expect "touch 90" "$(run "[screen]\nrotation = 90\n" --touch-env)" "LIBINPUT_CALIBRATION_MATRIX=0 -1 1 1 0 0"
expect "touch 180" "$(run "[screen]\nrotation = 180\n" --touch-env)" "LIBINPUT_CALIBRATION_MATRIX=-1 0 1 0 -1 1"
expect "touch 270" "$(run "[screen]\nrotation = 270\n" --touch-env)" "LIBINPUT_CALIBRATION_MATRIX=0 1 0 -1 0 1"

# Outputs: HDMI-A-1 and DP-1 connected, HDMI-A-2 not.
for connector in HDMI-A-1:connected:80 DP-1:connected:90 HDMI-A-2:disconnected:85; do
    IFS=: read -r name status id <<<"$connector"
    mkdir -p "$work/drm/card0-$name"
    echo "$status" >"$work/drm/card0-$name/status"
    echo "$id" >"$work/drm/card0-$name/connector_id"
done
run "[screen]\noutput = HDMI-A-1\n" --print >/dev/null
expect "two screens, output HDMI-A-1" "$(grep -o 'add video=DP-1:d' "$work/err")" "add video=DP-1:d"
run "[screen]\noutput = HDMI-A-2\n" --print >/dev/null
expect "output HDMI-A-2 not connected" "$(grep -c 'HDMI-A-2 is not connected' "$work/err")" 1
echo disconnected >"$work/drm/card0-DP-1/status"
run "[screen]\noutput = HDMI-A-1\n" --print >/dev/null
expect "one screen, the configured one: nothing to say" "$(cat "$work/err")" ""

run "" --bogus >/dev/null
expect "unknown option" "$?" 2

for rotation in 0 90 180 270; do
    line=$(run "[screen]\nrotation = $rotation\n" --print)
    [[ " $line " == *" -s "* ]] && fail "rotation $rotation: -s (VT switching by keys) on the command line"
    [[ " $line " == *" -m last "* ]] && fail "rotation $rotation: -m last (crashes cage 0.1.4)"
done
command -v shellcheck >/dev/null && { shellcheck "$session" && echo "ok   shellcheck" || fail "shellcheck"; }

if [ $failures -eq 0 ]; then echo PASS; exit 0; fi
echo "$failures failure(s)"; exit 1
