"""The real app as the screenshot scripts run it: offscreen, in a temporary profile, with
nothing reaching the internet.

``scripts/screenshots.py`` (the README's steps) and ``scripts/event_screenshots.py`` (event
mode) both start the window here: the public datasets are read from the shared data folder,
and the Census geocoder and Congress.gov are answered by a stand-in on 127.0.0.1 with a
recorded answer. Not a test helper: a picture is only as good as the app it shows, so the
window is built exactly as a person gets it (``build_main_window``).
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

PERSON = {
    "name": "Maria Lopez",
    "street": "1100 Congress Ave",
    "city": "Austin",
    "state": "TX",
    "zip": "78701",
    "email": "maria@example.org",
}
STORY = (
    "I teach ninth grade in Austin. Last year one of my students was targeted on an app "
    "she used every day, and the company took weeks to answer our reports. Please help "
    "make platforms answer for what happens on them."
)
STORY_ES = (
    "Entreno a un equipo de fútbol de niñas en Austin y he visto lo que estas aplicaciones "
    "les hacen. Los padres necesitan que las empresas respondan."
)
CENSUS_ANSWER = "census_geocoder_onelineaddress_acs2025_austin_tx_cd119.json"  # in fixtures/
BILL_ANSWER = {
    "bill": {
        "title": "STOP CSAM Act of 2025",
        "sponsors": [],
        "latestAction": {
            "actionDate": "2025-06-11",
            "text": "Referred to the Committee on the Judiciary.",
        },
    }
}


def serve(census_file: Path) -> ThreadingHTTPServer:
    """The stand-in for the Census geocoder (``census_file``'s answer) and Congress.gov."""
    answer = census_file.read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            parts = urlsplit(self.path)
            if parts.path.endswith("/onelineaddress"):
                body = answer
            elif parts.path.endswith("/cosponsors"):
                body = json.dumps({"cosponsors": [], "pagination": {"count": 0}}).encode()
            elif "/bill/" in parts.path:
                body = json.dumps(BILL_ANSWER).encode()
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def shoot(widget: Any, path: Path, rounds: int = 3) -> None:
    """Save what ``widget`` shows as ``path``, once queued paints are done."""
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(path)


@dataclass
class ShotApp:
    window: Any  # the MainWindow
    services: Any  # its Services
    profile: Path  # the temporary profile folder
    server: ThreadingHTTPServer  # the stand-in; ``close`` shuts it down

    def close(self) -> None:
        self.window.close()
        self.server.shutdown()


def start_app(
    data: Path,
    *,
    lang: str = "en",
    size: tuple[int, int] = (1100, 780),
    settings: dict[str, Any] | None = None,
    palette: Callable[[], Any] | None = None,
    prefix: str = "advocate-shots-",
) -> ShotApp:
    """The main window, shown at ``size`` in language ``lang``, in a new profile whose
    datasets come from ``data`` (the shared data folder) and whose services answer from
    the stand-in. ``settings`` are set first; ``palette()`` (a QPalette, made once the
    application exists) replaces the app's."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    server = serve(data / "fixtures" / CENSUS_ANSWER)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    profile = Path(tempfile.mkdtemp(prefix=prefix))
    env = {
        **os.environ,
        "ADVOCATE_LEGISLATORS_URL": str(data / "congress-legislators") + os.sep,
        "ADVOCATE_ZIP_CROSSWALK_URL": str(data / "zip-to-district" / "zccd.csv"),
        "ADVOCATE_CENSUS_URL": base + "/geocoder",
        "ADVOCATE_CONGRESS_API_URL": base + "/congress",
    }
    from advocate_app.app import Services
    from advocate_app.core.paths import AppPaths
    from advocate_app.gui.build import build_main_window, ensure_app
    from advocate_app.gui.tasks import InlineRunner

    services = Services(AppPaths.for_profile(profile), env=env)
    services.settings.set("ui.language", lang)
    for key, value in (settings or {}).items():
        services.settings.set(key, value)
    services.datasets.update_all()
    app = ensure_app()
    app.setStyle("Fusion")
    if palette is not None:
        app.setPalette(palette())
    window = build_main_window(
        services, runner=InlineRunner(), url_opener=lambda _u: True, clipboard=lambda _t: None
    )
    window.auto_data_check = False
    window.resize(*size)
    window.show()
    return ShotApp(window, services, profile, server)
