"""A raw TCP server on loopback for faults pytest-httpserver cannot play: a slow drip of
headers or body, a connection reset in the middle of an answer, a body that ends early.

``FaultyServer(behaviour)`` runs ``behaviour(conn)`` for every connection in a thread;
``requests`` counts the connections seen. The module's helpers build common behaviours.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable

OK_JSON_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"


class FaultyServer:
    def __init__(
        self, behaviour: Callable[[socket.socket], None], *, read_request: bool = True
    ) -> None:
        self.behaviour = behaviour
        self.read_request = read_request
        self.requests: list[bytes] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(8)
        self._sock.settimeout(0.05)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def __enter__(self) -> FaultyServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                self.requests.append(_read_request(conn) if self.read_request else b"")
                self.behaviour(conn)
            except OSError:
                pass  # the client gave up: that is the point of most of these tests

    def stopped(self) -> bool:
        return self._stop.is_set()


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def drip(
    head: bytes,
    body: bytes,
    *,
    delay: float = 0.05,
    drip_head: bool = False,
    stop: Callable[[], bool] = lambda: False,
) -> Callable[[socket.socket], None]:
    """Send ``head`` (at once, or a byte at a time) then ``body`` one byte per ``delay``."""

    def behaviour(conn: socket.socket) -> None:
        if drip_head:
            for byte in head:
                if stop():
                    return
                conn.sendall(bytes([byte]))
                time.sleep(delay)
        else:
            conn.sendall(head)
        for byte in body:
            if stop():
                return
            conn.sendall(bytes([byte]))
            time.sleep(delay)

    return behaviour


def reset_after(data: bytes) -> Callable[[socket.socket], None]:
    """Send ``data`` then reset the connection (RST, not a clean close)."""

    def behaviour(conn: socket.socket) -> None:
        conn.sendall(data)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    return behaviour


def json_head(length: int) -> bytes:
    return OK_JSON_HEAD % length


def respond(
    status: str, body: bytes, content_type: str = "application/json", headers: str = ""
) -> Callable[[socket.socket], None]:
    """A whole HTTP answer at once (for 429, 5xx, HTML, a changed format)."""

    def behaviour(conn: socket.socket) -> None:
        conn.sendall(
            f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n{headers}Connection: close\r\n\r\n".encode()
            + body
        )

    return behaviour


def silent(seconds: float = 5.0) -> Callable[[socket.socket], None]:
    """Accept, then say nothing (a server that hangs)."""

    def behaviour(conn: socket.socket) -> None:
        time.sleep(seconds)

    return behaviour


def truncated(body: bytes, declared: int) -> Callable[[socket.socket], None]:
    """Promise ``declared`` bytes, send ``body``, close."""

    def behaviour(conn: socket.socket) -> None:
        conn.sendall(json_head(declared) + body)

    return behaviour


# --- a scripted SMTP server (plain, no login) with one fault at one step -------------------
SMTP_FAULTS = (
    "greeting-silent", "greeting-drip", "greeting-421", "greeting-garbage", "reset-after-greeting",
    "mail-drip", "final-silent", "final-drip", "final-reset",
)  # fmt: skip


def smtp_script(fault: str, *, delay: float = 0.05) -> Callable[[socket.socket], None]:
    def say(conn: socket.socket, line: bytes) -> None:
        conn.sendall(line + b"\r\n")

    def dribble(conn: socket.socket, line: bytes) -> None:
        for _ in range(10_000):  # a line that never ends, a byte at a time
            for byte in line:
                conn.sendall(bytes([byte]))
                time.sleep(delay)

    def behaviour(conn: socket.socket) -> None:
        if fault == "greeting-silent":
            time.sleep(5)
            return
        if fault == "greeting-drip":
            dribble(conn, b"220-still here\r\n")
            return
        if fault == "greeting-421":
            say(conn, b"421 4.3.2 Service not available, closing channel")
            return
        if fault == "greeting-garbage":
            say(conn, b"HTTP/1.1 400 Bad Request")
            return
        say(conn, b"220 faulty.test ESMTP")
        if fault == "reset-after-greeting":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        reader = conn.makefile("rb")
        while True:
            line = reader.readline()
            if not line:
                return
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                say(conn, b"250-faulty.test\r\n250 8BITMIME")
            elif verb == b"MAIL":
                if fault == "mail-drip":
                    dribble(conn, b"250-OK\r\n")
                    return
                say(conn, b"250 OK")
            elif verb == b"RCPT":
                say(conn, b"250 OK")
            elif verb == b"DATA":
                say(conn, b"354 go ahead")
                while reader.readline() not in (b".\r\n", b""):
                    pass
                if fault == "final-silent":
                    time.sleep(5)
                    return
                if fault == "final-drip":
                    dribble(conn, b"250-queued\r\n")
                    return
                if fault == "final-reset":
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                say(conn, b"250 queued")
            elif verb in (b"RSET", b"NOOP"):
                say(conn, b"250 OK")
            elif verb == b"QUIT":
                say(conn, b"221 bye")
                return
            else:
                say(conn, b"502 not implemented")

    return behaviour
