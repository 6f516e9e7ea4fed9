#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The kiosk's journal under a real systemd (user manager + journald, harness.sh):
#  1. levels: the kiosk's lines carry their own PRIORITY= (the "<N>" prefix it writes when
#     JOURNAL_STREAM is set). A drop-in sets SyslogLevel=notice, so a line WITHOUT a prefix is
#     recorded as 5 and one with the kiosk's prefix as its own level (6 info, 4 warning, ...);
#  2. privacy: after the kiosk ran and an end-to-end test that walks visits with ID numbers and
#     phones (tests/integration tst_help_e2e, tst_certificate_e2e) ran as transient units with
#     their output in the journal, no ID number, phone number or demo
#     name is anywhere in the journal (privacy_scan.py, every field of every entry). A control
#     entry with an ID number, a phone and a demo name, written on purpose, must be found.
set -u
harness_programs=(kiosk)
source "$(dirname "$0")/harness.sh"
harness_enter "$@"

start_managers
unit_extra="SyslogLevel=notice" make_test_units

# Control: personal data the scan must find (and leaves out of the verdict).
echo "control 120101196307050325 13812345678 王建国" | systemd-cat -t privacy-control

systemctl --user start --no-block station-kiosk.service
if wait_for station-kiosk.service ActiveState active 120; then
    echo "kiosk active (status \"$(prop station-kiosk.service StatusText)\"); running 5 s"
    sleep 5
else
    fail "the kiosk did not become active ($(prop station-kiosk.service ActiveState))"
fi
systemctl --user stop station-kiosk.service

# 1. Levels of the kiosk's own lines (stdout/stderr stream of its unit).
levels=$(journalctl -D "$journal" --no-pager -o json _SYSTEMD_UNIT=station-kiosk.service _TRANSPORT=stdout |
    python3 -c 'import sys, json, collections
c = collections.Counter(json.loads(l).get("PRIORITY") for l in sys.stdin if l.strip())
print(" ".join(f"{k}:{v}" for k, v in sorted(c.items())))')
echo "kiosk's lines by PRIORITY (5 = no prefix, SyslogLevel=notice): ${levels:-none}"
echo "kiosk's lines (PRIORITY MESSAGE):"
journalctl -D "$journal" --no-pager -o json _SYSTEMD_UNIT=station-kiosk.service _TRANSPORT=stdout |
    python3 -c 'import sys, json
for l in sys.stdin:
    e = json.loads(l); print(" ", e.get("PRIORITY"), e.get("MESSAGE"))' | head -20
# A prefix the journal did not take (written twice, or without JOURNAL_STREAM) shows as text.
literal=$(journalctl -D "$journal" --no-pager -o cat _SYSTEMD_UNIT=station-kiosk.service _TRANSPORT=stdout | grep -c '^<[0-7]>')
[ "$literal" -eq 0 ] || fail "$literal kiosk lines begin with a literal <N>: the journal did not take the level"
prefixed=$(tr ' ' '\n' <<<"$levels" | grep -v '^5:' | grep -c ':')
[ -n "$levels" ] || fail "the kiosk wrote nothing to the journal"
[ "$prefixed" -gt 0 ] || fail "no line of the kiosk carries its own level (every line is at the unit's default)"
# The manager's own lines about the unit have levels of their own (e.g. 4 for a failure).

# 2. End-to-end tests with visits, each as a transient unit, output in the journal:
# tst_help_e2e (help requests with phones, a volunteer's reply) and tst_certificate_e2e
# (certificate applications by ID number, a report of loss), as ctest runs them.
ran=0
for e2e in ${KIOSK_E2E_TESTS:-}; do
    [ -x "$e2e" ] || { echo "note: $e2e is not built"; continue; }
    name=$(basename "$e2e")
    tz=()
    [ "$name" = tst_certificate_e2e ] && tz=(--setenv=TZ=Asia/Shanghai)
    started=$SECONDS
    systemd-run --user --wait --quiet --unit="kiosk-$name" -p StandardOutput=journal -p StandardError=journal \
        --setenv=QT_QPA_PLATFORM=offscreen --setenv=KIOSK_TEST_ENGINE=sqlite --setenv=HOME="$work/home" \
        --setenv=TMPDIR="$work" "${tz[@]}" "$e2e"
    e2e_status=$?
    e2e_lines=$(journalctl -D "$journal" --no-pager -o cat _SYSTEMD_UNIT="kiosk-$name.service" | wc -l)
    e2e_totals=$(journalctl -D "$journal" --no-pager -o cat _SYSTEMD_UNIT="kiosk-$name.service" | grep '^Totals:')
    echo "e2e $name: exit $e2e_status in $((SECONDS - started)) s, $e2e_lines lines in the journal (${e2e_totals:-no Totals line})"
    [ "$e2e_status" -eq 0 ] || fail "$name failed under the user manager (exit $e2e_status)"
    [ "$e2e_lines" -gt 5 ] || fail "$name's output is not in the journal ($e2e_lines lines)"
    ran=$((ran + 1))
done
[ $ran -gt 0 ] || fail "no end-to-end test ran (KIOSK_E2E_TESTS=${KIOSK_E2E_TESTS:-}; build tst_help_e2e_sqlite)"
# What the scan cannot see: the e2e tests' kiosk-server keeps its stderr in memory
# (tests/integration/serverprocess.cpp); tst_sync_e2e checks that log for ID numbers itself.

# 3. The privacy scan over everything in the journal.
python3 "$here/privacy_scan.py" "$journal" "$source_dir" --control privacy-control || fail "privacy scan"

finish
