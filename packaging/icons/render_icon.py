"""Render skot-dossier.svg to skot-dossier.png (256 px) and skot-dossier.ico.

Uses QtSvg from the project's PySide6 and Pillow (both in requirements.lock):

    .venv/bin/python packaging/icons/render_icon.py

The outputs are committed; rerun this after editing the SVG.
"""

from __future__ import annotations

import os
import sys
from io import BytesIO
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "skot-dossier.svg"
PNG = HERE / "skot-dossier.png"
ICO = HERE / "skot-dossier.ico"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """Render the SVG at size x size pixels into a Pillow RGBA image."""
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
    return Image.open(BytesIO(data.data())).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"render_icon: cannot read {SVG}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in ICO_SIZES}
    images[256].save(PNG, optimize=True)
    images[256].save(
        ICO,
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    del app
    print(f"render_icon: wrote {PNG.name} and {ICO.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
