#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Oversized and slow clients against kiosk-server (the HTTP layer; SQLite behind it):
- three 150 MB bodies (no token, an unknown token, a real token) are refused before they are read
  whole, and the server's peak memory (VmHWM) grows by less than RSS_LIMIT_MIB;
- a 16 MB header is refused (never a 200);
- a header and a body trickled one byte every 2.5 s are cut by the server's time limit
  (--request-timeout when the server has it: set to 6 s here; else the promised 15 s default),
  while /v1/health keeps answering.

  probe_oversized_slow.py --server PATH/kiosk-server"""

import os
import re
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kioskprobe as kp  # noqa: E402

BODY_BYTES = 150 * 1024 * 1024
HEADER_BYTES = 16 * 1024 * 1024
RSS_LIMIT_MIB = 64
TRICKLE_SECONDS = 2.5
GIVE_UP_SECONDS = 30


def status_of(data):
    m = re.match(rb"HTTP/1\.[01] (\d{3})", data)
    return int(m.group(1)) if m else None


def flood(port, head, total, tail=b"", chunk=256 * 1024, deadline_s=20):
    """Sends `head` then up to `total` bytes; returns (status or None, bytes of the body sent, how
    it ended). Stops when the server answers or closes."""
    s = socket.create_connection(("127.0.0.1", port), timeout=deadline_s)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 20)
    sent, got, ended = 0, b"", "sent whole"
    block = b"x" * chunk
    deadline = time.monotonic() + deadline_s
    try:
        s.sendall(head)
        s.setblocking(False)
        while sent < total and time.monotonic() < deadline:
            try:
                more = s.recv(65536)
                got += more
                ended = "answered early" if more else "closed by the server"
                break
            except BlockingIOError:
                pass
            try:
                sent += s.send(block[: min(chunk, total - sent)])
            except BlockingIOError:
                time.sleep(0.002)
        s.setblocking(True)
        s.settimeout(10)
        if ended == "sent whole" and tail:
            s.sendall(tail)
        while b"\r\n" not in got:
            more = s.recv(65536)
            if not more:
                break
            got += more
    except (BrokenPipeError, ConnectionResetError):
        ended = "closed by the server"
        try:
            s.setblocking(True)
            s.settimeout(2)
            got += s.recv(65536)
        except OSError:
            pass
    except socket.timeout:
        ended = "no answer"
    finally:
        s.close()
    return status_of(got), sent, ended


def trickle(port, head, results, key):
    """Sends `head` then one byte every TRICKLE_SECONDS; records how long until the server cut it."""
    started = time.monotonic()
    s = socket.create_connection(("127.0.0.1", port), timeout=GIVE_UP_SECONDS)
    outcome = "never cut"
    try:
        s.sendall(head)
        s.settimeout(TRICKLE_SECONDS)
        while time.monotonic() - started < GIVE_UP_SECONDS:
            try:
                data = s.recv(4096)
                outcome = "answered %s" % status_of(data) if data else "closed"
                break
            except socket.timeout:
                pass
            try:
                s.send(b"a")
            except OSError:
                outcome = "closed"
                break
    except OSError:
        outcome = "closed"
    finally:
        s.close()
    results[key] = (outcome, time.monotonic() - started)


def main():
    ws = kp.Workspace(kp.server_binary())
    server = None
    try:
        db = ws.database("sqlite")
        limit = 6 if ws.supports("request-timeout") else 15
        extra = ["--request-timeout", str(limit)] if ws.supports("request-timeout") else []
        server = kp.Server(ws, db, extra)
        port = server.start()
        token = kp.new_station(ws, db, "probe-big", port)
        problems = []

        rss_before = server.status_kib("VmRSS")
        hwm_before = server.status_kib("VmHWM")
        uploads = []
        for label, auth in (("no token", ""), ("unknown token", "Authorization: Bearer nosuchtoken\r\n"),
                            ("real token", "Authorization: Bearer %s\r\n" % token)):
            head = ("POST /v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n%s"
                    "Content-Length: %d\r\n\r\n" % (auth, BODY_BYTES)).encode()
            status, sent, ended = flood(port, head, BODY_BYTES)
            uploads.append("%s: %s after %d MiB (%s)" % (label, status or "-", sent >> 20, ended))
            if status is not None and status < 400:
                problems.append("a 150 MB body with %s was answered %s" % (label, status))
            if sent >= BODY_BYTES:
                problems.append("a 150 MB body with %s was read whole (answered %s)" % (label, status))
        head = b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
        # A complete request with one 16 MB header: the server must refuse it on size.
        status, sent, ended = flood(port, head, HEADER_BYTES, tail=b"\r\n\r\n")
        header = "%s after %d MiB (%s)" % (status or "-", sent >> 20, ended)
        if status is not None and status < 400:
            problems.append("a 16 MB header was answered %s" % status)
        if sent >= HEADER_BYTES and status is None:
            problems.append("a 16 MB header was read whole and not answered (%s)" % ended)
        hwm_after = server.status_kib("VmHWM")
        grown = (hwm_after - hwm_before) / 1024
        if not server.alive():
            problems.append("the server died on the big requests")
        elif grown >= RSS_LIMIT_MIB:
            problems.append("peak memory grew by %.0f MiB" % grown)
        print("  150 MB bodies: " + "; ".join(uploads))
        print("  16 MB header: " + header)
        print("  memory: VmRSS %d MiB before, peak VmHWM %d -> %d MiB (grew %.0f MiB, limit %d)"
              % (rss_before >> 10, hwm_before >> 10, hwm_after >> 10, grown, RSS_LIMIT_MIB))

        results = {}
        slow = [("header", b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "),
                ("body", b"POST /v1/stations/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 1000\r\n\r\n{")]
        threads = [threading.Thread(target=trickle, args=(port, head, results, key)) for key, head in slow]
        for t in threads:
            t.start()
        time.sleep(1)
        health_ms = []
        while any(t.is_alive() for t in threads):
            t0 = time.monotonic()
            status, _ = kp.request(port, "GET", "/v1/health", timeout=5)
            health_ms.append((time.monotonic() - t0) * 1000 if status == 200 else 99999)
            time.sleep(1)
        for t in threads:
            t.join()
        allowed = limit + TRICKLE_SECONDS + 2
        for key, _ in slow:
            outcome, seconds = results.get(key, ("never cut", GIVE_UP_SECONDS))
            print("  slow %s (a byte every %.1f s): %s after %.1f s (limit %d s)" % (key, TRICKLE_SECONDS, outcome, seconds, limit))
            if outcome == "never cut" or seconds > allowed:
                problems.append("the slow %s was not cut within %.1f s" % (key, allowed))
        worst = max(health_ms) if health_ms else 0
        if worst > 1000:
            problems.append("/v1/health took %.0f ms during the slow clients" % worst)
        for p in problems:
            print("  " + p)
        up = server.alive() and kp.request(port, "GET", "/v1/health", timeout=5)[0] == 200
        return kp.finish(not problems and up,
                         "oversized and slow: 3 x 150 MB bodies and a 16 MB header refused with peak memory +%.0f MiB; "
                         "slow header cut after %.1f s, slow body after %.1f s; health at worst %.0f ms; server %s"
                         % (grown, results.get("header", ("", 0))[1], results.get("body", ("", 0))[1], worst,
                            "up" if up else "DOWN"))
    finally:
        if server:
            server.stop()
        ws.close()


if __name__ == "__main__":
    sys.exit(main())
