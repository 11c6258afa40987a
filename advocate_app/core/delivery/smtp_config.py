"""The mail server settings Advocate will use (``SmtpConfig``), checked before anything is sent.

Its own module, below ``smtp.py`` (the conversation with the server) and
``smtp_errors.py`` (the wording of failures), which both read it.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any

from advocate_app.core.errors import InputProblem
from advocate_app.core.messages import Message

SECURITY_MODES = {
    "ssl": "ssl",
    "tls": "ssl",
    "starttls": "starttls",
    "plain": "plain",
    "none": "plain",
}
DEFAULT_TIMEOUT = 30.0


def is_loopback(host: str) -> bool:
    name = host.strip().strip("[]").lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name.split("%")[0]).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    password: str = field(default="", repr=False)
    timeout: float = DEFAULT_TIMEOUT
    allow_plain_loopback: bool = False

    @classmethod
    def from_settings(cls, settings: Any, password: str = "") -> SmtpConfig:
        timeout = DEFAULT_TIMEOUT
        try:
            timeout = max(5.0, float(settings.get("network.timeout_seconds")) * 2)
        except (KeyError, TypeError, ValueError):
            pass
        return cls(
            host=str(settings.get("smtp.host")).strip(),
            port=int(settings.get("smtp.port")),
            security=str(settings.get("smtp.security")).strip().lower(),
            user=str(settings.get("smtp.user")).strip(),
            password=password,
            timeout=timeout,
            allow_plain_loopback=bool(settings.get("smtp.allow_plain_loopback")),
        )

    @property
    def mode(self) -> str:
        return SECURITY_MODES.get(self.security, "")

    def validate(self) -> None:
        """``InputProblem`` for settings we will not use; nothing is sent before this."""
        if not self.host:
            raise InputProblem(Message("smtp.no_server"))
        if re.search(r"[\s/@]", self.host):
            raise InputProblem(Message("smtp.bad_host", host=repr(self.host)))
        if not 0 < self.port < 65536:
            raise InputProblem(Message("smtp.bad_port", port=self.port))
        if not self.mode:
            raise InputProblem(Message("smtp.unknown_security", security=repr(self.security)))
        if self.mode == "plain":
            if not is_loopback(self.host):
                raise InputProblem(Message("smtp.encrypted_only", host=self.host))
            if not self.allow_plain_loopback:
                raise InputProblem(Message("smtp.plain_loopback_off"))
        if self.user and not self.password:
            raise InputProblem(Message("smtp.no_password", user=self.user))
