"""Modal dialogs, each behind an ``ask()`` classmethod that tests can replace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class ConfirmOpenLink:
    """Asks before anything leaves the app: the full address is shown first."""

    @classmethod
    def ask(cls, parent: QWidget | None, url: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Open in your web browser?"))
        box.setText(_tr("This link opens a web page in your browser, outside Parent Companion."))
        box.setInformativeText(url)
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Open


class ShowProblem:
    """Tells the user, in plain words, about something that went wrong."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setDetailedText(details)
        box.exec()
