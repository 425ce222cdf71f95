"""Modal dialogs, each behind an ``ask()`` classmethod that tests can replace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


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


class FirstRunSetup:
    """The one friendly screen on first start: country and children's ages. Can be skipped."""

    @classmethod
    def ask(cls, parent: QWidget | None, form: QWidget) -> bool:
        """Show ``form`` in a dialog. True when the user chose to save, False on Skip."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(_tr("Welcome to Parent Companion"))
        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(16)
        intro = QLabel(
            _tr(
                "Two quick questions help us show the right helplines and conversation "
                "starters. You can change them any time in Settings, or skip this for now."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(form)
        buttons = QDialogButtonBox()
        buttons.addButton(_tr("Save and start"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_tr("Skip for now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(520, dialog.sizeHint().height())
        return dialog.exec() == QDialog.DialogCode.Accepted
