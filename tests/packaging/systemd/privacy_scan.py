#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scans a journal for personal data: every field of every entry (journalctl -o json --all,
binary fields included) and the `journalctl -o verbose --all` text of everything.

  privacy_scan.py JOURNAL_DIR SOURCE_DIR [--control IDENTIFIER]

Looks for, as tests/store/tst_privacy.cpp does for the store file: ID numbers (any 18-character
resident ID: 17 digits and a check digit or X; the demo numbers also in their 17-digit form),
mobile phone numbers (11 digits from 13-19) and the demo people's names. The demo numbers and
names are read from the sources (core/democertificates.cpp, drivers/idcard/demoidentities.cpp,
kiosk/store/demodata.cpp), so the lists follow the demo data.

--control IDENTIFIER: entries with SYSLOG_IDENTIFIER=IDENTIFIER were written by the test on
purpose with personal data in them: the scan must find something there (else it proves nothing)
and they are left out of the verdict. Exit 0 when nothing else was found, 1 otherwise.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])")
PHONE = re.compile(r"(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9A-Za-z])")


def demo_data(source_dir: Path):
    ids, names = set(), set()
    certificates = (source_dir / "core/democertificates.cpp").read_text(encoding="utf-8")
    ids.update(re.findall(r'"([0-9]{17}[0-9X])"', certificates))
    identities = (source_dir / "drivers/idcard/demoidentities.cpp").read_text(encoding="utf-8")
    ids.update(re.findall(r'withCheck\(u"([0-9]{17})"', identities))  # 17 digits: the check is computed
    names.update(re.findall(r'\.name = u"([^"]+)"', identities))
    demodata = (source_dir / "kiosk/store/demodata.cpp").read_text(encoding="utf-8")
    names.update(re.findall(r'\{"TJ-V-[0-9]+", "([^"]+)"', demodata))
    forms = set()
    for number in ids:
        forms.add(number[:17])  # the 17 digits without the check character, as tst_privacy
    return sorted(forms), sorted(names)


def findings_in(text: str, id_forms, names):
    found = set()
    for m in ID_NUMBER.finditer(text):
        found.add("id number " + m.group(0))
    for m in PHONE.finditer(text):
        found.add("phone " + m.group(0))
    for form in id_forms:
        if form in text:
            found.add("demo id number " + form)
    for name in names:
        if name in text:
            found.add("demo name " + name)
    return found


# The journal's own positions, clocks and identifiers are not data. The identifiers are 128-bit
# random values in hex, which sometimes hold eleven digits in a row that look like a phone number.
JOURNAL_POSITIONS = ("__CURSOR", "__REALTIME_TIMESTAMP", "__MONOTONIC_TIMESTAMP",
                  "_SOURCE_REALTIME_TIMESTAMP", "_SOURCE_MONOTONIC_TIMESTAMP")
JOURNAL_IDS = ("_BOOT_ID", "_MACHINE_ID", "_STREAM_ID", "MESSAGE_ID", "INVOCATION_ID",
               "_SYSTEMD_INVOCATION_ID", "USER_INVOCATION_ID", "OBJECT_SYSTEMD_INVOCATION_ID")
NOT_DATA = JOURNAL_POSITIONS + JOURNAL_IDS
VERBOSE_NOT_DATA = re.compile(r"\n\s*(?:_SOURCE_(?:REALTIME|MONOTONIC)_TIMESTAMP=\d+|(?:"
                              + "|".join(JOURNAL_IDS) + r")=[0-9a-f]{32})(?=\n|$)")


def field_text(value):
    if value is None:
        return ""
    if isinstance(value, list):  # binary field (or a field given twice)
        if all(isinstance(v, int) for v in value):
            return bytes(value).decode("utf-8", "replace")
        return "\n".join(field_text(v) for v in value)
    return str(value)


def main():
    journal_dir, source_dir = sys.argv[1], Path(sys.argv[2])
    control = None
    if "--control" in sys.argv:
        control = sys.argv[sys.argv.index("--control") + 1]
    id_forms, names = demo_data(source_dir)
    print(f"privacy scan: {len(id_forms)} demo ID numbers, {len(names)} demo names, any 18-digit ID, any mobile number")
    if len(id_forms) < 10 or len(names) < 5:
        print("FAIL: the demo data could not be read from the sources")
        return 1

    raw = subprocess.run(["journalctl", "-D", journal_dir, "--no-pager", "-o", "json", "--all"],
                         check=True, capture_output=True).stdout.decode("utf-8", "replace")
    entries = [json.loads(line) for line in raw.splitlines() if line.strip()]
    control_found, leaks = set(), []
    for entry in entries:
        text = "\n".join(f"{k}={field_text(v)}" for k, v in entry.items() if k not in NOT_DATA)
        found = findings_in(text, id_forms, names)
        if control and entry.get("SYSLOG_IDENTIFIER") == control:
            control_found |= found
        elif found:
            leaks.append((entry.get("_SYSTEMD_UNIT") or entry.get("USER_UNIT") or entry.get("_COMM") or "?",
                          field_text(entry.get("MESSAGE"))[:160], sorted(found)))

    # The verbose text of everything, entry by entry (an entry starts at an unindented line).
    verbose = subprocess.run(["journalctl", "-D", journal_dir, "--no-pager", "-o", "verbose", "--all"],
                             check=True, capture_output=True).stdout.decode("utf-8", "replace")
    verbose_entries = re.split(r"\n(?=\S)", verbose)
    verbose_leaks = 0
    for block in verbose_entries:
        block = re.sub(r"^.*\[s=[^\]]*\]", "", block, count=1)  # the header's cursor
        block = VERBOSE_NOT_DATA.sub("", block)
        found = findings_in(block, id_forms, names)
        if found and not (control and f"SYSLOG_IDENTIFIER={control}\n" in block + "\n"):
            verbose_leaks += 1

    print(f"privacy scan: {len(entries)} journal entries (json), {len(verbose_entries)} (verbose)")
    status = 0
    if control:
        print(f"privacy scan control ({control}): found {sorted(control_found)}")
        if not control_found:
            print("FAIL: the scan did not find the personal data written on purpose: it proves nothing")
            status = 1
    for unit, message, found in leaks:
        print(f"FAIL: personal data in the journal ({unit}): {found}: {message}")
    if leaks or verbose_leaks:
        print(f"FAIL: {len(leaks)} entries (json), {verbose_leaks} (verbose) with personal data")
        status = 1
    else:
        print("privacy scan: no ID number, phone number or demo name outside the control entries")
    return status


if __name__ == "__main__":
    sys.exit(main())
