#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The poison item, on one engine: a batch in which one item holds U+0000 (in createdAt, in a
payload string) or a lone surrogate must get that item rejected with a reason and the rest stored
and readable; a retry gets the same answers; the next clean batch is delivered.

  probe_poison_item.py --server PATH/kiosk-server --engine sqlite|postgresql"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kioskprobe as kp  # noqa: E402

POISONS = {
    "U+0000 in createdAt": {"createdAt": "2026-07-06T09:00:00\u0000Z"},
    "U+0000 in a payload string": {"payload": {"reason": "before\u0000after"}},
    "U+0000 deep in the payload": {"payload": {"reason": "probe", "notes": [{"text": "\u0000"}]}},
    "a lone surrogate in a payload string": {"payload": {"reason": "\ud800"}},
}


def push(port, token, items):
    body = json.dumps({"items": items, "backlog": 0}, ensure_ascii=True).encode()
    status, answer = kp.request(port, "POST", "/v1/sync/push", body,
                                dict(kp.bearer(token), **{"Content-Type": "application/json"}), timeout=15)
    if status != 200 or not isinstance(answer, dict):
        return status, {}
    return status, {r.get("id"): r for r in answer.get("results", [])}


def main():
    engine = kp.engine_argument()
    ws = kp.Workspace(kp.server_binary())
    server = None
    try:
        db = ws.database(engine)
        server = kp.Server(ws, db)
        port = server.start()
        token = kp.new_station(ws, db, "probe-poison", port)
        held_cases, problems = 0, []
        for name, change in POISONS.items():
            good_before, good_after = kp.item(), kp.item()
            poison = kp.item()
            poison.update(change)
            batch = [good_before, poison, good_after]
            answers = []
            for attempt in ("first", "retry"):
                status, results = push(port, token, batch)
                answers.append((status, results))
                if status != 200:
                    problems.append("%s: %s push answered %s" % (name, attempt, status))
                    break
                p = results.get(poison["id"], {})
                if p.get("result") != "rejected" or not p.get("reason"):
                    problems.append("%s: %s push answered the poison item %s" % (name, attempt, p or "nothing"))
                for g in (good_before, good_after):
                    r = results.get(g["id"], {}).get("result")
                    if r not in ("accepted", "duplicate"):
                        problems.append("%s: %s push answered a good item %s" % (name, attempt, r))
            for g in (good_before, good_after):
                if kp.request(port, "GET", "/v1/records/" + g["id"], headers=kp.bearer(token))[0] != 200:
                    problems.append("%s: a good item of the batch is not readable" % name)
            if kp.request(port, "GET", "/v1/records/" + poison["id"], headers=kp.bearer(token))[0] == 200:
                problems.append("%s: the rejected item was stored" % name)
            nxt = kp.item()
            status, results = push(port, token, [nxt])
            if status != 200 or results.get(nxt["id"], {}).get("result") != "accepted":
                problems.append("%s: the next batch was not delivered (%s)" % (name, status))
            if not any(p.startswith(name) for p in problems):
                held_cases += 1
        for p in problems:
            print("  " + p)
        up = server.alive()
        return kp.finish(not problems and up,
                         "poison item on %s: held %d/%d cases (item rejected with a reason, rest of the batch stored, "
                         "retry answered alike, next batch delivered)%s" % (engine, held_cases, len(POISONS),
                                                                             "" if up else ", server DOWN"))
    finally:
        if server:
            server.stop()
        ws.close()


if __name__ == "__main__":
    sys.exit(main())
