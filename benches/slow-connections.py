#!/usr/bin/env python3
"""How many file descriptors the server holds while slow clients hang on to connections.

Starts the real server binary, opens CONNECTIONS connections that each send half a request
line and then nothing more, waits SECONDS, and prints how many file descriptors the server
process holds (`ls /proc/PID/fd | wc -l`) and how many of the connections it has closed.

    python3 benches/slow-connections.py [path/to/conference_guide] [connections] [seconds]

With no path it uses the debug build in $CARGO_TARGET_DIR (or target/). Linux only (/proc).
"""

import os
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def open_fds(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def closed_by_server(connection):
    """True when the server has closed its end (a read gives end-of-file or a reset)."""
    connection.setblocking(False)
    try:
        return connection.recv(4096) == b""
    except BlockingIOError:
        return False
    except ConnectionResetError:
        return True


def main():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(HERE, "..", "target"))
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(target, "debug", "conference_guide")
    connections = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 60
    port = free_port()
    folder = tempfile.mkdtemp(prefix="slow-connections-")
    os.makedirs(os.path.join(folder, "site"))
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": folder,
        "LEPTOS_SITE_ADDR": f"127.0.0.1:{port}",
        "LEPTOS_SITE_ROOT": os.path.join(folder, "site"),
        "CONFERENCE_GUIDE_LOG": "warn",
    }
    log = open(os.path.join(folder, "server.log"), "wb")
    server = subprocess.Popen([binary], cwd=folder, env=environment, stdout=log, stderr=log)
    try:
        started = time.monotonic()
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() - started > 30:
                    sys.exit("the server never answered")
                time.sleep(0.05)
        time.sleep(0.5)
        idle = open_fds(server.pid)
        slow = []
        for _ in range(connections):
            connection = socket.create_connection(("127.0.0.1", port))
            connection.sendall(b"GET /en/start-here HT")
            slow.append(connection)
        time.sleep(1)
        at_start = open_fds(server.pid)
        time.sleep(max(0, seconds - 1))
        after = open_fds(server.pid)
        closed = sum(closed_by_server(connection) for connection in slow)
        print(f"binary: {binary}")
        print(f"file descriptors held by the server: idle {idle}, "
              f"1 s after {connections} half-sent request lines {at_start}, "
              f"after {seconds:g} s {after}")
        print(f"connections the server had closed after {seconds:g} s: {closed} of {connections}")
        for connection in slow:
            connection.close()
    finally:
        server.terminate()
        server.wait(timeout=60)


if __name__ == "__main__":
    main()
