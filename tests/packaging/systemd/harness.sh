# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the unit tests that need a real systemd: a private mount namespace (a tmpfs on
# /run) with a real systemd-journald and a real systemd user manager (systemd --user) as root,
# the kiosk's two units installed into it as TEST COPIES made from packaging/systemd/ by
# make_test_units (below), and helpers to read unit state and the journal.
#
# Usage in a test:   source harness.sh; harness_enter "$@"   (re-runs the test inside the
# namespace; exits 77 when unshare, root or systemd are not available), then start_managers.
#
# Environment (ctest sets them): KIOSK_SOURCE_DIR, KIOSK_BIN_DIR (the build's bin/ with kiosk and
# kiosk-out-of-order).

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=${KIOSK_SOURCE_DIR:-$(cd "$here/../../.." && pwd)}
bin_dir=${KIOSK_BIN_DIR:-$source_dir/build/bin}

skip() { echo "SKIP: $*"; exit 77; }
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
finish() {
    if [ "$failures" -eq 0 ]; then echo PASS; exit 0; fi
    echo "$failures failure(s)"; exit 1
}

# harness_enter "$@": outside the namespace, check what is needed and run this script again
# inside a private mount namespace; inside, return.
harness_enter() {
    if [ "${KIOSK_HARNESS_INSIDE:-}" = 1 ]; then
        return 0
    fi
    [ "$(id -u)" = 0 ] || skip "needs root (a private mount namespace and a user manager as root)"
    command -v unshare >/dev/null || skip "unshare is not installed"
    [ -x /lib/systemd/systemd ] && [ -x /lib/systemd/systemd-journald ] || skip "systemd is not installed"
    unshare -m --propagation private true 2>/dev/null || skip "unshare -m is not permitted here"
    for program in "${harness_programs[@]}"; do
        [ -x "$bin_dir/$program" ] || skip "$bin_dir/$program is not built (cmake --build ... --target $program)"
    done
    KIOSK_HARNESS_INSIDE=1 exec unshare -m --propagation private bash "$0" "$@"
}

# start_managers: tmpfs on /run, journald, a user manager; sets work (a scratch folder that the
# EXIT trap removes), journal (the journal's folder) and XDG_RUNTIME_DIR.
start_managers() {
    work=$(mktemp -d /tmp/kiosk-systemd-test.XXXXXX)
    trap 'stop_managers' EXIT
    mount -t tmpfs tmpfs /run
    mkdir -p /run/systemd/system /run/user/0 /run/log/journal
    chmod 700 /run/user/0
    export XDG_RUNTIME_DIR=/run/user/0
    journal=/run/log/journal
    /lib/systemd/systemd-journald >"$work/journald.log" 2>&1 &
    journald_pid=$!
    for _ in $(seq 50); do [ -S /run/systemd/journal/stdout ] && break; sleep 0.1; done
    [ -S /run/systemd/journal/stdout ] || skip "systemd-journald did not start: $(cat "$work/journald.log")"
    # The manager logs to the journal too (it would log to its stderr only): its lines about a
    # unit (USER_UNIT=) are what the tests read "Failed with result ..." from.
    SYSTEMD_LOG_TARGET=journal /lib/systemd/systemd --user >"$work/manager.log" 2>&1 &
    manager_pid=$!
    for _ in $(seq 100); do systemctl --user is-system-running >/dev/null 2>&1 && break
        [ "$(systemctl --user is-system-running 2>/dev/null)" = degraded ] && break; sleep 0.1; done
    systemctl --user show-environment >/dev/null 2>&1 || skip "the systemd user manager did not start: $(tail -5 "$work/manager.log")"
    units=$XDG_RUNTIME_DIR/systemd/user
    mkdir -p "$units"
    echo "harness: journald $journald_pid, user manager $manager_pid, units in $units"
}

stop_managers() {
    [ -n "${gdb_pid:-}" ] && kill "$gdb_pid" 2>/dev/null
    systemctl --user stop station-kiosk.service station-kiosk-out-of-order.service >/dev/null 2>&1
    [ -n "${manager_pid:-}" ] && kill "$manager_pid" 2>/dev/null && wait "$manager_pid" 2>/dev/null
    [ -n "${journald_pid:-}" ] && kill "$journald_pid" 2>/dev/null && wait "$journald_pid" 2>/dev/null
    [ -n "${work:-}" ] && rm -rf "$work"
}

# make_test_units: the two kiosk units as a user manager can run them, made from the real files
# by this sed, so that every line the test relies on is the packaged one:
#  - ExecStart= -> the build's bin/kiosk with a demo configuration and a scratch store, and
#    bin/kiosk-out-of-order, both on Qt's offscreen platform (no cage: no seat here);
#  - dropped, because a user manager cannot do them or they need the station's system:
#    User=, Group=, PAMName=, TTY*=, StandardInput=tty*, Utmp*=, Conflicts=getty@tty1.service,
#    and the mount and device lines (Protect*, Private*, ReadWritePaths=, InaccessiblePaths=,
#    DevicePolicy=, DeviceAllow=, RemoveIPC=);
#  - KEPT as packaged: Type=, NotifyAccess=, WatchdogSec= (shortened by a drop-in), Restart=,
#    RestartSec=, StartLimit*=, OnFailure=, Conflicts=station-kiosk.service, and the seccomp and
#    prctl hardening (NoNewPrivileges=, CapabilityBoundingSet=, SystemCallFilter=,
#    SystemCallArchitectures=, RestrictAddressFamilies=, RestrictNamespaces=, LockPersonality=,
#    RestrictRealtime=, RestrictSUIDSGID=, UMask=), so the kiosk is shown to run under them.
# A drop-in (test.conf) shortens WatchdogSec= to $watchdog_sec, kills an aborted kiosk after 5 s
# instead of 90 (TimeoutStopSec=), and sets the kiosk's environment.
make_test_units() {
    watchdog_sec=${watchdog_sec:-3}
    mkdir -p "$work/kiosk-data" "$work/home"
    cat >"$work/kiosk.ini" <<EOF
[station]
demo = true
[store]
path = $work/kiosk-data/kiosk.db
[server]
credential_path = $work/kiosk-data/credential
[reader]
transport = simulated
EOF
    local drop='^(User|Group|PAMName|TTYPath|TTYReset|TTYVHangup|TTYVTDisallocate|UtmpIdentifier|UtmpMode|ProtectSystem|ProtectHome|PrivateTmp|PrivateMounts|PrivateNetwork|ReadWritePaths|InaccessiblePaths|ProtectKernelTunables|ProtectKernelModules|ProtectKernelLogs|ProtectControlGroups|ProtectClock|ProtectHostname|ProtectProc|DevicePolicy|DeviceAllow|RemoveIPC)='
    sed -E -e "s|^ExecStart=.*|ExecStart=$bin_dir/kiosk --config $work/kiosk.ini|" \
        -e "/$drop/d" -e '/^StandardInput=tty/d' -e '/^Conflicts=getty@tty1.service$/d' \
        "$source_dir/packaging/systemd/station-kiosk.service" >"$units/station-kiosk.service"
    sed -E -e "s|^ExecStart=.*|ExecStart=$bin_dir/kiosk-out-of-order|" \
        -e "/$drop/d" -e '/^StandardInput=tty/d' -e '/^Conflicts=getty@tty1.service$/d' \
        "$source_dir/packaging/systemd/station-kiosk-out-of-order.service" >"$units/station-kiosk-out-of-order.service"
    for unit in station-kiosk station-kiosk-out-of-order; do
        mkdir -p "$units/$unit.service.d"
        cat >"$units/$unit.service.d/test.conf" <<EOF
[Service]
Environment=QT_QPA_PLATFORM=offscreen HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_CACHE_HOME=$work/home/.cache XDG_DATA_HOME=$work/home/.local/share
TimeoutStopSec=5
${unit_extra:-}
EOF
    done
    cat >>"$units/station-kiosk.service.d/test.conf" <<EOF
WatchdogSec=$watchdog_sec
EOF
    systemctl --user daemon-reload
    echo "harness: test units (diff from the packaged files):"
    diff "$source_dir/packaging/systemd/station-kiosk.service" "$units/station-kiosk.service" | grep '^[<>]' | sed 's/^/  /'
}

# prop UNIT PROPERTY: one property's value.
prop() { systemctl --user show -p "$2" --value "$1"; }

# wait_for UNIT PROPERTY VALUE SECONDS: wait until the property has the value; 1 on timeout.
wait_for() {
    local deadline=$((SECONDS + $4))
    while [ $SECONDS -lt $deadline ]; do
        [ "$(prop "$1" "$2")" = "$3" ] && return 0
        sleep 0.1
    done
    return 1
}

# unit_journal UNIT [journalctl options]: the unit's journal (its processes and the manager's
# lines about it).
unit_journal() {
    local unit=$1; shift
    journalctl -D "$journal" --no-pager "$@" _SYSTEMD_USER_UNIT="$unit" + USER_UNIT="$unit" + _SYSTEMD_UNIT="$unit"
}
