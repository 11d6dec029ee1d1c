"""Render packaging/ppt-desk.svg into ppt-desk.png (256 px) and ppt-desk.ico (16-256 px).

Run after editing the SVG (the outputs are committed):

    QT_QPA_PLATFORM=offscreen python packaging/make_icon.py

Uses only Qt (already a dependency) and the standard library. The ICO holds
PNG-compressed images, which Windows Vista and later read.
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    entries, payload = b"", b""
    offset = 6 + 16 * len(images)
    for size, png in images.items():
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "ppt-desk.svg"))
    if not renderer.isValid():
        raise SystemExit("ppt-desk.svg could not be read")
    images = {size: render(renderer, size) for size in SIZES}
    (HERE / "ppt-desk.png").write_bytes(images[256])
    (HERE / "ppt-desk.ico").write_bytes(ico(images))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
