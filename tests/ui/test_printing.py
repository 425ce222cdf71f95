"""What the printed booklet and pages say, read back from the PDF with pdftotext: sources,
"Checked on" dates, the print date, the conversation starters, every helpline's labels,
contents page numbers that are right, and no heading alone at the foot of a page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize, QPdfWriter

from companion.core import settings
from companion.core.content import Content
from companion.core.policy import Policy
from companion.core.preferences import Preferences
from companion.ui import booklet, dialogs, print_layout, printing
from companion.ui.main_window import MainWindow

from .conftest import TODAY, DesktopRecorder, MakeWindow

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="make test installs poppler-utils"
)
PRINTED_ON = "Printed from Parent Companion on Wednesday, 2 December 2026."
CONTENTS_ROW = re.compile(r"^\s*(\d+)\. (.+?)\s{2,}(\d+)\s*$")


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.split("\f")[:-1]  # each page ends with a form feed


def flat(text: str) -> str:
    """Lines joined and spaces collapsed, to search across wraps."""
    return " ".join(text.split())


def save_pdf(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Answer every save dialog with a file in tmp_path; the paths, as they are saved."""
    saved: list[Path] = []

    def choose(cls: object, parent: object, suggested: str, folder: str = "") -> str:
        saved.append(tmp_path / suggested)
        return str(saved[-1])

    monkeypatch.setattr(dialogs.ChooseSavePath, "ask", classmethod(choose))
    return saved


def heading_texts(document: printing.QTextDocument) -> set[str]:  # type: ignore[name-defined]
    found = set()
    block = document.firstBlock()
    while block.isValid():
        if block.blockFormat().headingLevel():
            found.add(flat(block.text()))
        block = block.next()
    return found


def body_lines(page: str) -> list[str]:
    """A page's lines with text, without the page number at its foot."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return lines[:-1] if lines and lines[-1].isdigit() else lines


def whole_text(pages: list[str]) -> str:
    """Every page's text as one flat string, without the page numbers between them."""
    return flat(" ".join(" ".join(body_lines(page)) for page in pages))


@pytest.fixture
def booklet_pages(
    make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    window = make_window()
    Preferences("uk", frozenset()).save(window.context.store)
    saved = save_pdf(window, tmp_path, monkeypatch)
    window.printing.save_booklet_as_pdf()
    return pdf_pages(saved[-1])


@needs_poppler
def test_the_contents_give_the_page_each_chapter_starts_on(booklet_pages: list[str]) -> None:
    rows = [m for line in booklet_pages[0].splitlines() if (m := CONTENTS_ROW.match(line))]
    for page in booklet_pages[1:4]:
        rows += [m for line in page.splitlines() if (m := CONTENTS_ROW.match(line))]
    assert len(rows) > 30, "every chapter is listed with a page number"
    for row in rows:
        number, title, page = row.group(1), row.group(2), int(row.group(3))  # type: ignore[assignment]
        top = flat(" ".join(body_lines(booklet_pages[page - 1])[:3]))  # type: ignore[operator]
        assert top.startswith(flat(f"{number}. {title}")), (title, page, top)


@needs_poppler
def test_the_booklet_carries_dates_sources_starters_and_helpline_labels(
    booklet_pages: list[str], content: Content
) -> None:
    whole = whole_text(booklet_pages)
    assert PRINTED_ON in flat(booklet_pages[0])
    chapters = len(booklet.chapters(content, "uk"))
    assert whole.count("Checked on ") >= chapters
    assert whole.count("Sources ") >= chapters - 1  # the last chapter lists every source
    for page_id in ("if-it-happened", "faq"):
        for source in content.pages[page_id].sources:
            assert flat(source.url) in whole.replace(" ", ""), source.url
    assert content.starters is not None
    for starter in content.starters.starters:
        assert flat(starter.text) in whole, starter.text  # no ages chosen: all of them
    uk = content.countries["uk"]  # type: ignore[index]
    for service in uk.services:
        assert f"{service.name} Who it is for: {flat(service.for_whom)}" in whole, service.name
        if service.phone:
            assert f"Phone: {service.phone}" in whole, service.name
        if service.hours:
            assert f"When: {flat(service.hours)}" in whole, service.name
    assert "\u2610" in whole, "checklist items have a box to tick on paper"
    assert not re.search("[\ufb00-\ufb06]", whole), "no ligatures: the text reads as typed"


@needs_poppler
def test_no_page_ends_with_a_heading(
    content: Content, tmp_path: Path, booklet_pages: list[str]
) -> None:
    headings = heading_texts(printing.booklet_document(content, "uk", TODAY))
    assert len(booklet_pages) > 50
    for number, page in enumerate(booklet_pages[:-1], 1):
        lines = body_lines(page)
        assert lines and flat(lines[-1]) not in headings, (number, lines[-1])


def test_headings_are_moved_to_the_next_page_by_the_layout(content: Content) -> None:
    """The same check on the layout itself: after fitting, no heading's next text is on a
    later page than the heading, while before fitting some were (so the check can fail)."""
    writer = QPdfWriter(str(Path("/dev/null")))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = printing.booklet_document(content, "uk", TODAY)
    unfitted = document.copy()  # type: ignore[attr-defined]
    print_layout._lay_out(unfitted, writer)
    assert print_layout._headings_alone(unfitted)
    fitted = print_layout.fit_to(document, writer)
    assert print_layout._headings_alone(fitted) == []
    assert print_layout.chapter_pages(fitted) == sorted(print_layout.chapter_pages(fitted))  # type: ignore[arg-type]


@needs_poppler
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("faq", ["Checked on", "Sources"]),
        ("step-talk", ["Conversation starters", "Checked on"]),
        ("platforms/roblox", ["Minimum age:", "Checked on", "Sources"]),
        ("help", ["Who it is for:", "Phone:", "When:", "Checked on", "Sources"]),
        ("checklist", ["\u2610"]),
        ("about", ["Checked on", "Sources"]),
    ],
)
def test_each_printed_page_carries_its_date_and_sources(
    make_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    page: str,
    expected: list[str],
) -> None:
    window = make_window()
    Preferences("uk", frozenset()).save(window.context.store)
    saved = save_pdf(window, tmp_path, monkeypatch)
    window.show_page(page)
    window.save_current_as_pdf()
    text = whole_text(pdf_pages(saved[-1]))
    assert PRINTED_ON in text
    for words in expected:
        assert words in text, words
    if page == "step-talk":
        starters = window.context.content.starters
        assert starters is not None
        assert flat(starters.starters[0].text) in text


def test_saving_says_where_and_opens_the_folder_when_asked(
    make_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    recorder: DesktopRecorder,
) -> None:
    window = make_window()
    offered: list[tuple[str, str]] = []
    folder = tmp_path / "kept"
    folder.mkdir()

    def choose(cls: object, parent: object, suggested: str, start: str = "") -> str:
        offered.append((suggested, start))
        return str(folder / suggested)

    monkeypatch.setattr(dialogs.ChooseSavePath, "ask", classmethod(choose))
    window.show_page("help")
    Preferences("au", frozenset()).save(window.context.store)
    window.show_page("faq")
    window.show_page("help")
    recorder.open_folder = True
    window.save_current_as_pdf()
    name, start = offered[-1]
    assert ":" not in name and name.endswith(".pdf")
    assert Path(start) == Path.home()  # no Documents folder in this home
    assert recorder.saved == [str(folder / name)]
    assert recorder.opened == [folder.as_uri()]
    # The next save starts where this one went.
    window.save_current_as_pdf()
    assert Path(offered[-1][1]) == folder
    assert settings.read(window.context.store, settings.LAST_PDF_FOLDER) == str(folder)


def test_documents_is_the_first_place_offered(
    make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    documents = Path.home() / "Documents"
    documents.mkdir()
    offered: list[str] = []

    def choose(cls: object, parent: object, suggested: str, start: str = "") -> None:
        offered.append(start)

    monkeypatch.setattr(dialogs.ChooseSavePath, "ask", classmethod(choose))
    window.show_page("faq")
    window.save_current_as_pdf()
    assert Path(offered[0]) == documents


def test_public_mode_remembers_no_folder(
    make_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    recorder: DesktopRecorder,
) -> None:
    window = make_window(policy=Policy(public_mode=True))
    offered: list[str] = []

    def choose(cls: object, parent: object, suggested: str, start: str = "") -> str:
        offered.append(start)
        return str(tmp_path / suggested)

    monkeypatch.setattr(dialogs.ChooseSavePath, "ask", classmethod(choose))
    window.show_page("faq")
    window.save_current_as_pdf()
    window.save_current_as_pdf()
    assert offered[0] == offered[1] != str(tmp_path)
    assert settings.read(window.context.store, settings.LAST_PDF_FOLDER) == ""
    assert len(recorder.saved) == 2 and recorder.opened == []


def test_the_agreement_file_name_has_the_childs_name(
    make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    saved = save_pdf(window, tmp_path, monkeypatch)
    window.show_page("agreement")
    page = window.current_page()
    page.new_name.setText("Sam")  # type: ignore[attr-defined]
    page._on_new()  # type: ignore[attr-defined]
    page._on_pdf()  # type: ignore[attr-defined]
    assert saved[-1].name == "Family agreement - Sam.pdf"


def test_paper_colours_do_not_follow_a_dark_theme(make_window: MakeWindow) -> None:
    """Ink on white paper: links and text stay dark when the screen's theme is dark."""
    window = make_window()
    settings.write_one(window.context.store, settings.THEME, "dark")
    window.apply_appearance()
    window.show_page("if-it-happened")
    document = window.current_page().document()
    anchors = 0
    block = document.firstBlock()  # type: ignore[union-attr]
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            char = fragment.charFormat()
            if char.isAnchor():
                anchors += 1
                assert char.foreground().color().lightness() < 110, fragment.text()
            fragments += 1  # type: ignore[operator]
        block = block.next()
    assert anchors > 3
