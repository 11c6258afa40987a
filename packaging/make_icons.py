"""Render ``resources/icons/advocate.svg`` into every icon the platforms want.

    python packaging/make_icons.py OUT_DIR            # advocate.ico, advocate.icns, PNGs
    python packaging/make_icons.py --update-resources  # refresh resources/icons/advocate.png

Qt (QtSvg, already a dependency) draws the PNGs; the ``.ico`` and ``.icns`` containers are
written here by hand, since both simply hold PNG images (Windows Vista+, macOS 10.7+), so
the build needs neither Pillow nor Apple's iconutil and gives the same files on any OS.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_SVG = ROOT / "resources" / "icons" / "advocate.svg"
RESOURCE_PNG = ROOT / "resources" / "icons" / "advocate.png"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by pixel size (the @2x types share the sizes).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def render_pngs(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """PNG bytes of ``svg`` at each size (square, transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    result: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        result[size] = bytes(data.data())
    del app
    return result


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (0 in the size byte means 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    directory, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + directory + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path, svg: Path = SOURCE_SVG) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = set(ICO_SIZES) | {size for _kind, size in ICNS_TYPES}
    pngs = render_pngs(svg, sizes)
    written = {
        "ico": out_dir / "advocate.ico",
        "icns": out_dir / "advocate.icns",
        "png": out_dir / "advocate.png",
    }
    written["ico"].write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    written["icns"].write_bytes(icns_bytes(pngs))
    written["png"].write_bytes(pngs[256])
    for size in (16, 32, 48, 64, 128, 256, 512):
        (out_dir / f"advocate-{size}.png").write_bytes(pngs[size])
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path)
    parser.add_argument(
        "--update-resources",
        action="store_true",
        help=f"rewrite {RESOURCE_PNG.relative_to(ROOT)} (256 px) from the SVG",
    )
    args = parser.parse_args(argv)
    if not args.out_dir and not args.update_resources:
        parser.error("give OUT_DIR and/or --update-resources")
    if args.update_resources:
        RESOURCE_PNG.write_bytes(render_pngs(SOURCE_SVG, {256})[256])
        print(f"wrote {RESOURCE_PNG}")
    if args.out_dir:
        for path in make_icons(args.out_dir).values():
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
