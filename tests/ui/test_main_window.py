"""The main window: every page, its title and icon, links out, and data it cannot write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion import app
from companion.core.navigation import ALL_PAGES, SIDEBAR
from companion.core.progress import SCHEMA_VERSION
from companion.ui.pages.about import AboutPage
from companion.ui.pages.checklist import ChecklistPage

from .conftest import DesktopRecorder, MakeWindow


def banner_texts(window: object) -> list[str]:
    return [
        label.text()
        for label in window.findChildren(QLabel)  # type: ignore[attr-defined]
        if label.objectName() == "bannerText"
    ]


def test_every_page_opens_from_the_sidebar(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    assert not window.windowIcon().isNull()
    for row, name in enumerate(SIDEBAR):
        window.sidebar.setCurrentRow(row)
        page = window.current_page()
        assert name == page.NAME
        assert window.windowTitle() == f"{window.title_of(name)} – Parent Companion"
    assert banner_texts(window) == []


def test_pages_are_built_only_when_first_shown(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.stack.count() == 1  # Home only
    window.show_page("about")
    assert window.stack.count() == 2


def test_external_link_asks_first_and_opens_only_on_yes(
    make_window: MakeWindow, recorder: DesktopRecorder
) -> None:
    window = make_window()
    window.show_page("about")
    about = window.current_page()
    assert isinstance(about, AboutPage)
    recorder.confirm_answer = False
    about.body.linkActivated.emit("https://talk.iwf.org.uk/")
    assert recorder.confirm_asked == ["https://talk.iwf.org.uk/"] and recorder.opened == []
    recorder.confirm_answer = True
    about.body.linkActivated.emit("https://talk.iwf.org.uk/")
    assert recorder.opened == ["https://talk.iwf.org.uk/"]


def test_internal_link_switches_page(make_window: MakeWindow, recorder: DesktopRecorder) -> None:
    window = make_window()
    window.show_page("about")
    about = window.current_page()
    assert isinstance(about, AboutPage)
    about.body.linkActivated.emit("page:checklist")
    assert window.current_page_name() == "checklist"
    assert recorder.confirm_asked == [] and recorder.opened == []


def test_about_shows_where_data_is_kept(make_window: MakeWindow, isolated_home: Path) -> None:
    window = make_window()
    window.show_page("about")
    about = window.current_page()
    assert isinstance(about, AboutPage)
    text = about.body_text()
    assert str(isolated_home) in text
    assert "Internet Watch Foundation" in text and "independent" in text


def test_newer_database_opens_read_only_with_a_banner(
    make_window: MakeWindow, isolated_home: Path
) -> None:
    isolated_home.mkdir(mode=0o700)
    db = sqlite3.connect(isolated_home / "progress.sqlite3")
    db.execute("CREATE TABLE checklist_ticks (item_id TEXT PRIMARY KEY, ticked_at TEXT)")
    db.execute("INSERT INTO checklist_ticks VALUES ('know-block-report', '2026-11-01T00:00:00')")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = (isolated_home / "progress.sqlite3").read_bytes()
    window = make_window()
    assert any("newer version" in text for text in banner_texts(window))
    window.show_page("checklist")
    page = window.current_page()
    assert isinstance(page, ChecklistPage)
    box = page.item_widget("know-block-report").checkbox
    assert box.isChecked() and not box.isEnabled()
    window.context.store.close()
    assert (isolated_home / "progress.sqlite3").read_bytes() == before


def test_damaged_database_is_kept_aside_and_the_app_starts_fresh(
    make_window: MakeWindow, isolated_home: Path
) -> None:
    isolated_home.mkdir(mode=0o700)
    (isolated_home / "progress.sqlite3").write_bytes(b"garbage" * 100)
    window = make_window()
    texts = banner_texts(window)
    assert any("damaged" in text and "started afresh" in text for text in texts)
    kept = list(isolated_home.glob("progress.sqlite3.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"garbage" * 100
    window.context.store.set_ticked("talk-first-chat", True)  # a real, saved store again
    assert window.context.data_location is not None


@pytest.mark.parametrize("page", ALL_PAGES)
def test_screenshot_option_writes_a_picture_of_each_page(
    qtbot: QtBot, tmp_path: Path, page: str
) -> None:
    out = tmp_path / f"{page}.png"
    assert app.main(["--screenshot", str(out), "--page", page]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == app.SCREENSHOT_SIZE
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 8, "the screenshot is blank"


def test_self_test_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("self-test: OK") and "22 platforms" in out


@pytest.mark.slow
def test_self_test_fails_when_no_font_is_found(tmp_path: Path) -> None:
    """A copy without fonts draws empty boxes and writes PDFs without text: not OK."""
    import os
    import subprocess
    import sys

    config = tmp_path / "fonts.conf"  # fontconfig with no font folders at all
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><cachedir>{tmp_path}/cache</cachedir></fontconfig>'
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "companion", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "self-test: no font found" in result.stderr
    assert "self-test: OK" not in result.stdout
