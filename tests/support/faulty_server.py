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
    def __init__(self, behaviour: Callable[[socket.socket], None]) -> None:
        self.behaviour = behaviour
        self.requests: list[bytes] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(8)
        self._sock.settimeout(0.2)
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
                self.requests.append(_read_request(conn))
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
