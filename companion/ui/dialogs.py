"""Modal dialogs, each behind an ``ask()`` classmethod that tests can replace.

Every dialog with a parent has its own Hide (quick exit) button, because the main
window's one cannot be clicked while a dialog is open; Shift three times works in them
too (see session_guard). The file chooser is always Qt's own: a native one (GTK's,
Windows') would record the saved file, and a child's name in it, in the desktop's recent
files, and its keys would never reach the quick exit.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from companion.ui.i18n import translate
from companion.ui.session_guard import request_quick_exit

# One spacing for every dialog, as the welcome screen has it.
MARGINS = (28, 24, 28, 20)
SPACING = 16


def space_out(dialog: QDialog) -> None:
    """Give ``dialog`` the app's margins and spacing, and no maximise button."""
    layout = dialog.layout()
    if layout is not None:
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(SPACING)
    dialog.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, False)


def text_button(box: QMessageBox, text: str, role: QMessageBox.ButtonRole) -> QPushButton:
    """A button that says what it does, with no stock icon (Qt's own "Open" carries a
    folder, its Cancel a red cross, whatever the action is)."""
    button = box.addButton(text, role)
    assert button is not None
    return button


def destructive_button(box: QMessageBox, text: str) -> QPushButton:
    """The button that deletes something: red, as Settings' "Delete all my data…"."""
    button = QPushButton(text, box)  # owned by the box, as the buttons Qt makes are
    button.setObjectName("dangerButton")  # named before Qt styles it
    box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
    return button


def run(box: QMessageBox) -> None:
    """Show ``box`` with the app's spacing. Set last: a box lays itself out afresh when its
    icon or texts change."""
    space_out(box)
    box.exec()


def answer(box: QMessageBox, chosen: QPushButton, safe: QPushButton) -> bool:
    """Show ``box`` with ``safe`` for Enter and Escape; True when ``chosen`` was clicked
    (False, too, when a quick exit took the box away)."""
    box.setDefaultButton(safe)
    box.setEscapeButton(safe)
    run(box)
    chosen_it = isValid(box) and box.clickedButton() is chosen
    dispose(box)
    return chosen_it


def ask_save_path(
    parent: QWidget | None, title: str, start: str, file_filter: str, suffix: str
) -> str | None:
    """Qt's own Save dialog (never the desktop's, which would list the file in recent
    files); the path chosen, ending in ``suffix``, or None."""
    dialog = QFileDialog(parent, title, start, file_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    add_hide_button(dialog)
    try:
        chosen = dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles()
    finally:
        dispose(dialog)
    if not chosen:
        return None
    path = chosen[0]
    return path if path.lower().endswith(suffix) else f"{path}{suffix}"


def safe_file_name(name: str) -> str:
    """A "/" in a child's name must not move the Save dialog to another folder."""
    return name.replace("/", "-").replace("\\", "-")


def add_hide_button(dialog: QDialog, box: QDialogButtonBox | None = None) -> None:
    """Give ``dialog`` a Hide (quick exit) button, in its row of buttons."""
    box = box or dialog.findChild(QDialogButtonBox)
    if dialog.parentWidget() is None or box is None:
        return  # no window to hide behind it (e.g. "already open" before any window)
    button = QPushButton(translate("Dialogs", "Hide (quick exit)"))
    button.setObjectName("hideButton")
    button.setAutoDefault(False)
    box.addButton(button, QDialogButtonBox.ButtonRole.ResetRole)
    button.clicked.connect(lambda: request_quick_exit(dialog))


def dispose(dialog: QDialog) -> None:
    """Delete a dialog that has been answered, unless a quick exit already took it (with
    the page it was opened from): no text of it stays behind, hidden."""
    if isValid(dialog):
        dialog.deleteLater()


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    """A message box whose text is always shown as typed, never as markup."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    add_hide_button(box)
    return box


class ConfirmOpenLink:
    """Asks before anything leaves the app: the full address is shown first."""

    @classmethod
    def ask(cls, parent: QWidget | None, url: str) -> bool:
        box = message_box(
            parent,
            QMessageBox.Icon.NoIcon,  # a question, not a warning: no icon
            translate("Dialogs", "Open in your web browser?"),
            translate(
                "Dialogs", "This link opens a web page in your browser, outside Parent Companion."
            ),
        )
        box.setInformativeText(url)
        opening = text_button(
            box, translate("Dialogs", "Open in browser"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = text_button(box, translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        return answer(box, opening, cancel)


class ShowProblem:
    """Tells the user, in plain words, about something that went wrong."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = message_box(parent, QMessageBox.Icon.Warning, title, text)
        if details:
            box.setDetailedText(details)
        run(box)
        dispose(box)


class FirstRunSetup:
    """The one friendly screen on first start: country and children's ages. Can be skipped."""

    @classmethod
    def ask(cls, parent: QWidget | None, form: QWidget) -> bool:
        """Show ``form`` in a dialog. True when the user chose to save, False on Skip."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(translate("Dialogs", "Welcome to Parent Companion"))
        layout = QVBoxLayout(dialog)
        space_out(dialog)
        intro = QLabel(
            translate(
                "Dialogs",
                "Two quick questions help us show the right helplines and conversation "
                "starters. You can change them any time in Settings, or skip this for now.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(form)
        buttons = QDialogButtonBox()
        buttons.addButton(
            translate("Dialogs", "Save and start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            translate("Dialogs", "Skip for now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        add_hide_button(dialog, buttons)
        dialog.resize(520, dialog.sizeHint().height())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dispose(dialog)  # the form stays usable until the event loop deletes it
        return accepted


class PrintDialog:
    """The system print dialog."""

    @classmethod
    def ask(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, parent)
        add_hide_button(dialog)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dispose(dialog)


class ChooseSavePath:
    """Where to save a PDF. Returns None if the user cancels."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str, folder: str = "") -> str | None:
        """Opens in ``folder`` (the working directory if none) with ``suggested`` as the name."""
        start = safe_file_name(suggested)
        if folder:
            start = os.path.join(folder, start)
        return ask_save_path(
            parent,
            translate("Dialogs", "Save as PDF"),
            start,
            translate("Dialogs", "PDF documents (*.pdf)"),
            ".pdf",
        )


class PdfSaved:
    """Says where a PDF went, with a button to open its folder. True: open the folder."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: str) -> bool:
        folder, name = os.path.split(os.path.abspath(path))
        box = message_box(
            parent,
            QMessageBox.Icon.NoIcon,
            translate("Dialogs", "PDF saved"),
            translate("Dialogs", "Saved \u201c%1\u201d in this folder:").replace("%1", name),
        )
        box.setInformativeText(folder)
        opening = text_button(
            box, translate("Dialogs", "Open folder"), QMessageBox.ButtonRole.ActionRole
        )
        done = text_button(box, translate("Dialogs", "Close"), QMessageBox.ButtonRole.AcceptRole)
        return answer(box, opening, done)


class ConfirmDelete:
    """Asks before an agreement is deleted for good."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> bool:
        box = message_box(
            parent,
            QMessageBox.Icon.Warning,
            translate("Dialogs", "Delete this agreement?"),
            translate(
                "Dialogs", "Delete the family agreement for %1? This cannot be undone."
            ).replace("%1", name),
        )
        delete = destructive_button(box, translate("Dialogs", "Delete agreement"))
        cancel = text_button(box, translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        return answer(box, delete, cancel)


class ConfirmDeleteAll:
    """Asks before everything the app saved is deleted."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box = message_box(
            parent,
            QMessageBox.Icon.Warning,
            translate("Dialogs", "Delete all your data?"),
            translate(
                "Dialogs",
                "This deletes every tick, setting and family agreement Parent Companion has "
                "saved on this computer. It cannot be undone. Print or save anything you want "
                "to keep first.",
            ),
        )
        delete = destructive_button(box, translate("Dialogs", "Delete everything"))
        cancel = text_button(box, translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        return answer(box, delete, cancel)


class AlreadyRunning:
    """Tells a second copy's user that the app is already open."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> None:
        box = message_box(
            parent,
            QMessageBox.Icon.Information,
            translate("Dialogs", "Parent Companion is already open"),
            translate(
                "Dialogs",
                "Parent Companion is already open on this computer, so its window has been "
                "brought to the front. Only one copy runs at a time, so nothing gets mixed up.",
            ),
        )
        run(box)
        dispose(box)
