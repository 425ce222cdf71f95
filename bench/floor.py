"""The physical floor: a bare PySide6 window, shown, quitting on the first event-loop turn.

Like the app's --exit-when-ready, it prints the wall-clock time at that moment.
With --with-qt-namespace it also loads PySide6's `Qt` namespace (its ~100 enums), which
any real window's code touches: the benchmark shows what that alone costs."""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def ready() -> None:
    print(f"ready-at {time.time():.6f}", flush=True)
    app.quit()


if "--with-qt-namespace" in sys.argv:
    from PySide6.QtCore import Qt  # noqa: F401

app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, ready)
app.exec()
