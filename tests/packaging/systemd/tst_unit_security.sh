#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The three units' hardening, measured: `systemd-analyze security --offline=yes` exposure score
# of each unit file (0 = locked down, 10 = wide open), failing above a threshold per unit, and
# `systemd-analyze verify` of each against a temporary root that holds the unit files, the real
# session script and the programs they start (verify checks that ExecStart= is executable).
#
# Thresholds (the score as committed, plus about one dropped hardening line):
#   kiosk-server               1.5  a network server with no devices and no JIT: everything
#                                   but the network can be shut (measured 1.2).
#   station-kiosk              2.0  needs the GPU, input, tty1, the card reader and sound
#                                   (no PrivateDevices=), the network, W+X memory for Qt's
#                                   QML JIT and Mesa's llvmpipe, and NotifyAccess=all for the
#                                   kiosk under cage (measured 1.7).
#   station-kiosk-out-of-order 1.2  no data, no network, no card reader (measured 0.8).
# The required lines of the design (Type=notify, the watchdog, the start limit, ...) are checked
# by name as well: the score would not notice a watchdog that is gone.
set -u
here=$(cd "$(dirname "$0")" && pwd)
source_dir=${KIOSK_SOURCE_DIR:-$(cd "$here/../../.." && pwd)}
units=$source_dir/packaging/systemd
session=$source_dir/packaging/session/station-kiosk-session

if ! command -v systemd-analyze >/dev/null; then
    echo "SKIP: systemd-analyze is not installed"
    exit 77
fi

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

declare -A threshold=([kiosk-server]=1.5 [station-kiosk]=2.0 [station-kiosk-out-of-order]=1.2)
for unit in kiosk-server station-kiosk station-kiosk-out-of-order; do
    file=$units/$unit.service
    [ -f "$file" ] || { fail "$file is missing"; continue; }
    line=$(cd /tmp && systemd-analyze security --offline=yes --no-pager "$file" 2>&1 | grep 'Overall exposure level')
    score=$(sed -E 's/.*: ([0-9]+\.[0-9]+).*/\1/' <<<"$line")
    if [[ ! $score =~ ^[0-9]+\.[0-9]+$ ]]; then
        fail "$unit: no exposure score from systemd-analyze security ($line)"
        continue
    fi
    echo "exposure $unit.service: $score (threshold ${threshold[$unit]})"
    if awk -v s="$score" -v t="${threshold[$unit]}" 'BEGIN { exit !(s > t) }'; then
        fail "$unit.service exposure $score is above ${threshold[$unit]}:"
        (cd /tmp && systemd-analyze security --offline=yes --no-pager "$file" 2>&1 | grep '✗')
    fi
done

# require UNIT LINE...: each exact line is in the unit file.
require() {
    local unit=$1; shift
    for want in "$@"; do
        grep -qxF -- "$want" "$units/$unit.service" || fail "$unit.service lacks the line: $want"
    done
}
common=(NoNewPrivileges=yes CapabilityBoundingSet= AmbientCapabilities= ProtectSystem=strict ProtectHome=yes
        PrivateTmp=yes ProtectKernelTunables=yes ProtectKernelModules=yes ProtectKernelLogs=yes
        ProtectControlGroups=yes ProtectClock=yes ProtectHostname=yes RestrictNamespaces=yes
        RestrictRealtime=yes RestrictSUIDSGID=yes LockPersonality=yes SystemCallFilter=@system-service
        SystemCallArchitectures=native UMask=0077)
require kiosk-server "${common[@]}" MemoryDenyWriteExecute=yes PrivateDevices=yes
require station-kiosk "${common[@]}" Type=notify NotifyAccess=all WatchdogSec=30 Restart=always RestartSec=2 \
    StartLimitIntervalSec=300 StartLimitBurst=3 OnFailure=station-kiosk-out-of-order.service User=kiosk \
    PAMName=login TTYPath=/dev/tty1 StandardInput=tty-fail Conflicts=getty@tty1.service \
    ExecStart=/usr/libexec/station-kiosk/station-kiosk-session WantedBy=graphical.target \
    "ReadWritePaths=/var/lib/station-kiosk /etc/station-kiosk/credential" DevicePolicy=closed
require station-kiosk-out-of-order "${common[@]}" Conflicts=station-kiosk.service User=kiosk TTYPath=/dev/tty1
# Never cage -s (VT switching by keys) anywhere, nor a device free-for-all in the kiosk.
ini=$(mktemp /tmp/tst_unit_security.XXXXXX.ini)
printf '[screen]\nrotation = 270\n' >"$ini"
command_line=$(KIOSK_CONFIG=$ini KIOSK_DRM_SYSFS=/nonexistent sh "$session" --print 2>/dev/null)
rm -f "$ini"
echo "session at rotation 270: $command_line"
[[ " $command_line " == *" -d -r -r -r -- "* ]] || fail "the session script's cage command line is not -d -r -r -r"
# -m last crashes Debian 12's cage 0.1.4 at start-up (see the session script).
[[ " $command_line " == *" -m last "* ]] && fail "the session script passes -m last to cage 0.1.4"
[[ " $command_line " == *" -s "* ]] && fail "the session script passes -s to cage (VT switching by keys)"
grep -q '^PrivateDevices=' "$units/station-kiosk.service" && fail "station-kiosk.service sets PrivateDevices= (cage needs the GPU)"

# systemd-analyze verify, offline: a temporary root with systemd's own units (for the targets
# the units name), ours, the real session script, and the programs at their installed paths.
root=$(mktemp -d /tmp/tst_unit_security.XXXXXX)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/lib/systemd/system" "$root/usr/bin" "$root/usr/libexec/station-kiosk" "$root/etc"
cp -a /lib/systemd/system/. "$root/lib/systemd/system/"
cp "$units"/*.service "$root/lib/systemd/system/"
install -m 0755 "$session" "$root/usr/libexec/station-kiosk/station-kiosk-session"
# verify only checks that each ExecStart= program exists and is executable: the build's
# programs when KIOSK_BIN_DIR has them (ctest sets it), else scripts that stand in for them.
for program in kiosk kiosk-out-of-order kiosk-server; do
    if [ -n "${KIOSK_BIN_DIR:-}" ] && [ -x "$KIOSK_BIN_DIR/$program" ]; then
        cp "$KIOSK_BIN_DIR/$program" "$root/usr/bin/$program" # a copy: verify does not leave the root
    else
        printf '#!/bin/sh\nexit 0\n' >"$root/usr/bin/$program"
        chmod 0755 "$root/usr/bin/$program"
    fi
done
for unit in kiosk-server station-kiosk station-kiosk-out-of-order; do
    # --man=no: the man pages (help2man, in the packages) are not in this root.
    out=$(systemd-analyze verify --man=no --root="$root" "$root/lib/systemd/system/$unit.service" 2>&1)
    rc=$?
    echo "verify $unit.service: rc=$rc${out:+ ($out)}"
    [ $rc -eq 0 ] && [ -z "$out" ] || fail "systemd-analyze verify $unit.service: $out"
done
# Control: verify does notice a program that is not there.
rm "$root/usr/libexec/station-kiosk/station-kiosk-session"
if systemd-analyze verify --man=no --root="$root" "$root/lib/systemd/system/station-kiosk.service" >/dev/null 2>&1; then
    fail "control: verify passed although the session script is missing (it checks nothing)"
else
    echo "control: verify fails when the session script is missing"
fi

[ $failures -eq 0 ] && echo "PASS" || echo "$failures failure(s)"
[ $failures -eq 0 ]
