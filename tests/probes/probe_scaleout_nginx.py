#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Two kiosk-server processes behind nginx on one PostgreSQL database (the layout of the README's
"Two servers behind nginx"): nginx on loopback spreads plain HTTP over both upstreams; a station
enrolls, pushes, reads its records back, gets a status change made at the centre through the
change feed, and is then revoked - every step through nginx, whichever server answers. Holds when
every step works and both servers' access logs show the station's traffic, revocation included.

  probe_scaleout_nginx.py --server PATH/kiosk-server"""

import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kioskprobe as kp  # noqa: E402


def nginx_binary():
    for path in (shutil.which("nginx"), "/usr/sbin/nginx", "/sbin/nginx"):
        if path and os.access(path, os.X_OK):
            return path
    kp.skip("nginx is not installed")


def write_nginx_conf(d, listen_port, upstream_ports):
    os.makedirs(os.path.join(d, "tmp"), exist_ok=True)
    upstreams = "".join("    server 127.0.0.1:%d max_fails=0;\n" % p for p in upstream_ports)
    conf = """daemon off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/nginx-error.log;
events {{ worker_connections 256; }}
http {{
  access_log {d}/nginx-access.log;
  client_body_temp_path {d}/tmp/body;
  proxy_temp_path {d}/tmp/proxy;
  fastcgi_temp_path {d}/tmp/fastcgi;
  uwsgi_temp_path {d}/tmp/uwsgi;
  scgi_temp_path {d}/tmp/scgi;
  client_max_body_size 1m;
  upstream kiosk_servers {{
{upstreams}    keepalive 16;
  }}
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://kiosk_servers;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # Nobody names a station by header through this proxy: stations send their bearer token.
      proxy_set_header X-Station-Id "";
      proxy_set_header X-Kiosk-Proxy-Secret "";
      proxy_next_upstream error timeout;
    }}
  }}
}}
""".format(d=d, port=listen_port, upstreams=upstreams)
    path = os.path.join(d, "nginx.conf")
    with open(path, "w") as f:
        f.write(conf)
    return path


def changes(port, token):
    """Every change of the station's feed, page by page."""
    found, since = [], "0"
    for _ in range(100):
        status, page = kp.request(port, "GET", "/v1/sync/changes?since=%s&limit=200" % since, headers=kp.bearer(token))
        if status != 200 or not isinstance(page, dict):
            return None
        found += page.get("changes", [])
        since = page.get("cursor", since)
        if not page.get("more"):
            return found
    return found


def main():
    ws = kp.Workspace(kp.server_binary())
    nginx_path = nginx_binary()
    servers, nginx = [], None
    try:
        db = ws.database("postgresql")
        ws.admin(db, "migrate")
        code = "SCALE-" + uuid.uuid4().hex[:10].upper()
        ws.admin(db, "station-create", "--station-id", "scale-1", "--name", "Scale one", "--enrollment-code", code)
        servers = [kp.Server(ws, db, name="server-a"), kp.Server(ws, db, name="server-b")]
        upstream_ports = [s.start() for s in servers]
        port = kp.free_port()
        conf = write_nginx_conf(ws.dir, port, upstream_ports)
        cmd = [nginx_path, "-c", conf, "-p", ws.dir]
        if os.geteuid() == 0:
            cmd += ["-g", "user root;"]  # the test's files are private to this user
        nginx = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=open(os.path.join(ws.dir, "nginx.out"), "wb"))
        deadline = time.monotonic() + 10
        while kp.request(port, "GET", "/v1/health", timeout=2)[0] != 200:
            if time.monotonic() > deadline or nginx.poll() is not None:
                raise RuntimeError("nginx did not come up: " + open(os.path.join(ws.dir, "nginx-error.log")).read()[-500:])
            time.sleep(0.1)

        steps, problems = [], []

        def step(name, ok, detail=""):
            steps.append(name)
            if not ok:
                problems.append("%s: %s" % (name, detail))

        status, cred = kp.enroll(port, code)
        step("enrollment through nginx", status == 200, "%s %s" % (status, cred))
        if status != 200:
            raise SystemExit(kp.finish(False, "scale-out: enrollment through nginx failed: %s %s" % (status, cred)))
        token = cred["token"]
        again, _ = kp.enroll(port, code)
        step("the spent code refused on the other server", again == 403, again)

        pushed, request_ids = [], []
        for i in range(12):
            request_item = kp.item(kind="volunteer_request", payload={"helpType": "home_visit", "reason": "scale-out probe %d" % i})
            batch = [request_item, kp.item()]
            status, answer = kp.request(port, "POST", "/v1/sync/push", {"items": batch, "backlog": 12 - i},
                                        kp.bearer(token))
            results = {r["id"]: r["result"] for r in answer.get("results", [])} if status == 200 else {}
            ok = all(results.get(it["id"]) == "accepted" for it in batch)
            step("push %d" % (i + 1), ok, "%s %s" % (status, answer))
            pushed += batch
            request_ids.append(request_item["id"])
        unread = [it["id"] for it in pushed
                  if kp.request(port, "GET", "/v1/records/" + it["id"], headers=kp.bearer(token))[0] != 200]
        step("every pushed record readable through nginx", not unread, "%d unreadable" % len(unread))

        ws.admin(db, "set-status", "--request", request_ids[0], "--status", "accepted")
        seen = 0
        for _ in range(4):
            feed = changes(port, token)
            if feed and any(c.get("entity") == "request_status" and c.get("key") == request_ids[0]
                            and c.get("data", {}).get("status") == "accepted" for c in feed):
                seen += 1
        step("the centre's status change in the feed of both servers", seen == 4, "seen %d/4 times" % seen)
        stations = [kp.request(port, "GET", "/v1/station", headers=kp.bearer(token))[0] for _ in range(4)]
        step("station info", all(s == 200 for s in stations), stations)

        ws.admin(db, "station-revoke", "--station-id", "scale-1")
        after = [kp.request(port, "GET", "/v1/station", headers=kp.bearer(token)) for _ in range(8)]
        refused = sum(1 for s, b in after if s == 403 and isinstance(b, dict) and b.get("error", b.get("code")) == "station_revoked"
                      or s == 403)
        step("revoked at once on both servers", refused == 8, [s for s, _ in after])
        status, _ = kp.request(port, "POST", "/v1/sync/push", {"items": [kp.item()], "backlog": 0}, kp.bearer(token))
        step("a revoked station cannot push", status == 403, status)

        # The kiosk's own sync client (bench_kiosk_delivery, built beside kiosk-server) enrolls a
        # second station through nginx and delivers a queue of visitor records over both servers.
        delivery = os.path.join(os.path.dirname(ws.binary), "bench_kiosk_delivery")
        kiosk_figure = "real kiosk client not built"
        if os.access(delivery, os.X_OK):
            kiosk_code = "KIOSK-" + uuid.uuid4().hex[:10].upper()
            ws.admin(db, "station-create", "--station-id", "scale-kiosk", "--name", "Scale kiosk", "--enrollment-code", kiosk_code)
            r = subprocess.run([delivery, "--server", "http://127.0.0.1:%d" % port, "--code", kiosk_code, "--items", "400",
                                "--batch", "25"], capture_output=True, timeout=90, env=ws.env())
            out = r.stdout.decode(errors="replace")
            stored = subprocess.run(["psql", "-At", db, "-c", "SELECT COUNT(*) FROM records WHERE station_id = 'scale-kiosk'"],
                                    capture_output=True, timeout=30).stdout.decode().strip()
            step("the kiosk's sync client delivers 400 records through nginx", "delivered 400 items" in out and stored == "400",
                 "%s; %s stored" % (out.strip().splitlines()[-1:] or r.stderr.decode(errors="replace")[-200:], stored))
            kiosk_figure = "real kiosk client delivered %s/400 records" % stored

        # Both servers carried the station's traffic, the refusals after revocation included.
        share = []
        for s in servers:
            log = s.log_text()
            lines = [l for l in log.splitlines() if re.search(r"\b(GET|POST) /v1/", l)]
            revoked = [l for l in lines if "/v1/station " in l and " 403" in l]
            share.append((len(lines), len(revoked)))
            step("%s's access log shows traffic and a revoked request" % s.name, lines and revoked,
                 "%d requests, %d refused after revocation" % (len(lines), len(revoked)))
        for p in problems:
            print("  " + p)
        up = all(s.alive() for s in servers)
        return kp.finish(not problems and up,
                         "scale-out: two servers behind nginx on one PostgreSQL: %d/%d steps held (enrol, 12 pushes, "
                         "%d records read back, feed, revocation; %s); access logs: server-a %d requests (%d refused "
                         "after revocation), server-b %d (%d)" % (len(steps) - len(problems), len(steps), len(pushed),
                                                                kiosk_figure, share[0][0], share[0][1], share[1][0],
                                                                share[1][1]))
    finally:
        if nginx and nginx.poll() is None:
            nginx.terminate()
            try:
                nginx.wait(10)
            except subprocess.TimeoutExpired:
                nginx.kill()
        for s in servers:
            s.stop()
        ws.close()


if __name__ == "__main__":
    sys.exit(main())
