"""The bands across the top of the window: a shared computer's notice (with End session),
and warnings (a policy problem, what happened to the saved progress)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from companion.ui.i18n import translate


def banner(text: str, name: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    layout = QHBoxLayout(frame)
    layout.setContentsMargins(20, 10, 20, 10)
    label = QLabel(text)
    label.setObjectName("bannerText")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(label, 1)
    return frame


def public_banner(contact_line: str) -> tuple[QFrame, QPushButton]:
    """The shared computer's notice, and its End session button (for the window to wire)."""
    text = translate(
        "MainWindow",
        "This is a shared computer. Nothing you do here is saved. Print or save to your own "
        "USB stick to keep it.",
    )
    if contact_line:
        text += " " + contact_line
    frame = banner(text, "publicBanner")
    end_button = QPushButton(translate("MainWindow", "End session"))
    end_button.setAccessibleDescription(
        translate("MainWindow", "Clears everything and starts afresh.")
    )
    layout = frame.layout()
    assert layout is not None
    layout.addWidget(end_button)
    return frame, end_button
