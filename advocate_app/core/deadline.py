"""A wall-clock deadline for a network exchange (an HTTP answer, an SMTP dialogue).

Why: socket timeouts (``requests``' read timeout, ``smtplib``'s ``timeout``) bound each
``recv`` alone. A server (or a captive portal, or a broken proxy) that sends one byte every
few seconds never trips them, and a person waits forever. ``Deadline`` is a context
manager: while it is active in a thread, the sockets registered with it (``watch``, or
``watch_current`` from code that only knows the thread) are shut down by a timer thread
when the time is up. The blocked read then returns at once (EOF), the library raises, and
the caller sees ``fired`` and reports "did not answer in time".

For HTTP the hook is a pair of urllib3 connection classes mounted on the session by
``mount_deadline_adapters``; urllib3 discards a connection whose socket was shut down, so
the next request opens a fresh one. SMTP registers its socket in core/delivery/smtp.py.
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import requests

_active = threading.local()


class DeadlinePassed(Exception):
    """The whole answer did not arrive within the deadline (the socket was cut)."""


class Deadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._outer: Deadline | None = None

    def __enter__(self) -> Deadline:
        self._outer = getattr(_active, "deadline", None)
        _active.deadline = self
        self._timer = threading.Timer(self.seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._timer is not None:
            self._timer.cancel()
        _active.deadline = self._outer
        with self._lock:
            self._sockets.clear()

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            if self.fired:
                _cut(sock)
            else:
                self._sockets.append(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                _cut(sock)


def _cut(sock: socket.socket) -> None:
    # socket.socket.shutdown, not SSLSocket.shutdown: we only want the blocked recv to end.
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except (OSError, ValueError):
        pass


def watch_current(sock: socket.socket | None) -> None:
    """Register ``sock`` with the deadline active in this thread, if any."""
    deadline: Deadline | None = getattr(_active, "deadline", None)
    if deadline is not None:
        deadline.watch(sock)


def mount_deadline_adapters(session: requests.Session) -> None:
    """Make ``session``'s connections honour an active ``Deadline`` (http and https)."""
    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    class _Connection(HTTPConnection):
        def getresponse(self, *args: Any, **kwargs: Any) -> Any:
            watch_current(self.sock)
            return super().getresponse(*args, **kwargs)

    class _TlsConnection(HTTPSConnection):
        def getresponse(self, *args: Any, **kwargs: Any) -> Any:
            watch_current(self.sock)
            return super().getresponse(*args, **kwargs)

    class _Pool(HTTPConnectionPool):
        ConnectionCls = _Connection

    class _TlsPool(HTTPSConnectionPool):
        ConnectionCls = _TlsConnection

    pools = {"http": _Pool, "https": _TlsPool}

    class _Adapter(HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = pools

        def proxy_manager_for(self, *args: Any, **kwargs: Any) -> Any:
            manager = super().proxy_manager_for(*args, **kwargs)
            manager.pool_classes_by_scheme = pools
            return manager

    for prefix in ("http://", "https://"):
        session.mount(prefix, _Adapter())
