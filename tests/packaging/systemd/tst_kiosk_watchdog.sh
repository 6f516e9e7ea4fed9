#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The kiosk's watchdog under a real systemd (user manager + journald, harness.sh), with test
# copies of the packaged units (WatchdogSec shortened to 3 s):
#  1. the unit becomes active only once the kiosk sent READY=1 (its first frame), not when its
#     process started;
#  2. it stays active for more than three watchdog periods with the same process (pings arrive);
#  3. a hung GUI thread (gdb makes the main thread call sleep(1000) while the kiosk's other
#     threads run on) is caught: systemd logs result "watchdog" and starts the kiosk again;
#  4. after the third failure within five minutes (StartLimitBurst=3: the first start and two
#     restarts) the kiosk unit is failed and the out-of-order page's unit is active.
set -u
harness_programs=(kiosk kiosk-out-of-order)
source "$(dirname "$0")/harness.sh"
harness_enter "$@"
command -v gdb >/dev/null || echo "harness: no gdb here, the GUI is hung with SIGSTOP instead (every thread stops)"

start_managers
make_test_units

# wait_ready: start (or wait for the restart of) the kiosk, polling its state; prints how long
# it was "activating" before "active" and checks that READY=1's STATUS= arrived.
wait_ready() {
    local label=$1 activating_seen=0 deadline=$((SECONDS + 120)) state
    while [ $SECONDS -lt $deadline ]; do
        state=$(prop station-kiosk.service ActiveState)
        [ "$state" = activating ] && activating_seen=$((activating_seen + 1))
        [ "$state" = active ] && break
        [ "$state" = failed ] && break
        sleep 0.05
    done
    local start enter status
    start=$(prop station-kiosk.service ExecMainStartTimestampMonotonic)
    enter=$(prop station-kiosk.service ActiveEnterTimestampMonotonic)
    status=$(prop station-kiosk.service StatusText)
    echo "$label: state $state after $activating_seen 'activating' samples; process start to active" \
         "$(((enter - start) / 1000)) ms; status \"$status\"; main pid $(prop station-kiosk.service MainPID)"
    [ "$state" = active ] || { fail "$label: the kiosk unit did not become active ($state)"; return 1; }
    [ "$activating_seen" -gt 0 ] || fail "$label: never seen 'activating': active before READY=1?"
    [ $((enter - start)) -gt 0 ] || fail "$label: active at the moment the process started, not at READY=1"
    [ -n "$status" ] || fail "$label: no STATUS= with READY=1"
    return 0
}

# hang_gui PID: block the kiosk's GUI (main) thread, leave the others running.
hang_gui() {
    local pid=$1
    if command -v gdb >/dev/null; then
        # handle ... pass: the signals systemd sends (SIGABRT from the watchdog, then SIGTERM/
        # SIGKILL) reach the kiosk instead of stopping in gdb.
        gdb -p "$pid" -batch -ex 'handle SIGABRT SIGTERM SIGSEGV nostop noprint pass' -ex 'thread 1' \
            -ex 'call (unsigned int)sleep(1000)' >"$work/gdb.$pid.log" 2>&1 &
        gdb_pid=$!
        # Until the call runs, gdb has every thread stopped: wait for the main thread to sleep.
        local i
        for i in $(seq 100); do
            [ "$(awk '{print $1}' "/proc/$pid/task/$pid/syscall" 2>/dev/null)" = 230 ] && break
            sleep 0.1
        done
        # Each thread's name and state (R running, S sleeping, t stopped by a debugger).
        local states="" t
        for t in /proc/"$pid"/task/*; do
            states="$states $(cat "$t/comm" 2>/dev/null | tr ' ' _):$(sed 's/.*) //' "$t/stat" 2>/dev/null | cut -d' ' -f1)"
        done
        echo "hang: main thread of $pid in syscall $(awk '{print $1}' "/proc/$pid/task/$pid/syscall" 2>/dev/null) (230 = clock_nanosleep);" \
             "threads:$states"
        grep -q ':t' <<<"$states" && fail "threads of the kiosk are stopped by the debugger: not a hung GUI thread alone"
    else
        kill -STOP "$pid"
        echo "hang: SIGSTOP to $pid (all threads stop)"
    fi
}

# 1. Active only after READY=1.
systemctl --user start --no-block station-kiosk.service
wait_ready "start 1" || { unit_journal station-kiosk.service | tail -30; finish; }
pid1=$(prop station-kiosk.service MainPID)

# 2. Stays active for more than three watchdog periods: the pings arrive.
ping_before=$(prop station-kiosk.service WatchdogTimestampMonotonic)
sleep $((watchdog_sec * 3 + 2))
ping_after=$(prop station-kiosk.service WatchdogTimestampMonotonic)
echo "after $((watchdog_sec * 3 + 2)) s: state $(prop station-kiosk.service ActiveState), pid $(prop station-kiosk.service MainPID)," \
     "restarts $(prop station-kiosk.service NRestarts), last ping $(((ping_after - ping_before) / 1000)) ms after the first looked at"
[ "$(prop station-kiosk.service ActiveState)" = active ] || fail "the kiosk did not stay active"
[ "$(prop station-kiosk.service MainPID)" = "$pid1" ] || fail "the kiosk was restarted although its GUI ran"
[ "$ping_after" -gt "$ping_before" ] || fail "no watchdog ping arrived in $((watchdog_sec * 3 + 2)) s"

# 3. and 4. Hang the GUI thread three times.
for round in 1 2 3; do
    pid=$(prop station-kiosk.service MainPID)
    restarts_before=$(prop station-kiosk.service NRestarts)
    hung_at=$SECONDS
    hang_gui "$pid"
    # The kiosk must be gone (aborted by the watchdog, then killed) within the watchdog time,
    # TimeoutStopSec=5 and a margin.
    deadline=$((SECONDS + watchdog_sec + 20))
    while [ $SECONDS -lt $deadline ] && [ -d "/proc/$pid" ] && ! grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null; do sleep 0.2; done
    [ -n "${gdb_pid:-}" ] && { wait "$gdb_pid" 2>/dev/null; gdb_pid=; }
    echo "round $round: kiosk $pid gone $((SECONDS - hung_at)) s after the hang"
    if [ "$round" -lt 3 ]; then
        wait_ready "restart $round" || break
        restarts=$(prop station-kiosk.service NRestarts)
        [ "$restarts" -eq $((restarts_before + 1)) ] || fail "round $round: NRestarts $restarts_before -> $restarts"
        [ "$(prop station-kiosk.service MainPID)" != "$pid" ] || fail "round $round: same process after the restart"
    fi
done

manager_lines() { journalctl -D "$journal" --no-pager -o cat USER_UNIT="$1"; }
watchdog_results=$(manager_lines station-kiosk.service | grep -c "Failed with result 'watchdog'")
echo "journal: $watchdog_results x \"Failed with result 'watchdog'\"; the manager's lines about the kiosk:"
manager_lines station-kiosk.service | sed 's/^/  /'
[ "$watchdog_results" -ge 3 ] || fail "expected three watchdog results in the journal, found $watchdog_results"

# 4. The fallback page is up and the kiosk stays down.
wait_for station-kiosk-out-of-order.service ActiveState active 60 || true
kiosk_state=$(prop station-kiosk.service ActiveState)
kiosk_result=$(prop station-kiosk.service Result)
fallback_state=$(prop station-kiosk-out-of-order.service ActiveState)
echo "after three hangs: kiosk $kiosk_state (result $kiosk_result, $(prop station-kiosk.service NRestarts) restarts)," \
     "out-of-order page $fallback_state (pid $(prop station-kiosk-out-of-order.service MainPID))"
echo "the manager's lines about the out-of-order page:"
manager_lines station-kiosk-out-of-order.service | sed 's/^/  /'
[ "$kiosk_state" = failed ] || fail "the kiosk unit is $kiosk_state, not failed, after three hangs"
[ "$fallback_state" = active ] || fail "the out-of-order page's unit is $fallback_state, not active"
sleep 3
[ "$(prop station-kiosk.service ActiveState)" = failed ] || fail "the kiosk came back by itself after its start limit"
[ "$(prop station-kiosk-out-of-order.service ActiveState)" = active ] || fail "the out-of-order page did not stay up"

# Staff's way back: starting the kiosk stops the page (Conflicts=station-kiosk.service).
systemctl --user reset-failed station-kiosk.service
systemctl --user start --no-block station-kiosk.service
wait_ready "staff restart" || true
echo "after staff's restart: out-of-order page $(prop station-kiosk-out-of-order.service ActiveState)"
[ "$(prop station-kiosk-out-of-order.service ActiveState)" = inactive ] || fail "the out-of-order page still runs beside the kiosk"

finish
