"""One watch over every window of the app, dialogs included.

Quick exit (Shift three times), the idle timeout and End session must reach whatever is
on screen, not only the main window: a dialog is a window of its own, whose keys and
clicks the main window never sees. :class:`SessionGuard` puts the Shift and idle
watchers on every top-level window as it appears, so a key press or a click inside a
dialog counts too; :func:`close_other_windows` closes every dialog (ending its
``exec()``, so the code that opened it carries on as if it had been cancelled) and hides
every other window; :func:`clear_clipboard` forgets what this patron copied or selected.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget

_WATCHED = "companionWatched"  # a property set on each window the guard watches


class SessionGuard(QObject):
    """Installs ``filters`` (the Shift and idle watchers) on ``window`` and on every
    top-level window that belongs to it (its dialogs, and theirs)."""

    def __init__(self, window: QWidget, filters: tuple[QObject, ...]) -> None:
        super().__init__(window)
        self.window = window
        self.filters = filters
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        # A dialog that opens takes the focus; that is when it is first watched.
        app.focusWindowChanged.connect(self._on_focus_window_changed)
        self.watch_all()

    def _belongs(self, window: QWindow) -> bool:
        own = self.window.windowHandle()
        while window is not None and own is not None:
            if window == own:
                return True
            window = window.transientParent()
        return False

    def watch_all(self) -> None:
        for window in QGuiApplication.topLevelWindows():
            if window.property(_WATCHED) or not self._belongs(window):
                continue
            window.setProperty(_WATCHED, True)
            for watcher in self.filters:
                window.installEventFilter(watcher)

    def _on_focus_window_changed(self, _window: QWindow | None) -> None:
        self.watch_all()  # also windows that opened without taking the focus


def close_other_windows(keep: QWidget) -> None:
    """Close every dialog and hide every other window of the app but ``keep``.

    Innermost first, so a message box over a Save dialog goes before the dialog."""
    while True:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog) or modal is keep or not modal.isVisible():
            break
        modal.reject()
        modal.hide()
    for widget in QApplication.topLevelWidgets():
        if widget is keep or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        widget.hide()


def clear_clipboard() -> None:
    """Forget the clipboard and (on X11) the selection: the next person could paste this
    one's search or copied guidance, and desktops with a clipboard history keep it."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


def request_quick_exit(widget: QWidget) -> None:
    """A dialog's own Hide button: the window it belongs to does the quick exit."""
    window = widget.window()
    parent = window.parentWidget()
    owner = parent.window() if parent is not None else None
    quick_exit = getattr(owner, "quick_exit", None)
    if callable(quick_exit):
        quick_exit()
    elif isinstance(window, QDialog):
        window.reject()
