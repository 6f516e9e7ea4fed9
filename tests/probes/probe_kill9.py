#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""kill -9 of kiosk-server while stations push, on one engine: four stations push batches without
pause (retrying a batch that got no answer, as the kiosk does) while the server is killed with
SIGKILL and restarted on the same port again and again. Holds when every item the server ever
acknowledged (accepted or duplicate in a 200 answer) is readable afterwards.

  probe_kill9.py --server PATH/kiosk-server --engine sqlite|postgresql [--kills N]"""

import http.client
import json
import os
import random
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kioskprobe as kp  # noqa: E402

STATIONS = 4
BATCH = 10


def main():
    args = sys.argv[1:]
    kills = int(args[args.index("--kills") + 1]) if "--kills" in args else int(os.environ.get("PROBE_KILLS", "12"))
    engine = kp.engine_argument()
    ws = kp.Workspace(kp.server_binary())
    server = None
    try:
        db = ws.database(engine)
        server = kp.Server(ws, db)
        port = server.start()
        tokens = [kp.new_station(ws, db, "probe-kill-%d" % i, port) for i in range(STATIONS)]
        acked = {}  # item id -> token of its station
        lock = threading.Lock()
        stop = threading.Event()
        answered = [0]
        unanswered = [0]

        def pusher(token):
            batch = None
            while not stop.is_set():
                if batch is None:
                    batch = [kp.item() for _ in range(BATCH)]
                body = json.dumps({"items": batch, "backlog": 0}).encode()
                status, answer = kp.request(port, "POST", "/v1/sync/push", body,
                                            dict(kp.bearer(token), **{"Content-Type": "application/json"}), timeout=5)
                if status == 200 and isinstance(answer, dict):
                    with lock:
                        answered[0] += 1
                        for r in answer.get("results", []):
                            if r.get("result") in ("accepted", "duplicate"):
                                acked[r["id"]] = token
                    batch = None
                else:
                    with lock:
                        unanswered[0] += 1
                    time.sleep(0.05)  # the server is down or restarting: the same batch again

        threads = [threading.Thread(target=pusher, args=(t,), daemon=True) for t in tokens]
        for t in threads:
            t.start()
        rng = random.Random(16)
        done = 0
        started = time.monotonic()
        for _ in range(kills):
            time.sleep(rng.uniform(0.3, 1.0))
            server.kill()
            done += 1
            time.sleep(rng.uniform(0.0, 0.2))
            try:
                server.start(port)
            except RuntimeError:
                time.sleep(0.5)
                server.start(port)
        time.sleep(0.5)
        stop.set()
        for t in threads:
            t.join(10)
        elapsed = time.monotonic() - started

        lost = []
        pending = list(acked.items())

        def check(part):
            # One kept-alive connection per checker: thousands of reads in a few seconds.
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            for item_id, token in part:
                try:
                    conn.request("GET", "/v1/records/" + item_id, headers=kp.bearer(token))
                    r = conn.getresponse()
                    r.read()
                    status = r.status
                except (OSError, http.client.HTTPException):
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                    status = kp.request(port, "GET", "/v1/records/" + item_id, headers=kp.bearer(token))[0]
                if status != 200:
                    with lock:
                        lost.append((item_id, status))
            conn.close()
        checkers = [threading.Thread(target=check, args=(pending[k::4],)) for k in range(4)]
        for t in checkers:
            t.start()
        for t in checkers:
            t.join(120)
        for item_id, status in lost[:10]:
            print("  acknowledged but not readable: %s (%s)" % (item_id, status))
        held = not lost and done == kills and len(acked) > 0
        return kp.finish(held,
                         "kill -9 on %s: %d kills in %.0f s during pushes from %d stations, %d batches answered, %d "
                         "without answer (retried), %d items acknowledged, %d lost"
                         % (engine, done, elapsed, STATIONS, answered[0], unanswered[0], len(acked), len(lost)))
    finally:
        if server:
            server.stop()
        ws.close()


if __name__ == "__main__":
    sys.exit(main())
