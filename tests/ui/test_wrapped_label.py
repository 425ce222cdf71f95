"""WrappedLabel keeps its heights per width; they must always match what QLabel works out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion.core.fields import Source
from companion.ui.source_notes import sources_html
from companion.ui.widgets import WrappedLabel, rich_label
from tests.ui.conftest import MakeWindow

WIDTHS = (120, 240, 480, 761)
LONG = "Talk little and often, so that telling you something hard feels ordinary. " * 4


def fresh_heights(label: WrappedLabel) -> list[int]:
    """What a new QLabel with the same text, format, font and margins says. (Of the same
    class and name, so that it gets the same role font and style-sheet rules.)"""
    twin = QLabel() if type(label) is WrappedLabel else type(label)()
    twin.setText(label.text())
    twin.setObjectName(label.objectName())
    twin.setStyleSheet(label.styleSheet())
    twin.setWordWrap(True)
    twin.setTextFormat(label.textFormat())
    twin.setTextInteractionFlags(label.textInteractionFlags())
    if label.testAttribute(Qt.WidgetAttribute.WA_SetFont):
        twin.setFont(label.font())
    twin.ensurePolished()  # role fonts and style-sheet fonts arrive when polished
    twin.setContentsMargins(label.contentsMargins())
    return [twin.heightForWidth(width) for width in WIDTHS]


def heights(label: WrappedLabel) -> list[int]:
    return [label.heightForWidth(width) for width in WIDTHS]


def test_heights_follow_every_change_that_moves_the_text(qtbot: QtBot) -> None:
    label = WrappedLabel("Short.")
    qtbot.addWidget(label)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    assert heights(label) == fresh_heights(label)
    assert heights(label) == heights(label)  # answered from what it kept

    label.setText(LONG)
    assert heights(label) == fresh_heights(label)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(f"<p style='line-height:140%'><b>{LONG}</b></p>")
    assert heights(label) == fresh_heights(label)

    bigger = QFont(label.font())
    bigger.setPointSize(label.font().pointSize() * 2)
    label.setFont(bigger)
    assert heights(label) == fresh_heights(label)

    label.setContentsMargins(30, 10, 30, 10)
    assert heights(label) == fresh_heights(label)

    label.clear()
    assert heights(label) == fresh_heights(label)


def test_a_style_sheet_font_size_is_not_answered_from_old_heights(qtbot: QtBot) -> None:
    label = WrappedLabel(LONG)
    qtbot.addWidget(label)
    label.ensurePolished()
    before = heights(label)
    label.setStyleSheet("font-size: 30pt;")
    label.ensurePolished()
    after = heights(label)
    assert after == fresh_heights(label)
    assert after[0] > before[0]


def test_larger_text_in_the_app_gives_taller_paragraphs(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    window.show_page("home")
    qtbot.waitExposed(window)
    labels = window.current_page().findChildren(WrappedLabel)
    assert labels
    before = [heights(label) for label in labels]
    window.change_text_size(3)  # what Ctrl+Plus does, three times over
    for label in labels:
        label.ensurePolished()  # as Qt does before a hidden one is first shown
    after = [heights(label) for label in labels]
    assert after == [fresh_heights(label) for label in labels]
    assert sum(map(sum, after)) > sum(map(sum, before))


def test_a_long_address_in_the_sources_can_wrap(qtbot: QtBot) -> None:
    """A source shown as text (not a link) must not make the page wider than the window."""
    # Like a real one in the sources: words joined by + signs, which Qt will not break at.
    address = "https://example.org/news.nsf/" + "+".join(["urgent"] * 16) + "?open&x=1"
    source = Source("A source on a site we do not link to", address)
    sources = sources_html([source], allowed_hosts=frozenset())
    label = rich_label(sources)
    qtbot.addWidget(label)
    unbroken = label.fontMetrics().horizontalAdvance(address)
    assert label.minimumSizeHint().width() < unbroken / 4
    # The address still reads the same, and the entity for & is left whole.
    document = QTextDocument()
    document.setHtml(sources)
    assert document.toPlainText().replace("\u200b", "").strip() == f"{source.title}: {address}"


def test_a_linked_source_keeps_its_exact_address() -> None:
    address = "https://www.iwf.org.uk/resources/sextortion/parents-and-carers/"
    sources = sources_html([Source("IWF", address)], allowed_hosts=frozenset({"www.iwf.org.uk"}))
    assert f'href="{address}"' in sources
