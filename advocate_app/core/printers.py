"""The computer's printers, asked through the system's print service (CUPS), without Qt.

Linux and macOS print through CUPS; its client library (``libcups``, which Qt's own print
plugin also uses) tells us what Qt's printer list cannot: whether a printer is paused or
refusing jobs and why, the paper it uses by default, and whether a job really reached the
print service. ``send_pdf`` hands a PDF to a printer from memory (no temporary file) and
returns the job number, or raises ``PrintFailed`` with the reason in plain words, so a
caller can keep the letters and try again.

Where there is no CUPS (Windows, or a Linux without the library) ``available()`` is False
and callers fall back to Qt's print dialog.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import threading
from dataclasses import dataclass
from functools import lru_cache

log = logging.getLogger(__name__)

# Paper sizes in hundredths of millimetres, as CUPS reports them.
_SIZES = {"letter": (21590, 27940), "a4": (21000, 29700)}
PAPER_NAMES = {"letter": "US Letter", "a4": "A4"}
_MEDIA_PREFIXES = {"letter": ("na_letter", "letter"), "a4": ("iso_a4", "a4")}
MEDIA = {"letter": "na_letter_8.5x11in", "a4": "iso_a4_210x297mm"}
_STATE_STOPPED = 5
_HTTP_CONTINUE = 100
_IPP_OK_MAX = 0x00FF


class PrintFailed(Exception):
    """Printing did not reach the printer; ``str()`` is the reason for a person."""


@dataclass(frozen=True)
class Printer:
    name: str
    is_default: bool = False
    description: str = ""
    paused: bool = False
    accepting: bool = True
    reasons: str = ""  # printer-state-reasons, e.g. "paused", "media-empty-error"
    paper: str = ""  # "letter", "a4", another media name, or "" when unknown

    @property
    def label(self) -> str:
        return self.description or self.name

    def problem(self) -> str:
        """Why a job sent now would not print, in plain words ("" when it would)."""
        if self.paused:
            return (
                f"The printer “{self.name}” is paused. Resume it in the computer's printer "
                "settings, then print again."
            )
        if not self.accepting:
            return (
                f"The printer “{self.name}” is not accepting letters right now. Check it in the "
                "computer's printer settings, then print again."
            )
        return ""


def paper_name(paper: str) -> str:
    return PAPER_NAMES.get(paper, paper or "unknown paper")


def paper_mismatch(letters_paper: str, printer: Printer | None) -> str:
    """ "This printer uses A4; your letters are set for US Letter." ("" when they agree)."""
    if printer is None or not printer.paper or printer.paper == letters_paper:
        return ""
    return (
        f"This printer uses {paper_name(printer.paper)}; your letters are set for "
        f"{paper_name(letters_paper)}."
    )


# --- libcups through ctypes ------------------------------------------------------------------
class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _Dest(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("instance", ctypes.c_char_p),
        ("is_default", ctypes.c_int),
        ("num_options", ctypes.c_int),
        ("options", ctypes.POINTER(_Option)),
    ]


class _Size(ctypes.Structure):
    _fields_ = [("media", ctypes.c_char * 128)] + [
        (name, ctypes.c_int) for name in ("width", "length", "bottom", "left", "right", "top")
    ]


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _lib() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("cups")
    if not name:
        return None
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    dest_pp = ctypes.POINTER(ctypes.POINTER(_Dest))
    opt_pp = ctypes.POINTER(ctypes.POINTER(_Option))
    signatures = {
        "cupsGetDests2": ([ctypes.c_void_p, dest_pp], ctypes.c_int),
        "cupsFreeDests": ([ctypes.c_int, ctypes.POINTER(_Dest)], None),
        "cupsCopyDestInfo": ([ctypes.c_void_p, ctypes.POINTER(_Dest)], ctypes.c_void_p),
        "cupsFreeDestInfo": ([ctypes.c_void_p], None),
        "cupsFindDestDefault": (
            [ctypes.c_void_p, ctypes.POINTER(_Dest), ctypes.c_void_p, ctypes.c_char_p],
            ctypes.c_void_p,
        ),  # fmt: skip
        "ippGetString": ([ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p], ctypes.c_char_p),
        "cupsGetDestMediaDefault": (
            [
                ctypes.c_void_p,
                ctypes.POINTER(_Dest),
                ctypes.c_void_p,
                ctypes.c_uint,
                ctypes.POINTER(_Size),
            ],
            ctypes.c_int,
        ),  # fmt: skip
        "cupsAddOption": ([ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, opt_pp], ctypes.c_int),
        "cupsFreeOptions": ([ctypes.c_int, ctypes.POINTER(_Option)], None),
        "cupsCreateJob": (
            [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.c_char_p,
                ctypes.c_int,
                ctypes.POINTER(_Option),
            ],
            ctypes.c_int,
        ),  # fmt: skip
        "cupsStartDocument": (
            [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.c_int,
                ctypes.c_char_p,
                ctypes.c_char_p,
                ctypes.c_int,
            ],
            ctypes.c_int,
        ),  # fmt: skip
        "cupsWriteRequestData": ([ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t], ctypes.c_int),
        "cupsFinishDocument": ([ctypes.c_void_p, ctypes.c_char_p], ctypes.c_int),
        "cupsCancelJob2": (
            [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_int],
            ctypes.c_int,
        ),
        "cupsLastErrorString": ([], ctypes.c_char_p),
    }
    for function, (args, result) in signatures.items():
        func = getattr(lib, function)
        func.argtypes, func.restype = args, result
    return lib


def available() -> bool:
    """True when the system's print service can be asked (CUPS is installed)."""
    return _lib() is not None


def _text(value: bytes | None) -> str:
    return value.decode("utf-8", "replace") if value else ""


def _paper_of(lib: ctypes.CDLL, dest: ctypes._Pointer) -> str:
    info = lib.cupsCopyDestInfo(None, dest)
    if not info:
        return ""
    try:
        # The printer's "media-default" by name first: cupsGetDestMediaDefault() misses a
        # PPD printer's A4 (its 595 x 842 pt is not exactly ISO A4) and answers Letter.
        attr = lib.cupsFindDestDefault(None, dest, info, b"media")
        media = _text(lib.ippGetString(attr, 0, None)) if attr else ""
        for key, prefixes in _MEDIA_PREFIXES.items():
            if media.lower().startswith(prefixes):
                return key
        size = _Size()
        if not lib.cupsGetDestMediaDefault(None, dest, info, 0, ctypes.byref(size)):
            return media
        for key, (width, length) in _SIZES.items():
            if abs(size.width - width) <= 100 and abs(size.length - length) <= 100:
                return key
        return _text(size.media)
    finally:
        lib.cupsFreeDestInfo(info)


def printers(*, with_paper: bool = True) -> list[Printer]:
    """Every printer the print service knows, default first; [] without CUPS or a server."""
    lib = _lib()
    if lib is None:
        return []
    found: list[Printer] = []
    with _lock:
        dests = ctypes.POINTER(_Dest)()
        count = lib.cupsGetDests2(None, ctypes.byref(dests))
        try:
            for i in range(count):
                dest = dests[i]
                if dest.instance:
                    continue
                options = {
                    _text(dest.options[j].name): _text(dest.options[j].value)
                    for j in range(dest.num_options)
                }
                state = int(options.get("printer-state", "3") or 3)
                reasons = options.get("printer-state-reasons", "none")
                paper = _paper_of(lib, ctypes.pointer(dest)) if with_paper else ""
                found.append(Printer(
                    name=_text(dest.name), is_default=bool(dest.is_default),
                    description=options.get("printer-info", ""),
                    paused=state == _STATE_STOPPED,
                    accepting=options.get("printer-is-accepting-jobs", "true") != "false",
                    reasons="" if reasons == "none" else reasons, paper=paper,
                ))  # fmt: skip
        finally:
            if count > 0:
                lib.cupsFreeDests(count, dests)
    return sorted(found, key=lambda p: (not p.is_default, p.name.casefold()))


def find_printer(name: str | None = None, known: list[Printer] | None = None) -> Printer | None:
    """The printer called ``name`` (case as the service spells it), or the default one."""
    known = printers() if known is None else known
    if name:
        return next((p for p in known if p.name == name), None) or next(
            (p for p in known if p.name.casefold() == name.casefold()), None
        )
    return next((p for p in known if p.is_default), None)


def ready_printer(name: str | None) -> Printer:
    """The printer to send to now; ``PrintFailed`` (plain words) when it cannot print."""
    if not available():
        raise PrintFailed(
            "This computer's print service (CUPS) is not available, so Advocate cannot print "
            "directly. Save the letters as PDF and print them from another program."
        )
    known = printers(with_paper=False)  # only its state matters here, asked once per stack
    printer = find_printer(name, known)
    if printer is None:
        if not known:
            raise PrintFailed(
                "This computer has no printer set up, or its print service is not running. "
                "Set up a printer in the computer's printer settings, or save the letters as PDF."
            )
        if name:
            raise PrintFailed(
                f"The printer “{name}” is not there any more (unplugged, switched off or "
                "removed). Choose another printer, or save the letters as PDF."
            )
        raise PrintFailed(
            "This computer has no default printer. Choose a printer, or save the letters as PDF."
        )
    problem = printer.problem()
    if problem:
        raise PrintFailed(problem)
    return printer


def send_pdf(printer: str | None, data: bytes, title: str, *, paper: str = "letter") -> int:
    """Send a PDF (bytes) to ``printer`` (None: the default); returns the job number.

    ``paper`` ("letter"/"a4") is asked for explicitly, so the printer's own default paper
    never silently rescales the letters. Raises ``PrintFailed`` when the printer is missing,
    paused or refusing jobs, or the print service refuses this job.
    """
    target = ready_printer(printer)
    lib = _lib()
    assert lib is not None
    name = target.name.encode()
    with _lock:
        options = ctypes.POINTER(_Option)()
        count = 0
        for key, value in (("media", MEDIA.get(paper, paper)), ("fit-to-page", "false")):
            count = lib.cupsAddOption(key.encode(), value.encode(), count, ctypes.byref(options))
        try:
            job = lib.cupsCreateJob(None, name, title.encode()[:255], count, options)
            if job <= 0:
                raise PrintFailed(_refused(target.name, _text(lib.cupsLastErrorString())))
            status = lib.cupsStartDocument(None, name, job, title.encode()[:255],
                                           b"application/pdf", 1)  # fmt: skip
            if status == _HTTP_CONTINUE:
                status = lib.cupsWriteRequestData(None, data, len(data))
            if status != _HTTP_CONTINUE or lib.cupsFinishDocument(None, name) > _IPP_OK_MAX:
                reason = _text(lib.cupsLastErrorString())
                lib.cupsCancelJob2(None, name, job, 0)
                raise PrintFailed(_refused(target.name, reason))
        finally:
            lib.cupsFreeOptions(count, options)
    log.info("print job %d sent (%d bytes)", job, len(data))
    return job


def _refused(printer: str, reason: str) -> str:
    detail = f" (the print service said: {reason})" if reason else ""
    return (
        f"The printer “{printer}” did not take the letters{detail}. Check the printer, then "
        "print again, or save the letters as PDF."
    )


def describe_default(known: list[Printer] | None = None) -> str:
    """One phrase for ``--self-check``: "printer Letters (US Letter)", "no printer", ...
    (``known``: the printers already asked of the print service, with their paper)."""
    if not available():
        return "none (no print service)"
    known = printers() if known is None else known
    printer = find_printer(None, known)
    if printer is None:
        count = len(known)
        return f"no default ({count} printer{'s' if count != 1 else ''})"
    state = " paused" if printer.paused else "" if printer.accepting else " not accepting jobs"
    return f"{printer.name} ({paper_name(printer.paper)}){state}"
