# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared parts of the kiosk-server probes: a real kiosk-server process on loopback, its admin
commands, a scratch database on either engine, and small HTTP helpers that never wait for ever.

Every probe prints one figure line per claim and exits 0 when it held, 1 when it did not, and 77
("skipped") when its environment (PostgreSQL, nginx) is missing."""

import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid

SKIP = 77
LISTENING = re.compile(rb"listening on [0-9.]+:(\d+)")


def skip(reason):
    print("skipped: " + reason, flush=True)
    sys.exit(SKIP)


def server_binary():
    """The kiosk-server to probe: --server PATH, else KIOSK_SERVER_BIN."""
    args = sys.argv[1:]
    if "--server" in args:
        return args[args.index("--server") + 1]
    path = os.environ.get("KIOSK_SERVER_BIN", "")
    if not path or not os.access(path, os.X_OK):
        skip("no kiosk-server (pass --server PATH or set KIOSK_SERVER_BIN)")
    return path


def engine_argument(default="sqlite"):
    args = sys.argv[1:]
    return args[args.index("--engine") + 1] if "--engine" in args else default


class Workspace:
    """A temporary folder with a key file shared by every process of one probe run (servers on
    one PostgreSQL must seal and look up with the same key)."""

    def __init__(self, binary):
        self.binary = binary
        self.dir = tempfile.mkdtemp(prefix="kiosk-probe-")
        os.chmod(self.dir, 0o755)
        self.key_file = os.path.join(self.dir, "server.key")
        fd = os.open(self.key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.write(fd, (secrets.token_hex(32) + "\n").encode())
        os.close(fd)
        self._help = None
        self._pg_databases = []

    def server_help(self):
        if self._help is None:
            try:
                self._help = subprocess.run([self.binary, "--help"], capture_output=True, timeout=20).stdout.decode(errors="replace")
            except (OSError, subprocess.TimeoutExpired):
                self._help = ""
        return self._help

    def supports(self, option):
        return ("--" + option) in self.server_help()

    def env(self):
        env = dict(os.environ)
        env["KIOSK_SERVER_KEY_FILE"] = self.key_file
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return env

    def key_args(self):
        return ["--key-file", self.key_file] if self.supports("key-file") else []

    def database(self, engine):
        """A fresh database URL for `engine`; PostgreSQL needs KIOSK_TEST_POSTGRES_URL (else skip)."""
        if engine == "sqlite":
            return "sqlite:" + os.path.join(self.dir, "server-%s.sqlite" % uuid.uuid4().hex[:8])
        base = os.environ.get("KIOSK_TEST_POSTGRES_URL", "")
        if not base:
            skip("PostgreSQL: KIOSK_TEST_POSTGRES_URL is not set")
        if not shutil.which("psql"):
            skip("PostgreSQL: psql is not installed")
        name = "kiosk_probe_%d_%s" % (os.getpid(), uuid.uuid4().hex[:6])
        r = subprocess.run(["psql", "-q", base, "-c", "CREATE DATABASE " + name], capture_output=True, timeout=30)
        if r.returncode != 0:
            skip("PostgreSQL: cannot create a database: " + r.stderr.decode(errors="replace").strip())
        self._pg_databases.append(name)
        return base.rsplit("/", 1)[0] + "/" + name

    def admin(self, db_url, *args, check=True):
        cmd = [self.binary, "admin"] + list(args) + ["--db", db_url] + self.key_args()
        r = subprocess.run(cmd, capture_output=True, timeout=60, env=self.env())
        out = (r.stdout + r.stderr).decode(errors="replace")
        if check and r.returncode != 0:
            raise RuntimeError("admin %s failed (%d): %s" % (" ".join(args), r.returncode, out.strip()))
        return out

    def close(self):
        base = os.environ.get("KIOSK_TEST_POSTGRES_URL", "")
        for name in self._pg_databases:
            subprocess.run(["psql", "-q", base, "-c", "DROP DATABASE IF EXISTS %s WITH (FORCE)" % name],
                           capture_output=True, timeout=30)
        shutil.rmtree(self.dir, ignore_errors=True)


class Server:
    """One kiosk-server process, started as tests/integration/serverprocess.cpp does it."""

    def __init__(self, ws, db_url, extra=(), name="server"):
        self.ws, self.db_url, self.extra, self.name = ws, db_url, list(extra), name
        self.proc = None
        self.port = 0
        self.log_path = os.path.join(ws.dir, name + ".log")

    def start(self, port=0, timeout=20):
        cmd = [self.ws.binary, "--listen", "127.0.0.1:%d" % port, "--db", self.db_url, "--rate-limit", "0",
               "--access-log"] + self.ws.key_args() + self.extra
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, env=self.ws.env())
        log.close()
        found = []

        def read():
            data = b""
            while True:
                chunk = self.proc.stdout.readline()
                if not chunk:
                    return
                data += chunk
                m = LISTENING.search(data)
                if m and not found:
                    found.append(int(m.group(1)))
        threading.Thread(target=read, daemon=True).start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not found and self.proc.poll() is None:
            time.sleep(0.05)
        if not found:
            self.kill()
            raise RuntimeError("%s did not start: %s" % (self.name, self.log_tail()))
        self.port = found[0]
        return self.port

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def kill(self):
        """SIGKILL: no clean shutdown, as in a crash or power cut."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def status_kib(self, field):
        """VmRSS, VmHWM, ... of the running process in KiB (0 when it is gone)."""
        try:
            with open("/proc/%d/status" % self.proc.pid) as f:
                for line in f:
                    if line.startswith(field + ":"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def log_text(self):
        try:
            with open(self.log_path, "rb") as f:
                return f.read().decode(errors="replace")
        except OSError:
            return ""

    def log_tail(self, n=8):
        return " | ".join(self.log_text().strip().splitlines()[-n:])


def request(port, method, path, body=None, headers=None, timeout=10):
    """(status, parsed JSON or raw bytes); status 0 with the error text when no answer came."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        h = dict(headers or {})
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
            h.setdefault("Content-Type", "application/json")
        elif isinstance(body, str):
            body = body.encode("utf-8", "surrogatepass")
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        data = r.read()
        try:
            return r.status, json.loads(data)
        except ValueError:
            return r.status, data
    except (OSError, http.client.HTTPException) as e:
        return 0, repr(e)
    finally:
        conn.close()


def bearer(token):
    return {"Authorization": "Bearer " + token}


def enroll(port, code, nonce=None, timeout=10):
    body = {"enrollmentCode": code}
    body["clientNonce"] = nonce or secrets.token_urlsafe(32)
    return request(port, "POST", "/v1/stations/enroll", body, timeout=timeout)


def new_station(ws, db_url, station_id, port):
    """Creates a station with a one-time code and enrolls it; returns its token."""
    code = "CODE-" + uuid.uuid4().hex[:12].upper()
    ws.admin(db_url, "station-create", "--station-id", station_id, "--name", station_id, "--enrollment-code", code)
    status, body = enroll(port, code)
    if status != 200:
        raise RuntimeError("enrollment of %s answered %s %s" % (station_id, status, body))
    return body["token"]


def item(kind="help_call", created="2026-07-06T09:00:00Z", payload=None, item_id=None):
    return {"id": item_id or str(uuid.uuid4()), "kind": kind, "createdAt": created,
            "payload": payload if payload is not None else {"reason": "probe"}}


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def finish(held, figure):
    """Prints the figure with HELD / NOT HELD and exits accordingly."""
    print(("HELD: " if held else "NOT HELD: ") + figure, flush=True)
    return 0 if held else 1
