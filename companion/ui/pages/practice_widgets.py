"""The pieces of a practice conversation: buttons whose text wraps, and the lines said."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout

from companion.ui.i18n import translate
from companion.ui.widgets import WrappedLabel, escape, spaced_html

_CONTEXT = "PracticePage"


def lands_label(lands: str) -> str:
    """How a reply tends to land, in words."""
    labels = {
        "opens": translate("PracticePage", "Keeps the door open"),
        "closes": translate("PracticePage", "Closes the door"),
        "action": translate("PracticePage", "Moves to action"),
    }
    return labels[lands]


class KeyButton(QPushButton):
    """A push button that Enter and Return press as well as Space (a button outside a
    dialog would otherwise ignore them)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)


class WrapButton(KeyButton):
    """A button whose text wraps onto several lines, so a whole sentence fits."""

    def __init__(self, text: str, accessible_name: str = "") -> None:
        super().__init__()
        self.label = WrappedLabel(spaced_html(escape(text).replace("\n", "<br>")))
        self.label.setObjectName("body")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(16, 10, 16, 10)
        self.box.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(accessible_name or text)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.box.totalHeightForWidth(width)

    def sizeHint(self) -> QSize:
        hint = self.box.totalSizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.box.totalMinimumSize().height())


class SaidLine(WrappedLabel):
    """One line of the conversation: who said it in bold, then what they said."""

    def __init__(self, who: str, text: str, object_name: str = "body") -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setText(spaced_html(f"<b>{escape(who)}</b> {escape(text)}"))
        self.setAccessibleName(f"{who} {text}")
        self.said = text

    def plain_text(self) -> str:
        return self.accessibleName()
