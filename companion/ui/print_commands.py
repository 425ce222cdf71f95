"""File menu commands: print this page, save it as PDF, save the whole guide as PDF.

One path for all three: a document, the paper for the family's country, then the system
print dialog or a PDF file the user chooses; any failure is said in one box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from companion.ui.pages.base import Page

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QWidget

    from companion.ui.navigator import Navigator


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def print_with_dialog(parent: QWidget, document: QTextDocument, country: str | None) -> bool:
    """The system print dialog, then print if the user says so."""
    from companion.ui import printing

    return printing.print_document(document, parent, printing.page_size_for(country))


def save_as_pdf(
    parent: QWidget, document: QTextDocument, suggested: str, country: str | None
) -> str | None:
    """Ask where, then write the PDF; returns the path written, or None."""
    from companion.ui import printing
    from companion.ui.dialogs import ChooseSavePath, ShowProblem

    path = ChooseSavePath.ask(parent, suggested.replace("/", "-").replace(":", " -"))
    if path is None:
        return None
    try:
        printing.write_pdf(document, path, printing.page_size_for(country))
    except OSError as error:
        ShowProblem.ask(parent, _tr("The PDF could not be saved"), "", str(error))
        return None
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
                _tr("Nothing to print here"),
                _tr(
                    "This page has nothing to print. Open a guide page, a platform or your "
                    "family agreement, or save the whole guide from the File menu."
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
            save_as_pdf(self.window, document, f"{title}.pdf", self._country())

    def save_booklet_as_pdf(self) -> None:
        from companion.ui import printing

        document = printing.booklet_document(self.navigator.context.content, self._country())
        save_as_pdf(self.window, document, "Parent Companion guide.pdf", self._country())

    def save_reminders(self) -> str | None:
        """The family's re-check reminders as a calendar file (companion.ui.family_exports)."""
        from companion.ui.family_exports import save_reminders

        return save_reminders(self.window, self.navigator.context)
