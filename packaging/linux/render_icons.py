"""Render the SVG icon to the PNG sizes desktops expect (hicolor theme layout)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
NAME = "io.github.parentcompanion.ParentCompanion"


def main(out: Path) -> None:
    QGuiApplication([])
    source = Path(__file__).resolve().parents[2] / "resources" / "icons" / "parent-companion.svg"
    renderer = QSvgRenderer(str(source))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        folder = out / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / f"{NAME}.png"))
    scalable = out / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / f"{NAME}.svg").write_bytes(source.read_bytes())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
