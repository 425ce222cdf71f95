"""What a screen reader is told about the app's own widgets, beyond Qt's defaults.

Qt reports every QLabel as static text, so a screen reader's "next heading" key found
nothing. Headings (the Heading1-3 role classes in companion.ui.widgets) are reported with
the Heading role, which Qt's AT-SPI bridge passes on to Orca as ATSPI_ROLE_HEADING.
(Qt would take a heading level through QAccessibleAttributesInterface, which PySide6
cannot implement in Python: the level is left out.)"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

HEADING_CLASSES = frozenset({"Heading1", "Heading2", "Heading3"})
PAGE_AREA = "pageScroll"  # the object name of each page's QScrollArea


class HeadingInterface(QAccessibleWidget):
    """A heading label: its text is its name."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or self._label.text()
        return super().text(kind)


class PageAreaInterface(QAccessibleWidget):
    """A page's scrolling area: a Tab stop (arrow keys scroll it) named after the page.
    Qt calls it a "client" area, which AT-SPI passes on as a nameless-sounding "filler"."""

    def __init__(self, area: QWidget) -> None:
        super().__init__(area, QAccessible.Role.Pane)


class _Interfaces:
    """Keeps each interface's Python half alive for as long as its widget lives (Qt's
    accessibility cache owns the C++ half and drops it with the widget)."""

    def __init__(self) -> None:
        self.alive: dict[int, QAccessibleWidget] = {}

    def __call__(self, key: str, obj: QObject) -> QAccessibleInterface | None:
        interface: QAccessibleWidget
        if key in HEADING_CLASSES and isinstance(obj, QLabel):
            interface = HeadingInterface(obj)
        elif key == "QScrollArea" and isinstance(obj, QWidget) and obj.objectName() == PAGE_AREA:
            interface = PageAreaInterface(obj)
        else:
            return None
        ident = id(obj)
        self.alive[ident] = interface
        obj.destroyed.connect(lambda *_: self.alive.pop(ident, None))
        return interface


def install() -> None:
    """Once per application, before the first heading is shown to a screen reader."""
    QAccessible.installFactory(_Interfaces())
