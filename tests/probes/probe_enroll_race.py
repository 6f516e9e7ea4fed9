#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The enrollment race: two kiosk-server processes on one PostgreSQL database, the same one-time
code sent to both at the same instant (two kiosks, each with its own client nonce), for N rounds.
Holds when every round has exactly one 200, the other answer is a refusal (4xx), and the token
that won works.

  probe_enroll_race.py --server PATH/kiosk-server [--rounds 100]"""

import os
import secrets
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kioskprobe as kp  # noqa: E402


def main():
    args = sys.argv[1:]
    rounds = int(args[args.index("--rounds") + 1]) if "--rounds" in args else 100
    ws = kp.Workspace(kp.server_binary())
    servers = []
    try:
        db = ws.database("postgresql")
        ws.admin(db, "migrate")
        servers = [kp.Server(ws, db, name="server-a"), kp.Server(ws, db, name="server-b")]
        ports = [s.start() for s in servers]
        codes = ["RACE-%03d-%s" % (i, secrets.token_hex(4).upper()) for i in range(rounds)]

        def create(i):
            ws.admin(db, "station-create", "--station-id", "race-%03d" % i, "--name", "Race %d" % i,
                     "--enrollment-code", codes[i])
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(create, range(rounds)))

        held, problems = 0, []
        for i, code in enumerate(codes):
            barrier = threading.Barrier(2)
            answers = [None, None]

            def go(k):
                barrier.wait(5)
                answers[k] = kp.enroll(ports[k], code, secrets.token_urlsafe(32), timeout=15)
            threads = [threading.Thread(target=go, args=(k,)) for k in (0, 1)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(20)
            statuses = [a[0] if a else 0 for a in answers]
            winners = [a for a in answers if a and a[0] == 200]
            ok = len(winners) == 1 and all(400 <= s < 500 for s in statuses if s != 200)
            if ok:
                token = winners[0][1].get("token", "")
                for port in ports:
                    if kp.request(port, "GET", "/v1/station", headers=kp.bearer(token))[0] != 200:
                        ok = False
                        problems.append("round %d: the winning token does not work on port %d" % (i + 1, port))
            else:
                problems.append("round %d: answers %s" % (i + 1, statuses))
            held += ok
        for p in problems[:10]:
            print("  " + p)
        up = all(s.alive() for s in servers)
        return kp.finish(held == rounds and up,
                         "enrollment race on PostgreSQL, two servers: held %d/%d rounds (exactly one 200, the winning "
                         "token works on both)%s" % (held, rounds, "" if up else ", a server is DOWN"))
    finally:
        for s in servers:
            s.stop()
        ws.close()


if __name__ == "__main__":
    sys.exit(main())
