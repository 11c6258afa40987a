"""Reading campaign packs from folders and ``.zip`` files, and writing them, safely.

A pack comes from a stranger (an organizer's email, a USB stick), so reading one must never
write outside the target folder, follow a link, or fill the disk. Everything is read into
memory first (packs are a few kilobytes), checked, and only then written:

- no absolute paths, drive letters, ``..`` parts, backslash tricks or NUL bytes;
- no symbolic links or other special files, no encrypted entries;
- at most ``MAX_FILES`` files of ``MAX_FILE_BYTES`` each and ``MAX_TOTAL_BYTES`` in all,
  counted on the bytes actually decompressed (headers can lie), and no entry that
  decompresses more than ``MAX_RATIO`` times its stored size (a zip bomb);
- only the kinds of files a pack needs (manifest, templates, text, markdown).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from advocate_app.core.errors import InputProblem
from advocate_app.core.files import atomic_write_bytes

log = logging.getLogger(__name__)

MANIFEST = "campaign.toml"
MAX_FILES = 100
MAX_FILE_BYTES = 512 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024
MAX_ARCHIVE_BYTES = 8 * 1024 * 1024
MAX_RATIO = 100  # decompressed / compressed, for entries over RATIO_MIN_BYTES
RATIO_MIN_BYTES = 64 * 1024
MAX_DEPTH = 4
ALLOWED_SUFFIXES = frozenset({".toml", ".j2", ".jinja", ".jinja2", ".txt", ".md"})
ALLOWED_PLAIN_NAMES = frozenset({"LICENSE", "README", "AUTHORS", "COPYING"})
_SKIPPED_DIRS = frozenset({"__MACOSX", "__pycache__"})
_DRIVE = re.compile(r"^[A-Za-z]:")


class PackRefused(InputProblem):
    """The pack cannot be read safely; ``str()`` is ``file: message``."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")


MAX_MANIFEST_DEPTH = 16  # tables and lists inside each other; a campaign needs 3


def parse_manifest(text: str) -> dict[str, Any]:
    """``tomllib.loads``, refusing absurd nesting with a message, never a ``RecursionError``.

    A manifest nested thousands of levels deep makes the TOML parser recurse until Python
    gives up; one nested a few hundred levels would do the same to any code that walks it.
    ``tomllib.TOMLDecodeError`` passes through for the caller to explain.
    """
    import tomllib

    try:
        data = tomllib.loads(text)
    except RecursionError:
        data = None
    if data is None or _depth(data) > MAX_MANIFEST_DEPTH:
        raise PackRefused(
            MANIFEST,
            f"tables and lists are nested more than {MAX_MANIFEST_DEPTH} levels deep "
            "(a campaign needs three); this is not a campaign manifest",
        )
    return data


def _depth(value: Any) -> int:
    """How deeply lists and tables nest in ``value`` (without recursing)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if level > MAX_MANIFEST_DEPTH:
            break
        stack.extend((child, level + 1) for child in children)
    return deepest


def _skipped(parts: tuple[str, ...]) -> bool:
    """Hidden files and OS debris (.DS_Store, .git, __MACOSX) are quietly left out."""
    return any(p.startswith(".") or p in _SKIPPED_DIRS for p in parts)


def _check_member_name(raw: str, where: str) -> tuple[str, ...]:
    """The parts of a safe relative path, or ``PackRefused``."""
    if "\x00" in raw:
        raise PackRefused(where, f"the file name {raw!r} contains a NUL character")
    name = raw.replace("\\", "/")
    if name.startswith("/") or _DRIVE.match(name):
        raise PackRefused(
            where, f"'{raw}' is an absolute path; a pack may only hold relative paths"
        )
    parts = tuple(p for p in PurePosixPath(name).parts if p not in ("", "."))
    if ".." in parts:
        raise PackRefused(where, f"'{raw}' points outside the pack ('..' is not allowed)")
    if len(parts) > MAX_DEPTH:
        raise PackRefused(where, f"'{raw}' is nested more than {MAX_DEPTH} folders deep")
    return parts


def _check_kind(name: str, where: str) -> None:
    path = PurePosixPath(name)
    if path.suffix.lower() not in ALLOWED_SUFFIXES and path.name not in ALLOWED_PLAIN_NAMES:
        allowed = ", ".join(sorted(ALLOWED_SUFFIXES))
        raise PackRefused(where, f"'{name}' is not a kind of file a pack may hold ({allowed})")


class _Collector:
    """Adds files while enforcing the count, size and name-clash limits."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.files: dict[str, bytes] = {}
        self._folded: set[str] = set()
        self.total = 0

    def add(self, name: str, data: bytes) -> None:
        _check_kind(name, self.where)
        if name.casefold() in self._folded:
            raise PackRefused(
                self.where, f"'{name}' appears twice (names must differ in more than case)"
            )
        if len(self.files) >= MAX_FILES:
            raise PackRefused(self.where, f"the pack has more than {MAX_FILES} files")
        if len(data) > MAX_FILE_BYTES:
            raise PackRefused(self.where, f"'{name}' is larger than {MAX_FILE_BYTES // 1024} KB")
        self.total += len(data)
        if self.total > MAX_TOTAL_BYTES:
            raise PackRefused(
                self.where, f"the pack is larger than {MAX_TOTAL_BYTES // (1024 * 1024)} MB in all"
            )
        self._folded.add(name.casefold())
        self.files[name] = data


def read_pack_files(path: Path) -> dict[str, bytes]:
    """All files of a pack folder or ``.zip``, by relative POSIX name; raises ``PackRefused``."""
    path = Path(path)
    if path.is_dir():
        return _read_folder(path)
    if path.is_file():
        return _read_zip(path)
    raise PackRefused(str(path), "no such folder or .zip file")


def _read_folder(root: Path) -> dict[str, bytes]:
    collector = _Collector(root.name or str(root))
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        rel_dir = here.relative_to(root).parts
        dirnames.sort()
        for name in list(dirnames):
            if (here / name).is_symlink():
                raise PackRefused(
                    collector.where,
                    f"'{'/'.join((*rel_dir, name))}' is a link; packs may not contain links",
                )
            if _skipped((name,)):
                dirnames.remove(name)
        for name in sorted(filenames):
            parts = (*rel_dir, name)
            if _skipped(parts):
                continue
            rel = "/".join(parts)
            if len(parts) > MAX_DEPTH:
                raise PackRefused(
                    collector.where, f"'{rel}' is nested more than {MAX_DEPTH} folders deep"
                )
            info = os.lstat(here / name)
            if stat.S_ISLNK(info.st_mode):
                raise PackRefused(
                    collector.where, f"'{rel}' is a link; packs may not contain links"
                )
            if not stat.S_ISREG(info.st_mode):
                raise PackRefused(collector.where, f"'{rel}' is not a regular file")
            if info.st_size > MAX_FILE_BYTES:
                raise PackRefused(
                    collector.where, f"'{rel}' is larger than {MAX_FILE_BYTES // 1024} KB"
                )
            collector.add(rel, (here / name).read_bytes())
    return collector.files


def _read_zip(archive: Path) -> dict[str, bytes]:
    where = archive.name
    if archive.stat().st_size > MAX_ARCHIVE_BYTES:
        raise PackRefused(
            where, f"the archive is larger than {MAX_ARCHIVE_BYTES // (1024 * 1024)} MB"
        )
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_FILES * 2:
                raise PackRefused(where, f"the archive has more than {MAX_FILES} files")
            entries: list[tuple[tuple[str, ...], zipfile.ZipInfo]] = []
            for info in infos:
                parts = _check_member_name(info.filename, where)
                mode = info.external_attr >> 16
                if stat.S_ISLNK(mode):
                    raise PackRefused(
                        where, f"'{info.filename}' is a link; packs may not contain links"
                    )
                if info.is_dir() or not parts or _skipped(parts):
                    continue
                if stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # 0: tools that store no type
                    raise PackRefused(where, f"'{info.filename}' is not a regular file")
                if info.flag_bits & 0x1:
                    raise PackRefused(where, f"'{info.filename}' is encrypted; packs must not be")
                if info.file_size > MAX_FILE_BYTES:
                    raise PackRefused(
                        where, f"'{info.filename}' is larger than {MAX_FILE_BYTES // 1024} KB"
                    )
                if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(
                    1, info.compress_size
                ):
                    raise PackRefused(
                        where, f"'{info.filename}' expands suspiciously much (a zip bomb?)"
                    )
                entries.append((parts, info))
            prefix = _common_top_folder([parts for parts, _ in entries])
            collector = _Collector(where)
            for parts, info in entries:
                with zf.open(info) as stream:
                    data = stream.read(MAX_FILE_BYTES + 1)  # never trust the header's size
                if len(data) > MAX_FILE_BYTES:
                    raise PackRefused(
                        where, f"'{info.filename}' is larger than {MAX_FILE_BYTES // 1024} KB"
                    )
                collector.add("/".join(parts[prefix:]), data)
            return collector.files
    except zipfile.BadZipFile as exc:
        raise PackRefused(where, "this is not a readable .zip file") from exc
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, ValueError) as exc:
        raise PackRefused(where, f"the archive cannot be read ({type(exc).__name__})") from exc


def _common_top_folder(names: list[tuple[str, ...]]) -> int:
    """1 when every file sits in one top folder holding the manifest ("pack/campaign.toml")."""
    if not names or any(parts == (MANIFEST,) for parts in names):
        return 0
    tops = {parts[0] for parts in names}
    if len(tops) == 1 and all(len(parts) > 1 for parts in names) and (*tops, MANIFEST) in names:
        return 1
    return 0


def write_pack_folder(files: Mapping[str, bytes], target: Path, *, replace: bool = False) -> Path:
    """Write checked files as the folder ``target``, all or nothing; nothing lands outside it."""
    target = Path(target)
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and not replace:
        raise InputProblem(
            f"A campaign is already installed at {target}. Remove it first, or replace it."
        )
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.import-", dir=parent))
    try:
        root = staging.resolve()
        for name, data in files.items():
            parts = _check_member_name(name, target.name)
            destination = root.joinpath(*parts).resolve()
            if not destination.is_relative_to(root) or destination == root:
                raise PackRefused(target.name, f"'{name}' points outside the pack")
            destination.parent.mkdir(parents=True, exist_ok=True)
            with open(destination, "xb") as handle:  # "x": never through an existing file or link
                handle.write(data)
        old = None
        if target.exists():
            old = parent / f".{target.name}.old-{os.getpid()}"
            os.replace(target, old)
        os.replace(staging, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def write_pack_zip(files: Mapping[str, bytes], zip_path: Path, top_folder: str) -> Path:
    """A ``.zip`` holding ``top_folder/<files>``, written atomically and reproducibly."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{top_folder}/{name}", date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, files[name])
    atomic_write_bytes(Path(zip_path), buffer.getvalue())
    return Path(zip_path)
