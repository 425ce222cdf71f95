"""Modal dialogs, each behind an ``ask()`` classmethod that tests can replace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    """A message box whose text is always shown as typed, never as markup."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


class ConfirmOpenLink:
    """Asks before anything leaves the app: the full address is shown first."""

    @classmethod
    def ask(cls, parent: QWidget | None, url: str) -> bool:
        box = message_box(
            parent,
            QMessageBox.Icon.Question,
            _tr("Open in your web browser?"),
            _tr("This link opens a web page in your browser, outside Parent Companion."),
        )
        box.setInformativeText(url)
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Open


class ShowProblem:
    """Tells the user, in plain words, about something that went wrong."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = message_box(parent, QMessageBox.Icon.Warning, title, text)
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


class PrintDialog:
    """The system print dialog."""

    @classmethod
    def ask(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


class ChooseSavePath:
    """Where to save a PDF. Returns None if the user cancels."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, _tr("Save as PDF"), suggested, _tr("PDF documents (*.pdf)")
        )
        if not path:
            return None
        return path if path.lower().endswith(".pdf") else f"{path}.pdf"


class ConfirmDelete:
    """Asks before an agreement is deleted for good."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> bool:
        box = message_box(
            parent,
            QMessageBox.Icon.Warning,
            _tr("Delete this agreement?"),
            _tr("Delete the family agreement for %1? This cannot be undone.").replace("%1", name),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes


class ConfirmDeleteAll:
    """Asks before everything the app saved is deleted."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box = message_box(
            parent,
            QMessageBox.Icon.Warning,
            _tr("Delete all your data?"),
            _tr(
                "This deletes every tick, setting and family agreement Parent Companion has "
                "saved on this computer. It cannot be undone. Print or save anything you want "
                "to keep first."
            ),
        )
        delete = box.addButton(_tr("Delete everything"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete


class AlreadyRunning:
    """Tells a second copy's user that the app is already open."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> None:
        box = message_box(
            parent,
            QMessageBox.Icon.Information,
            _tr("Parent Companion is already open"),
            _tr(
                "Parent Companion is already open on this computer, so its window has been "
                "brought to the front. Only one copy runs at a time, so nothing gets mixed up."
            ),
        )
        box.exec()
