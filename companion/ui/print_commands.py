"""File menu commands: print this page, save it as PDF, save the whole guide as PDF.

One path for all three: a document, the paper for the family's country, then the system
print dialog or a PDF file the user chooses; any failure is said in one box.
"""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths

from companion.core import settings
from companion.core.progress import StoreError
from companion.ui.i18n import translate
from companion.ui.pages.base import Page, PageContext

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QWidget

    from companion.ui.navigator import Navigator


def start_folder(context: PageContext) -> str:
    """Where the save dialog opens: the folder used last time, else Documents, else home."""
    remembered = (
        "" if context.policy.public_mode else settings.read(context.store, settings.LAST_PDF_FOLDER)
    )
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (remembered, documents):
        if folder and os.path.isdir(folder):
            return folder
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)


def _remember_folder(context: PageContext, folder: str) -> None:
    """Offer this folder first next time, except in public mode, where nothing is kept."""
    if context.policy.public_mode or context.store.read_only:
        return
    with contextlib.suppress(StoreError):  # only a convenience: the PDF itself is saved
        settings.write_one(context.store, settings.LAST_PDF_FOLDER, folder)


def print_with_dialog(parent: QWidget, document: QTextDocument, country: str | None) -> bool:
    """The system print dialog, then print if the user says so."""
    from companion.ui import printing

    return printing.print_document(document, parent, printing.page_size_for(country))


def save_as_pdf(
    parent: QWidget, document: QTextDocument, suggested: str, context: PageContext
) -> str | None:
    """Ask where, write the PDF, then say where it went (with a way to open the folder);
    returns the path written, or None."""
    from companion.ui import desktop, printing
    from companion.ui.dialogs import ChooseSavePath, PdfSaved, ShowProblem

    path = ChooseSavePath.ask(parent, printing.file_name(suggested), start_folder(context))
    if path is None:
        return None
    country = context.preferences().country
    try:
        printing.write_pdf(document, path, printing.page_size_for(country))
    except OSError as error:
        ShowProblem.ask(
            parent, translate("MainWindow", "The PDF could not be saved"), "", str(error)
        )
        return None
    folder = os.path.dirname(os.path.abspath(path))
    _remember_folder(context, folder)
    if PdfSaved.ask(parent, path):
        desktop.open_folder(folder)
    return path


class PrintCommands:
    def __init__(self, window: QWidget, navigator: Navigator) -> None:
        self.window = window
        self.navigator = navigator

    def _country(self) -> str | None:
        return self.navigator.context.preferences().country

    def _current_document(self) -> QTextDocument | None:
        page = self.navigator.stack.currentWidget()
        document = page.document() if isinstance(page, Page) else None
        if document is None:
            from companion.ui.dialogs import ShowProblem

            ShowProblem.ask(
                self.window,
                translate("MainWindow", "Nothing to print here"),
                translate(
                    "MainWindow",
                    "This page has nothing to print. Open a guide page, a platform or your "
                    "family agreement, or save the whole guide from the File menu.",
                ),
            )
        return document

    def print_current(self) -> None:
        document = self._current_document()
        if document is not None:
            print_with_dialog(self.window, document, self._country())

    def save_current_as_pdf(self) -> None:
        document = self._current_document()
        if document is not None:
            title = self.navigator.title_of(self.navigator.current_page_name())
            save_as_pdf(self.window, document, f"{title}.pdf", self.navigator.context)

    def save_booklet_as_pdf(self) -> None:
        from companion.ui import printing

        context = self.navigator.context
        bands = frozenset(context.preferences().age_bands)
        document = printing.booklet_document(context.content, self._country(), context.today, bands)
        save_as_pdf(
            self.window, document, translate("MainWindow", "Parent Companion guide.pdf"), context
        )

    def save_reminders(self) -> str | None:
        """The family's re-check reminders as a calendar file (companion.ui.family_exports)."""
        from companion.ui.family_exports import save_reminders

        return save_reminders(self.window, self.navigator.context)
