"""Quick exit and idle time: watching the keyboard and mouse for the whole app.

Pressing Shift three times (each press within a few seconds of the last, with no other
key between) hides everything at once, as the UK government's "Exit this page" does.

Signals:
    ShiftWatcher.triggered(): the third Shift press arrived.
    IdleWatcher.idle(): nobody touched the keyboard or mouse for the whole timeout.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.i18n import QT_TRANSLATE_NOOP
from companion.ui.i18n import translate

PRESSES = 3
MAX_GAP_SECONDS = 3.0
NEUTRAL_TITLE = QT_TRANSLATE_NOOP("QuickExit", "Untitled")  # shown translated
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class ShiftWatcher(QObject):
    triggered = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._presses: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Installed on the window's QWindow, which sees each key press exactly once,
        # before any widget does (so a focused text field cannot swallow it).
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.isAutoRepeat():
            return False
        if event.key() != Qt.Key.Key_Shift:
            self._presses.clear()  # Shift with another key does not count
            return False
        now = time.monotonic()
        if self._presses and now - self._presses[-1] > MAX_GAP_SECONDS:
            self._presses.clear()
        self._presses.append(now)
        if len(self._presses) >= PRESSES:
            self._presses.clear()
            self.triggered.emit()
        return False


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject, timeout_ms: int) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.idle)
        if timeout_ms > 0:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.interval() > 0:
            self.timer.start()
        return False


class NeutralScreen(QWidget):
    """What the window shows after a quick exit: nothing that hints at its subject.

    Signals:
        resume_requested(): the user pressed the plain button to carry on.
    """

    resume_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("neutralScreen")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        note = QLabel(translate("QuickExit", "Nothing is open."))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(note)
        self.button = QPushButton(translate("QuickExit", "Continue"))
        self.button.clicked.connect(self.resume_requested)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
