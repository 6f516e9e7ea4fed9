#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Bad input on every route of kiosk-server, on one engine: wrong methods, missing and forged
credentials, broken JSON, every field of every body replaced by a wrong type, NUL, a lone surrogate
or a huge value, odd ids and queries, and malformed HTTP on a raw socket.

Holds when no request is answered 5xx, every complete request is answered within its time, and
the server still answers /v1/health afterwards.

  probe_bad_input.py --server PATH/kiosk-server --engine sqlite|postgresql"""

import copy
import json
import os
import re
import socket
import sys
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kioskprobe as kp  # noqa: E402

SOURCE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
ANSWER_SECONDS = 8  # a complete request not answered in this time counts as a hang

# Used when the source files cannot be read; the probe otherwise reads the routes from
# ApiRouter::routes() and openapi.yaml so a new route is probed without editing this file.
KNOWN_ROUTES = [("GET", "/v1/health"), ("POST", "/v1/stations/enroll"), ("GET", "/v1/station"),
                ("POST", "/v1/sync/push"), ("GET", "/v1/sync/changes"), ("GET", "/v1/records/{id}"),
                ("POST", "/v1/certificates/lookup"), ("POST", "/v1/bookings"),
                ("POST", "/v1/bookings/{id}/cancel"), ("POST", "/v1/volunteers/lookup")]


def routes():
    found = set()
    try:
        with open(os.path.join(SOURCE, "server", "apirouter.cpp"), encoding="utf-8") as f:
            found |= set(re.findall(r'QStringLiteral\("(GET|POST|PUT|DELETE|PATCH)"\),\s*QStringLiteral\("(/v1/[^"]*)"\)', f.read()))
        with open(os.path.join(SOURCE, "server", "openapi.yaml"), encoding="utf-8") as f:
            path = None
            for line in f:
                m = re.match(r"^  (/v1/\S+):\s*$", line)
                if m:
                    path = m.group(1)
                    continue
                m = re.match(r"^    (get|post|put|delete|patch):", line)
                if m and path:
                    found.add((m.group(1).upper(), path))
    except OSError:
        pass
    return sorted(found or set(KNOWN_ROUTES))


HOSTILE_VALUES = [None, 0, -1, 2 ** 63, 1e308, -1e308, True, "", "\u0000", "a\u0000b", "\ud800", "\udfff\ud800",
                  "x" * 70000, "\u202e\u200b", "' OR 1=1 --", "%00", "../../etc/passwd", [], {}, [None] * 50,
                  {"$gt": ""}]

TEMPLATES = {
    "/v1/stations/enroll": {"enrollmentCode": "NO-SUCH-CODE", "clientNonce": "n" * 40},
    "/v1/sync/push": {"items": [kp.item(kind="volunteer_request", payload={"helpType": "home_visit", "reason": "probe", "phone": "13800138000",
                                                                          "note": ["a", {"b": "c"}]})], "backlog": 0},
    "/v1/certificates/lookup": {"idNumber": "11010519491231002X"},
    "/v1/bookings": {"id": str(uuid.uuid4()), "slotId": "slot-1", "serviceId": "service-1",
                     "startsAt": "2026-07-08T09:30:00", "code": "ABCD", "visitorKey": "", "phone": ""},
    "/v1/volunteers/lookup": {"visitorKey": "a" * 64},
}

RAW_BODIES = [b"", b"null", b"[]", b"{", b"}", b'{"a":', b"\x00\xff\xfe\xfd", b'{"items":"\xff\xfe"}',
              b"[" * 100000 + b"]" * 100000, b'{"a":' * 50000 + b"1" + b"}" * 50000, b'{"items":[' + b"{}," * 5000 + b"{}]}",
              b'{"enrollmentCode":"\\u0000","idNumber":"\\u0000","visitorKey":"\\ud800"}',
              b'{"x":1e99999999}', b'{"items":[],"items":[1]}', b"\xef\xbb\xbf{}", b"true", b'"str"', b"1" * 100000]

IDS = ["x", "%00", "..%2f..%2fetc", "a" * 5000, "00000000-0000-0000-0000-000000000000",
       str(uuid.uuid4()).upper(), "%E2%80%AE", "%ff%fe", "%ed%a0%80", "null", "-1", "%20", str(uuid.uuid4()) + "%00"]

QUERIES = ["?since=-1", "?since=abc", "?since=99999999999999999999999", "?limit=0", "?limit=100000",
           "?limit=-5", "?since=1&since=2", "?%00=%00", "?since=%00", "?" + "a=b&" * 2000, "?since=1e5",
           "?limit=%ed%a0%80", "?since=0x10", "?since=%201"]


def mutations(template):
    """Every value of the template (at any depth), each replaced by each hostile value, and every
    key removed in turn."""
    out = []

    def walk(node, path):
        if isinstance(node, dict):
            for k in list(node):
                walk(node[k], path + [k])
                out.append(("drop", path + [k], None))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, path + [i])
        for v in HOSTILE_VALUES:
            out.append(("set", path, v))

    walk(template, [])
    for op, path, value in out:
        doc = copy.deepcopy(template)
        if not path:
            yield value
            continue
        parent = doc
        for p in path[:-1]:
            parent = parent[p]
        if op == "drop":
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
        yield doc


class Tally:
    def __init__(self):
        self.sent = 0
        self.by_status = {}
        self.failures = []

    def note(self, what, status, detail=""):
        self.sent += 1
        self.by_status[status] = self.by_status.get(status, 0) + 1
        if status >= 500 or status == 0:
            self.failures.append("%s -> %s %s" % (what[:120], status or "no answer", str(detail)[:160]))


def json_bytes(doc):
    # Lone surrogates go out as JSON escapes ("\ud800"), just as a broken client would send them.
    return json.dumps(doc, ensure_ascii=True).encode()


def raw_exchange(port, data, timeout=ANSWER_SECONDS):
    """Sends raw bytes; returns the status of the answer, -1 when the server closed without one
    (a refusal), 0 when nothing came in time."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(data)
        got = b""
        deadline = time.monotonic() + timeout
        while b"\r\n" not in got and time.monotonic() < deadline:
            chunk = s.recv(4096)
            if not chunk:
                break
            got += chunk
        m = re.match(rb"HTTP/1\.[01] (\d{3})", got)
        return int(m.group(1)) if m else -1
    except socket.timeout:
        return 0
    except OSError:
        return -1
    finally:
        s.close()


def main():
    engine = kp.engine_argument()
    ws = kp.Workspace(kp.server_binary())
    server = None
    try:
        db = ws.database(engine)
        server = kp.Server(ws, db)
        port = server.start()
        token = kp.new_station(ws, db, "probe-bad", port)
        auth = kp.bearer(token)
        tally = Tally()
        table = routes()
        started = time.monotonic()

        def send(method, path, body=None, headers=None, what=None):
            status, answer = kp.request(port, method, path, body, headers, timeout=ANSWER_SECONDS)
            tally.note(what or "%s %s" % (method, path), status, answer)

        for method, pattern in table:
            path = pattern.replace("{id}", str(uuid.uuid4()))
            for other in ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]:
                if other != method:
                    send(other, path, b"{}", auth)
            for headers in [{}, {"Authorization": "Bearer "}, {"Authorization": "Bearer " + "A" * 8000},
                            {"Authorization": "Basic dXNlcjpwYXNz"}, {"Authorization": "Bearer " + token + "x"},
                            {"Authorization": "bearer " + token}, {"X-Station-Id": "probe-bad"},
                            {"Authorization": "Bearer \u00e9\u00e8".encode().decode("latin-1")}]:
                send(method, path, b"{}" if method == "POST" else None, headers, "%s %s %s" % (method, path, list(headers.values())[:1]))
            if method == "POST":
                for raw in RAW_BODIES:
                    send(method, path, raw, dict(auth, **{"Content-Type": "application/json"}),
                         "%s %s raw %r" % (method, path, raw[:40]))
                template = TEMPLATES.get(pattern, {"field": "value"})
                for doc in mutations(template):
                    data = json_bytes(doc)
                    if pattern == "/v1/sync/push":
                        # A new record id for every mutation, so each reaches storage instead of
                        # being answered "duplicate" of the first.
                        data = data.replace(template["items"][0]["id"].encode(), str(uuid.uuid4()).encode())
                    send(method, path, data, dict(auth, **{"Content-Type": "application/json"}),
                         "%s %s %s" % (method, path, data[:100]))
            if "{id}" in pattern:
                for bad in IDS:
                    send(method, pattern.replace("{id}", bad), b"{}" if method == "POST" else None, auth)
            for q in QUERIES:
                send(method, path + q, b"{}" if method == "POST" else None, auth, "%s %s%s" % (method, path, q[:60]))
        for path in ["/", "/v1", "/v1/", "/v2/health", "/v1/health/", "//v1/health", "/v1/./health",
                     "/v1/%2e%2e/v1/health", "/" + "a" * 8000, "/v1/records", "/v1/records/", "/v1/bookings//cancel",
                     "*", "/v1/health#x", "/v1/health?" + "x" * 8000]:
            send("GET", path, None, auth)

        # Malformed HTTP on a raw socket: refused or answered 4xx, never 5xx, never held open
        # for ever once the request is complete.
        raw = [b"GARBAGE\r\n\r\n", b"GET\r\n\r\n", b"GET /v1/health\r\n\r\n", b"GET /v1/health HTTP/9.9\r\nHost: x\r\n\r\n",
               b"GET /v1/health HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n",
               b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\x00\x01: \xff\r\n\r\n",
               b"POST /v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
               b"POST /v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 7\r\n\r\n{}",
               b"POST /v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n{}",
               b"POST /v1/sync/push HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
               b"POST /v1/sync/push HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n0\r\n\r\n",
               b"GET /v1/health HTTP/1.1\r\nHost: x\r\n" + b"X-A: b\r\n" * 5000 + b"\r\n",
               b"GET /v1/health HTTP/1.1\r\n Host: folded\r\n\r\n", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64,
               b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", b"GET /v1/health HTTP/1.1\r\nHost: x\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n\r\n"]
        for data in raw:
            status = raw_exchange(port, data)
            if status != -1:
                tally.note("raw %r" % data[:60], status)
            else:
                tally.sent += 1
                tally.by_status["closed"] = tally.by_status.get("closed", 0) + 1

        elapsed = time.monotonic() - started
        health, _ = kp.request(port, "GET", "/v1/health", timeout=5)
        up = server.alive() and health == 200
        counts = " ".join("%s:%d" % (k, v) for k, v in sorted(tally.by_status.items(), key=lambda kv: str(kv[0])))
        for f in tally.failures[:15]:
            print("  failed: " + f)
        return kp.finish(not tally.failures and up,
                         "bad input on %s: %d requests on %d routes in %.1f s, %d answered 5xx or not at all, "
                         "server %s (%s)" % (engine, tally.sent, len(table), elapsed, len(tally.failures),
                                             "still up" if up else "DOWN: " + server.log_tail(3), counts))
    finally:
        if server:
            server.stop()
        ws.close()


if __name__ == "__main__":
    sys.exit(main())
