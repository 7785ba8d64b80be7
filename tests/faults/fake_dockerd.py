#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A scripted fake Docker Engine API on a unix socket, for tests/faults.

It answers /_ping, /version, /info, /containers/json, /containers/{id}/json, /images/json, /images/{id}/json,
/images/{id}/history, /networks, /volumes and /events like a small, healthy dockerd (API 1.41), except for the one
misbehaviour that --case names. Every request is logged to stderr. It runs until it is killed.

    fake_dockerd.py --socket /tmp/x/docker.sock --case hang-headers
"""

import argparse
import json
import os
import re
import socket
import struct
import sys
import threading
import time

API = "1.41"


def cid(n):
    return ("%02x" % n) * 32


IMAGE_ID = "sha256:" + "ab" * 32
ESC_NAME = "/evil\x1b]0;pwned\x07\x1b[2J\x1b[31mred\u202e"


def containers(case):
    names = ["web", "db", "cache", "worker"]
    if case == "big-body":
        names = ["c%d" % i for i in range(8)]
    out = []
    for i, name in enumerate(names, start=1):
        labels = {"com.example.team": "ops"}
        full = "/" + name
        if case == "control-chars" and i == 1:
            full = ESC_NAME
            labels["evil\x1b[31m"] = "value\x1b]8;;http://x\x07link\x9b2J"
        out.append(
            {
                "Id": cid(i),
                "Names": [full],
                "Image": "fake/app:1",
                "ImageID": IMAGE_ID,
                "Command": "/bin/app",
                "Created": 1700000000,
                "State": "running",
                "Status": "Up 1 hour",
                "Labels": labels,
                "Mounts": [],
                "HostConfig": {"NetworkMode": "default"},
            }
        )
    return out


def inspect(summary):
    return {
        "Id": summary["Id"],
        "Created": "2026-12-01T10:00:00.000000000Z",
        "Path": "/bin/app",
        "Args": [],
        "State": {"Status": "running", "Running": True, "Pid": 4242, "StartedAt": "2026-12-01T10:00:01Z"},
        "Image": IMAGE_ID,
        "Name": summary["Names"][0],
        "RestartCount": 0,
        "Driver": "overlay2",
        "AppArmorProfile": "docker-default",
        "HostConfig": {
            "Privileged": False,
            "NetworkMode": "default",
            "PortBindings": {},
            "RestartPolicy": {"Name": "no", "MaximumRetryCount": 0},
            "CapAdd": None,
            "CapDrop": None,
            "SecurityOpt": None,
            "ReadonlyRootfs": False,
            "Memory": 0,
            "NanoCpus": 0,
            "PidsLimit": None,
            "Binds": None,
        },
        "Config": {
            "Hostname": "fake",
            "User": "",
            "Env": ["PATH=/usr/bin"],
            "Cmd": ["/bin/app"],
            "Image": "fake/app:1",
            "Labels": summary["Labels"],
        },
        "Mounts": [],
        "NetworkSettings": {"Networks": {"bridge": {"IPAddress": "172.17.0.2"}}, "Ports": {}},
    }


def image():
    return {
        "Id": IMAGE_ID,
        "RepoTags": ["fake/app:1"],
        "RepoDigests": [],
        "Created": "2026-11-01T10:00:00Z",
        "Size": 1234567,
        "Config": {"User": "", "Env": ["PATH=/usr/bin"], "Cmd": ["/bin/app"], "Labels": None},
        "RootFS": {"Type": "layers", "Layers": ["sha256:" + "cd" * 32]},
        "Os": "linux",
        "Architecture": "amd64",
    }


VERSION = {
    "Version": "20.10.24",
    "ApiVersion": API,
    "MinAPIVersion": "1.12",
    "Os": "linux",
    "Arch": "amd64",
    "KernelVersion": "6.1.0-fake",
    "Components": [{"Name": "Engine", "Version": "20.10.24"}],
}

INFO = {
    "ID": "FAKE:DAEMON",
    "Name": "fakehost",
    "ServerVersion": "20.10.24",
    "Containers": 4,
    "ContainersRunning": 4,
    "Images": 1,
    "Driver": "overlay2",
    "DockerRootDir": "/var/lib/docker",
    "LoggingDriver": "json-file",
    "CgroupDriver": "cgroupfs",
    "CgroupVersion": "1",
    "SecurityOptions": ["name=apparmor", "name=seccomp,profile=default"],
    "OperatingSystem": "Fake Linux",
    "OSType": "linux",
    "Architecture": "x86_64",
    "KernelVersion": "6.1.0-fake",
    "LiveRestoreEnabled": False,
    "Swarm": {"LocalNodeState": "inactive"},
    "Runtimes": {"runc": {"path": "runc"}},
    "DefaultRuntime": "runc",
    "RegistryConfig": {"InsecureRegistryCIDRs": ["127.0.0.0/8"], "IndexConfigs": {}},
}


class Server:
    def __init__(self, path, case):
        self.path = path
        self.case = case
        self.lock = threading.Lock()
        self.conns = set()
        self.restarted = False
        self.listener = None

    def log(self, text):
        sys.stderr.write("fake_dockerd[%s]: %s\n" % (self.case, text))
        sys.stderr.flush()

    def listen(self):
        if os.path.exists(self.path):
            os.unlink(self.path)
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.bind(self.path)
        s.listen(64)
        self.listener = s

    def serve(self):
        self.listen()
        while True:
            listener = self.listener
            if listener is None:  # restarting
                time.sleep(0.05)
                continue
            try:
                conn, _ = listener.accept()
            except OSError:
                # The "daemon restart" closed the listener: wait for the new one.
                while self.listener is None or self.listener is listener:
                    time.sleep(0.05)
                continue
            with self.lock:
                self.conns.add(conn)
            threading.Thread(target=self.handle, args=(conn,), daemon=True).start()

    def restart(self):
        """Like dockerd restarting: every connection and the socket go away, a new socket comes after 1.5 s."""
        self.log("restarting")
        old = self.listener
        self.listener = None
        old.close()
        os.unlink(self.path)
        with self.lock:
            for c in list(self.conns):
                try:
                    c.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        time.sleep(1.5)
        self.listen()
        self.log("restarted")

    # --- HTTP -------------------------------------------------------------------------------------------------------

    def handle(self, conn):
        try:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, rest = data.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target = lines[0].split(" ")[:2]
            length = 0
            for line in lines[1:]:
                if line.lower().startswith("content-length:"):
                    length = int(line.split(":", 1)[1])
            while len(rest) < length:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                rest += chunk
            path = re.sub(r"^/v[0-9.]+", "", target.split("?")[0])
            self.log("%s %s" % (method, target))
            self.route(conn, method, path)
        except (OSError, ValueError) as e:
            self.log("connection ended: %s" % e)
        finally:
            with self.lock:
                self.conns.discard(conn)
            try:
                conn.close()
            except OSError:
                pass

    @staticmethod
    def head(conn, status, ctype, length=None, extra=""):
        reason = {200: "OK", 404: "Not Found", 500: "Internal Server Error"}.get(status, "Status")
        h = "HTTP/1.1 %d %s\r\nApi-Version: %s\r\nServer: Docker/20.10.24 (linux)\r\nContent-Type: %s\r\n" % (
            status,
            reason,
            API,
            ctype,
        )
        if length is not None:
            h += "Content-Length: %d\r\n" % length
        h += extra + "Connection: close\r\n\r\n"
        conn.sendall(h.encode("latin-1"))

    def send(self, conn, status, body, ctype="application/json"):
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.head(conn, status, ctype, len(raw))
        conn.sendall(raw)

    def route(self, conn, method, path):
        case = self.case
        m = re.match(r"^/containers/([0-9a-f]{64})/json$", path)
        inspected = m.group(1) if m else None

        if path == "/_ping":
            if case == "garbage":
                conn.sendall(b"\x00\xff\xfeSSH-2.0-not-http\x1b[2J\x1b]0;owned\x07\r\n" + bytes(range(256)) * 4)
                return
            if case == "ping-error-esc":
                return self.send(conn, 500, {"message": "daemon broke\x1b[2J\x1b]0;owned\x07 \u202eevil"})
            return self.send(conn, 200, b"OK", "text/plain")
        if path == "/version":
            return self.send(conn, 200, VERSION)
        if path == "/info":
            if case == "hang-headers":
                self.head(conn, 200, "application/json", 5000)
                conn.sendall(b'{"ID": "FAKE')
                time.sleep(3600)
                return
            return self.send(conn, 200, INFO)
        if path == "/containers/json":
            if case == "endless-chunked":
                self.head(conn, 200, "application/json", None, "Transfer-Encoding: chunked\r\n")
                conn.sendall(b"1\r\n[\r\n")
                piece = b'{"Id":"' + b"f" * 64 + b'","Names":["/x"]},'
                chunk = piece * (65536 // len(piece))
                framed = b"%x\r\n" % len(chunk) + chunk + b"\r\n"
                while True:
                    conn.sendall(framed)
            return self.send(conn, 200, containers(case))
        if inspected:
            listed = {c["Id"]: c for c in containers(case)}
            if inspected not in listed:
                return self.send(conn, 404, {"message": "No such container: %s" % inspected})
            doc = json.dumps(inspect(listed[inspected])).encode()
            if case == "slow-body" and inspected == cid(2):
                self.head(conn, 200, "application/json", len(doc))
                for b in doc:
                    conn.sendall(bytes([b]))
                    time.sleep(0.1)
                return
            if case == "big-body":
                # 300 MB each: with Content-Length for even containers, chunked (no length known) for odd ones.
                size = 300 * 1024 * 1024
                block = b'{"Id":"' + b"a" * (1024 * 1024 - 7)
                chunked = int(inspected[:2], 16) % 2 == 1
                if chunked:
                    self.head(conn, 200, "application/json", None, "Transfer-Encoding: chunked\r\n")
                    block = b"%x\r\n" % len(block) + block + b"\r\n"
                else:
                    self.head(conn, 200, "application/json", size)
                sent = 0
                while sent < size:
                    conn.sendall(block)
                    sent += len(block)
                if chunked:
                    conn.sendall(b"0\r\n\r\n")
                return
            if case == "reset-inspect" and inspected == cid(2):
                self.head(conn, 200, "application/json", len(doc))
                conn.sendall(doc[: len(doc) // 2])
                time.sleep(0.2)
                # SO_LINGER 0: close() sends a RST on TCP; on a unix socket the peer sees ECONNRESET or EOF.
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                conn.close()
                return
            if case == "restart":
                with self.lock:
                    first = not self.restarted
                    self.restarted = True
                if first:
                    self.head(conn, 200, "application/json", len(doc))
                    conn.sendall(doc[:100])
                    self.restart()
                    return
            if case == "vanished" and inspected == cid(3):
                return self.send(conn, 404, {"message": "No such container: %s" % inspected})
            if case == "control-chars" and inspected == cid(2):
                return self.send(
                    conn, 500, {"message": "inspect failed\x1b[2J\x1b]0;owned\x07 \x9b31m \u202etxt.exe"}
                )
            return self.send(conn, 200, inspect(listed[inspected]))
        if path == "/images/json":
            return self.send(conn, 200, [{"Id": IMAGE_ID, "RepoTags": ["fake/app:1"], "RepoDigests": [], "Size": 1}])
        if re.match(r"^/images/.+/json$", path):
            return self.send(conn, 200, image())
        if re.match(r"^/images/.+/history$", path):
            return self.send(conn, 200, [{"Id": IMAGE_ID, "Created": 1700000000, "CreatedBy": "/bin/sh", "Size": 1}])
        if path == "/networks":
            return self.send(conn, 200, [{"Name": "bridge", "Id": "b" * 64, "Driver": "bridge", "Options": {}}])
        if path == "/volumes":
            return self.send(conn, 200, {"Volumes": [], "Warnings": None})
        if path == "/events":
            return self.send(conn, 200, b"", "application/json")
        return self.send(conn, 404, {"message": "page not found"})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--socket", required=True)
    parser.add_argument("--case", default="healthy")
    args = parser.parse_args()
    Server(args.socket, args.case).serve()


if __name__ == "__main__":
    main()
