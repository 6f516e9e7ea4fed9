#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that server/openapi.yaml tells a certificate application's procedure and choice apart.

Run on the samples folder validate_contract.py checks: every certificate_application there (the
kiosk store's real payloads and the ones the server accepted) must be valid as an OutboxItem,
every procedure must be among them, and each must become invalid when its procedure is
swapped for any other (its choice then pairs wrongly), when another procedure's choice field is
added, when its choice takes a value of another procedure, or a value the server refuses
(MUST_FAIL: a district of another city, "110105"). Uses the same independent
validator (python3-jsonschema) as validate_contract.py.

The server's application_status rows in the same samples: each must be valid as
ApplicationStatusData, each of staff's moves (accepted, done, refused) must be among them, and
each must become invalid as a row the server never sends (status_must_fail: the state
submitted, which only the kiosk writes; a pickup place with accepted or refused, which the
server refuses; a refusal without its reason; a reason with another move).
"""
import argparse
import copy
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from validate_contract import Contract  # noqa: E402

POINTER = "#/components/schemas/OutboxItem"
CHOICE = {"apply": "category", "renew": "situationChanged", "replace": "reason", "transfer": "district",
          "change": "change", "cancel": "reason"}
# A value of each procedure's choice that belongs to no other procedure's field of that name.
OTHER_VALUE = {"apply": ("category", 3), "renew": ("situationChanged", True), "replace": ("reason", "lost"),
               "transfer": ("district", "120104"), "change": ("change", "level"), "cancel": ("reason", "holder_died")}

# Values the server refuses, so the contract must too (a payload the validator accepts and the
# server refuses would hide the two ends drifting apart): a district of another city (Beijing's
# Chaoyang), no district at all, and a Tianjin code that is not a district.
MUST_FAIL = {"transfer": ("district", ["110105", "999999", "120100", "outside"]),
             "apply": ("category", [0, 8, "4"]), "renew": ("situationChanged", ["yes"])}


STATUS_POINTER = "#/components/schemas/ApplicationStatusData"
STATUS_MOVES = {"accepted", "done", "refused"}
PLACE = {"zh": "和平区残联一楼", "en": "Heping federation, ground floor"}


def status_must_fail(data):
    """Rows the server never sends, made from a real one."""
    wrong = []
    submitted = dict(data, status="submitted")
    submitted.pop("reason", None)
    submitted.pop("pickupPlace", None)
    wrong.append(("status submitted", submitted))
    if data.get("status") in ("accepted", "refused"):
        wrong.append(("pickupPlace with %s" % data["status"], dict(data, pickupPlace=PLACE)))
    if data.get("status") == "refused":
        no_reason = dict(data)
        no_reason.pop("reason", None)
        wrong.append(("refused without reason", no_reason))
    if data.get("status") in ("accepted", "done"):
        wrong.append(("reason with %s" % data["status"], dict(data, reason="no")))
    return wrong


def check_status_rows(contract, samples_dir, names, failures):
    """The server's application_status rows: valid, and the ones it never sends refused."""
    valid = contract.validator(STATUS_POINTER).is_valid
    seen, checked = set(), 0
    for name in names:
        with open(os.path.join(samples_dir, name), encoding="utf-8") as f:
            body = json.load(f).get("body")
        changes = body.get("changes") if isinstance(body, dict) else None
        for change in changes if isinstance(changes, list) else []:
            if not isinstance(change, dict) or change.get("entity") != "application_status" or change.get("deleted"):
                continue
            data = change.get("data")
            checked += 1
            if not valid(data):
                failures.append("%s: the server's application_status row %r is not valid" % (name, data))
                continue
            seen.add(data["status"] + ("+pickupPlace" if "pickupPlace" in data else ""))
            for what, wrong in status_must_fail(data):
                checked += 1
                if valid(wrong):
                    failures.append("%s: application_status accepts %s, which the server never sends" % (name, what))
    for move in sorted(STATUS_MOVES - {s.split("+")[0] for s in seen}):
        failures.append("no application_status sample of the move %s" % move)
    print("%d application_status rows and rows the server never sends checked; seen: %s"
          % (checked, ", ".join(sorted(seen))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--openapi", required=True)
    parser.add_argument("--samples", required=True)
    args = parser.parse_args()
    contract = Contract(args.openapi)
    valid = contract.validator(POINTER).is_valid
    failures, seen, checked = [], set(), 0
    names = sorted(f for f in os.listdir(args.samples) if f.endswith(".json")) if os.path.isdir(args.samples) else []
    for name in names:
        with open(os.path.join(args.samples, name), encoding="utf-8") as f:
            body = json.load(f).get("body")
        if not isinstance(body, dict) or body.get("kind") != "certificate_application":
            continue
        payload = body["payload"]
        procedure = payload.get("procedure")
        if not valid(body):
            failures.append("%s: a %s application is not valid" % (name, procedure))
            continue
        seen.add(procedure)
        for other in CHOICE:
            if other == procedure:
                continue
            swapped = copy.deepcopy(body)
            swapped["payload"]["procedure"] = other
            checked += 1
            if valid(swapped):
                failures.append("%s: still valid as %s with %s's choice" % (name, other, procedure))
            field, value = OTHER_VALUE[other]
            added = copy.deepcopy(body)
            added["payload"][field] = value
            if field == CHOICE[procedure]:
                # The same field name (replace/cancel reason): the other procedure's value.
                checked += 1
                if valid(added) and value != payload.get(field):
                    failures.append("%s: %s accepts %s=%r, %s's value" % (name, procedure, field, value, other))
            else:
                checked += 1
                if valid(added):
                    failures.append("%s: %s still valid with %s's field %s" % (name, procedure, other, field))
        if procedure in MUST_FAIL:
            field, values = MUST_FAIL[procedure]
            for value in values:
                wrong = copy.deepcopy(body)
                wrong["payload"][field] = value
                checked += 1
                if valid(wrong):
                    failures.append("%s: %s accepts %s=%r, which the server refuses" % (name, procedure, field, value))
    for procedure in sorted(set(CHOICE) - seen):
        failures.append("no certificate_application sample of the procedure %s" % procedure)
    print("%d wrong pairings checked; procedures seen: %s" % (checked, ", ".join(sorted(seen))))
    check_status_rows(contract, args.samples, names, failures)
    if failures:
        print("\n%d failures:" % len(failures))
        for f in failures[:100]:
            print("  " + f)
        return 1
    print("every wrong pairing is refused")
    return 0


if __name__ == "__main__":
    sys.exit(main())
