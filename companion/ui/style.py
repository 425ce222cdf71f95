"""The app's look: readable type and calm colours, taken from the palette where possible."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11
ACCENT = "#1f6f78"  # deep teal: 5.9:1 against white
ACCENT_SOFT = "#e3f1f2"
DUE = "#8a4b00"  # dark amber: 6.0:1 against white

STYLESHEET = f"""
QListWidget#sidebar {{
    background: {ACCENT_SOFT};
    border: none;
    padding: 12px 8px;
    font-size: {BASE_POINT_SIZE + 1}pt;
    color: #17323a;
}}
QListWidget#sidebar, QListWidget#sidebar:focus {{ outline: none; border: none; }}
QListWidget#sidebar::item {{
    padding: 10px 14px;
    border: 2px solid transparent;
    margin: 2px 0;
    border-radius: 6px;
}}
QListWidget#sidebar::item:selected {{
    background: {ACCENT};
    color: white;
}}
QListWidget#sidebar::item:focus {{
    border: 2px solid #0b3d44;
}}
QListWidget#sidebar::item:hover:!selected {{
    background: #cbe4e6;
}}
QLabel#appName {{
    font-size: {BASE_POINT_SIZE + 2}pt;
    font-weight: 600;
    color: {ACCENT};
    padding: 18px 16px 4px 16px;
    background: {ACCENT_SOFT};
}}
QLabel#heading1 {{ font-size: {BASE_POINT_SIZE + 9}pt; font-weight: 600; color: #17323a; }}
QLabel#heading2 {{ font-size: {BASE_POINT_SIZE + 4}pt; font-weight: 600; color: #17323a; }}
QLabel#heading3 {{ font-size: {BASE_POINT_SIZE + 2}pt; font-weight: 600; color: #17323a; }}
QTextBrowser#guideViewer {{ background: palette(base); font-size: {BASE_POINT_SIZE + 1}pt; }}
QLabel#body {{ font-size: {BASE_POINT_SIZE}pt; color: #22313a; }}
QLabel#footnote {{ color: #46555e; }}
QLabel#notice {{
    background: #fff6e0;
    border-left: 4px solid {DUE};
    padding: 10px 14px;
    color: #3a2a00;
}}
QLabel#urgent {{
    background: #fdecea;
    border-left: 4px solid #a4262c;
    padding: 12px 16px;
    color: #4a0d10;
    font-weight: 600;
    font-size: {BASE_POINT_SIZE + 1}pt;
}}
QLabel#stepLetter {{
    background: {ACCENT};
    color: white;
    font-size: {BASE_POINT_SIZE + 8}pt;
    font-weight: 700;
    min-width: 44px; max-width: 44px;
    min-height: 44px; max-height: 44px;
    border-radius: 22px;
}}
QLabel#stepProgress {{ color: #2f4650; }}
QLabel#itemStatus {{ color: #46555e; }}
QLabel#itemStatus[due="true"] {{ color: {DUE}; font-weight: 600; }}
QFrame#stepCard, QFrame#stepTile {{
    background: palette(base);
    border: 1px solid #c9d6d9;
    border-radius: 10px;
}}
QFrame#checklistItem {{
    border-top: 1px solid #e1e8ea;
}}
QCheckBox#itemCheck {{ font-size: {BASE_POINT_SIZE + 1}pt; font-weight: 600; spacing: 10px; }}
QCheckBox#itemCheck::indicator {{ width: 20px; height: 20px; }}
QProgressBar {{ border: none; border-radius: 5px; background: #dbe6e8; }}
QProgressBar::chunk {{ border-radius: 5px; background: {ACCENT}; }}
QPushButton {{ padding: 7px 16px; min-height: 24px; }}
QPushButton#hideButton {{
    background: #3b3f44;
    color: white;
    font-weight: 600;
    border: 2px solid #3b3f44;
    border-radius: 6px;
    padding: 8px 12px;
}}
QPushButton#hideButton:focus {{ border: 2px solid #ffbf47; }}
QPushButton#dangerButton {{ color: #8a1c22; font-weight: 600; }}
QFrame#publicBanner {{ background: #e8f0fe; border-bottom: 1px solid #9fb8e8; }}
QListWidget#results {{ background: palette(base); border: 1px solid #c9d6d9; border-radius: 8px; }}
QListWidget#results::item {{ border-left: 4px solid transparent; }}
QListWidget#results::item:selected {{
    background: {ACCENT_SOFT};
    border-left: 4px solid {ACCENT};
}}
QFrame#banner {{ background: #fff6e0; border-bottom: 1px solid #e6c98a; }}
QLabel#bannerText {{ color: #3a2a00; }}
"""


def apply(app: QApplication) -> None:
    if app.styleSheet() == STYLESHEET:
        return  # already applied: re-applying re-polishes every widget alive
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
