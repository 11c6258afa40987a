"""Checks around the window's Print, so a printer that cannot print loses nothing.

Qt's print dialog hands the job to the print service and never says whether it was taken
(a refused job simply vanishes). So the Send step asks the print service (``core.printers``)
before opening the preview, and again after the person printed:

- before: the default printer is paused, refusing jobs or absent → the reason in plain
  words, with *Save as PDF* and *Choose another printer…* instead of a preview that would
  print nowhere; when its paper differs from the letters' paper, a note says so (the
  letters' paper wins: "This printer uses A4; your letters are set for US Letter.");
- after: the printer used is gone, refusing or paused → the letters did not print: the
  reason, and *Save as PDF*; they are not recorded as printed.

Without CUPS (Windows) both checks pass and Qt's dialog is trusted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from advocate_app.gui.context import AppContext


def before_print(
    ctx: AppContext, paper: str, save_pdf: Callable[[], None], print_anyway: Callable[[], None]
) -> bool:
    """True when the preview may open; otherwise the banner explains and offers a way out."""
    from advocate_app.core import printers

    if not printers.available():
        return True
    default = printers.find_printer()
    if default is None:
        return True  # Qt's dialog lets the person pick one (or print to a file)
    problem = default.problem()
    if problem:
        ctx.show_message(
            problem,
            "error",
            [
                (QCoreApplication.translate("PrintCheck", "Save as PDF"), save_pdf),
                (QCoreApplication.translate("PrintCheck", "Choose another printer…"), print_anyway),
            ],
        )
        return False
    mismatch = printers.paper_mismatch(paper, default)
    if mismatch:
        ctx.show_message(
            mismatch
            + " "
            + QCoreApplication.translate(
                "PrintCheck",
                "They print on {0}: put that paper in the printer, or change the paper in Settings.",
            ).format(printers.paper_name(paper)),
            "info",
            [],
        )
    return True


def after_print(ctx: AppContext, printer_name: str, save_pdf: Callable[[], None]) -> bool:
    """True when the print service has the job; otherwise says why and offers Save as PDF."""
    from advocate_app.core import printers

    if not printers.available() or not printer_name:
        return True
    try:
        printers.ready_printer(printer_name)
    except printers.PrintFailed as exc:
        ctx.show_message(
            QCoreApplication.translate("PrintCheck", "Your letters were not printed. {0}").format(
                exc
            ),
            "error",
            [(QCoreApplication.translate("PrintCheck", "Save as PDF"), save_pdf)],
        )
        return False
    return True
