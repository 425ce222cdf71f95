"""Our SVG icon as the bundle icons PyInstaller takes: parent-companion.ico (Windows) and
parent-companion.icns (macOS). Both formats hold PNG images, so Qt draws them and no image
library is needed:  python packaging/pyinstaller/make_icons.py build/icons
"""

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).resolve().parents[2] / "resources" / "icons" / "parent-companion.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, with the pixel size of each.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024))


def png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        sys.exit(f"make_icons: could not draw the {size} px icon")
    return bytes(data.data())


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file: header, one directory entry per image, then the PNGs (Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(images: list[tuple[bytes, bytes]]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(out: Path) -> None:
    QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.exit(f"make_icons: cannot read {SOURCE}")
    out.mkdir(parents=True, exist_ok=True)
    (out / "parent-companion.ico").write_bytes(ico([(s, png(renderer, s)) for s in ICO_SIZES]))
    (out / "parent-companion.icns").write_bytes(icns([(k, png(renderer, s)) for k, s in ICNS_TYPES]))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
