"""The agreement builder in the real window, and the PDFs Qt writes (read back with pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.agreement import load_agreements
from companion.ui import dialogs, printing
from companion.ui.main_window import MainWindow
from companion.ui.pages.agreement import AgreementPage
from companion.ui.wrapping_edit import WrappingEdit

from .conftest import MakeWindow

MARKUP = '<b>bold?</b> <img src="x.png"> javascript:alert(1)'
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="make test installs poppler-utils"
)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def open_agreement(window: MainWindow) -> AgreementPage:
    window.show_page("agreement")
    page = window.current_page()
    assert isinstance(page, AgreementPage)
    return page


def start(qtbot: QtBot, page: AgreementPage, name: str) -> None:
    qtbot.keyClicks(page.new_name, name)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)


def test_build_edit_and_find_it_all_after_a_restart(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    page = open_agreement(window)
    start(qtbot, page, "Sam")
    assert page.current is not None and page.current.child_name == "Sam"
    # Tick a suggestion, edit another, remove a third, add our own.
    page.rule_checks["devices"][0].click()
    edit = page.rule_edits["devices"][1]
    edit.selectAll()
    qtbot.keyClicks(edit, "Phones sleep in the kitchen.")
    page.rule_checks["devices"][1].click()
    removed = page.rule_edits["times"][0].text()
    assert page.editor is not None
    remove_buttons = [
        b for b in page.editor.findChildren(type(page.new_button)) if b.text() == "Remove"
    ]
    qtbot.mouseClick(remove_buttons[len(page.rule_edits["devices"])], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.add_edits["photos"], MARKUP)
    qtbot.keyClick(page.add_edits["photos"], Qt.Key.Key_Return)
    qtbot.keyClicks(page.signers, "Sam, Alex")
    qtbot.waitUntil(lambda: not page._dirty, timeout=3000)  # autosaved, no button pressed
    window.close()  # also flushes anything pending
    window.context.store.close()

    again = make_window()
    page = open_agreement(again)
    assert page.child_name.text() == "Sam"
    assert page.rule_checks["devices"][0].isChecked()
    assert page.rule_edits["devices"][1].text() == "Phones sleep in the kitchen."
    assert removed not in [e.text() for e in page.rule_edits["times"]]
    assert page.rule_edits["photos"][-1].text() == MARKUP  # literal, in an editable field
    assert page.signers.text() == "Sam, Alex"


def test_markup_typed_into_a_rule_is_never_rendered(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    page = open_agreement(window)
    start(qtbot, page, MARKUP)
    assert page.picker.currentText() == MARKUP
    assert page.child_name.text() == MARKUP
    document = page.document()
    assert document is not None
    assert MARKUP in document.toPlainText()
    # No image was created and nothing was made bold by the typed tags.
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            assert not fragment.charFormat().isImageFormat()
            if "bold?" in fragment.text() and "<b>" not in fragment.text():
                raise AssertionError("the typed <b> tag was rendered")
            it += 1
        block = block.next()


def test_undo_within_a_field(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    page = open_agreement(window)
    start(qtbot, page, "Jo")
    edit = page.rule_edits["apps"][0]
    original = edit.text()
    qtbot.keyClicks(edit, " And more.")
    assert isinstance(edit, WrappingEdit) and edit.text() != original
    assert edit.text() == original + " And more."
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == original


@needs_poppler
@pytest.mark.parametrize("size", ["us", "uk"])
def test_agreement_pdf_has_the_rules_and_names_as_text(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    size: str,
) -> None:
    window = make_window()
    page = open_agreement(window)
    start(qtbot, page, "Robin")
    page.rule_checks["people"][0].click()
    qtbot.keyClicks(page.add_edits["photos"], MARKUP)
    qtbot.keyClick(page.add_edits["photos"], Qt.Key.Key_Return)
    qtbot.keyClicks(page.signers, "Robin, Grandma Lee")
    page.save_now()
    out = tmp_path / "agreement.pdf"
    choose = classmethod(lambda cls, p, s, f="": str(out))
    monkeypatch.setattr(dialogs.ChooseSavePath, "ask", choose)
    from companion.core.preferences import Preferences

    Preferences(size, frozenset()).save(window.context.store)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join(pdf_text(out).split())
    assert "Our family agreement: Robin" in text
    assert (
        " ".join(load_agreements(window.context.store)[0].chosen_rules("people")[0].split()) in text
    )
    assert MARKUP in text
    assert "Grandma Lee" in text and "not be in trouble" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert ("letter" if size == "us" else "A4") in info


@needs_poppler
def test_booklet_and_single_pages_as_pdf(
    make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    saved: list[str] = []

    def choose(cls: object, parent: object, suggested: str, folder: str = "") -> str:
        path = tmp_path / suggested
        saved.append(str(path))
        return str(path)

    monkeypatch.setattr(dialogs.ChooseSavePath, "ask", classmethod(choose))
    window.printing.save_booklet_as_pdf()
    booklet = pdf_text(Path(saved[-1]))
    assert "Contents" in booklet and "If it has already happened" in booklet
    assert "Report Remove" in booklet and "Roblox" in booklet
    for name in ("faq", "platforms/roblox", "help", "checklist"):
        window.show_page(name)
        window.save_current_as_pdf()
        assert Path(saved[-1]).stat().st_size > 1000
    assert "Roblox" in pdf_text(Path(saved[-2])) or "Roblox" in pdf_text(Path(saved[-3]))


def test_print_goes_through_the_dialog_seam(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    asked: list[str] = []

    def cancel(cls: object, parent: object, printer: object) -> bool:
        asked.append(printer.docName())  # type: ignore[attr-defined]
        return False

    monkeypatch.setattr(dialogs.PrintDialog, "ask", classmethod(cancel))
    window.show_page("faq")
    window.print_current()
    assert asked and "Questions" in asked[0]
    assert printing.page_size_for("ca") != printing.page_size_for("ie")


def test_a_damaged_agreement_does_not_stop_the_page_opening(make_window: MakeWindow) -> None:
    window = make_window()
    store = window.context.store
    store.save_agreement_document(None, "{not json")
    store.save_agreement_document(None, '{"child_name": "Riley", "sections": "oops"}')
    page = open_agreement(window)
    assert window.current_page_name() == "agreement"
    assert [a.child_name for a in page.agreements] == ["Riley"]
