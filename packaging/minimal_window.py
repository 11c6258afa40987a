"""The yardstick for the bundle-size and start-up targets: a bare PySide6 main window.

Built by benchmarks/bench_bundle.py with ``packaging/minimal.spec`` (the same PyInstaller
version, mode and pruning policy as Advocate itself). ``--quit-after-startup`` shows the
window, waits for its first paint and exits 0, as ``advocate --quit-after-startup`` does.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().paintEvent(event)
        if not self.painted and "--quit-after-startup" in sys.argv:
            self.painted = True
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv)
    window = Window()
    window.setWindowTitle("Minimal")
    window.resize(900, 640)
    window.show()
    if "--quit-after-startup" in sys.argv:
        QTimer.singleShot(20000, lambda: app.exit(1))  # never painted: fail, do not hang
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
