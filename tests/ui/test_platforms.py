"""Platforms: filter the list, mark what the child uses, tick a setting, restart, still there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from pytestqt.qtbot import QtBot

from companion.core.preferences import Preferences, platforms_used
from companion.ui.pages.home import HomePage
from companion.ui.pages.platforms import PlatformPage, PlatformsPage

from .conftest import DesktopRecorder, MakeWindow


def open_platforms(window: object) -> PlatformsPage:
    window.show_page("platforms")  # type: ignore[attr-defined]
    page = window.current_page()  # type: ignore[attr-defined]
    assert isinstance(page, PlatformsPage)
    return page


def test_filter_by_name_and_kind(qtbot: QtBot, make_window: MakeWindow) -> None:
    page = open_platforms(make_window())
    everything = len(page.visible_rows())
    assert everything >= 20
    qtbot.keyClicks(page.search, "rob")
    assert [row.platform.id for row in page.visible_rows()] == ["roblox"]
    page.search.clear()
    page.category.setCurrentIndex(page.category.findData("devices"))
    kinds = {row.platform.category for row in page.visible_rows()}
    assert kinds == {"devices"} and 0 < len(page.visible_rows()) < everything
    qtbot.keyClicks(page.search, "zzzz")
    assert page.visible_rows() == [] and not page.empty.isHidden()


def test_marked_platforms_come_first_here_and_on_home(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    page = open_platforms(window)
    row = next(r for r in page.rows if r.platform.id == "snapchat")
    qtbot.mouseClick(row.used, Qt.MouseButton.LeftButton, pos=row.used.rect().center())
    assert platforms_used(window.context.store) == {"snapchat"}
    assert page.visible_rows()[0].platform.id == "snapchat"
    window.show_page("home")
    home = window.current_page()
    assert isinstance(home, HomePage)
    assert list(home.app_rows) == ["snapchat"]
    qtbot.mouseClick(home.app_rows["snapchat"], Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "platforms/snapchat"


def test_tick_a_setting_and_it_survives_a_restart(
    qtbot: QtBot, make_window: MakeWindow, isolated_home: Path
) -> None:
    window = make_window()
    page = open_platforms(window)
    row = next(r for r in page.rows if r.platform.id == "roblox")
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    walk_page = window.current_page()
    assert isinstance(walk_page, PlatformPage)
    first = walk_page.items[0]
    first.checkbox.setFocus()
    qtbot.keyClick(first.checkbox, Qt.Key.Key_Space)
    assert window.context.store.is_ticked(first.item_id)
    assert first.item_id.startswith("platform.roblox.")
    window.close()
    window.context.store.close()

    again = make_window()
    again.show_page("platforms/roblox")
    walk_page = again.stack.currentWidget()  # type: ignore[assignment]
    assert isinstance(walk_page, PlatformPage)
    assert walk_page.items[0].checkbox.isChecked()
    assert not walk_page.items[1].checkbox.isChecked()
    assert "1 of" in walk_page.progress.plain_text()


def test_walkthrough_links_use_the_confirm_handler(
    make_window: MakeWindow, recorder: DesktopRecorder
) -> None:
    window = make_window()
    window.show_page("platforms/tiktok")
    page = window.current_page()
    assert isinstance(page, PlatformPage)
    recorder.confirm_answer = False
    url = page.platform.help_links[0].url
    page._on_link(url)
    assert recorder.confirm_asked == [url] and recorder.opened == []


def age_text(window: object, platform_id: str) -> str:
    window.show_page(f"platforms/{platform_id}")  # type: ignore[attr-defined]
    page = window.current_page()  # type: ignore[attr-defined]
    assert isinstance(page, PlatformPage)
    return QTextDocumentFragment.fromHtml(page.age.text()).toPlainText()


def test_an_australian_family_sees_the_australian_age(make_window: MakeWindow) -> None:
    window = make_window()
    Preferences("au", frozenset()).save(window.context.store)
    shown = age_text(window, "tiktok")
    assert shown.startswith("Minimum age: 16 in Australia")
    assert "10 December 2025" in shown and "Elsewhere: 13." in shown
    page = window.current_page()
    assert isinstance(page, PlatformPage)
    printed = page.document().toPlainText()
    assert "Minimum age: 16 in Australia." in printed
    assert "Link your account with Family Pairing" in printed  # the walkthroughs print too


def test_a_uk_family_sees_13_and_is_not_told_they_need_16(make_window: MakeWindow) -> None:
    window = make_window()
    Preferences("uk", frozenset()).save(window.context.store)
    shown = age_text(window, "tiktok")
    assert shown.splitlines()[0] == "Minimum age: 13"
    assert "16 in" not in shown and "In Australia: 16" in shown
    # Telegram's 16 is the rule for the UK and the EU, so a UK family does see it.
    assert age_text(window, "telegram").startswith("Minimum age: 16 in the UK")


def test_the_age_follows_a_change_of_country(make_window: MakeWindow) -> None:
    window = make_window()
    Preferences("au", frozenset()).save(window.context.store)
    assert age_text(window, "tiktok").startswith("Minimum age: 16 in Australia")
    Preferences("nz", frozenset()).save(window.context.store)
    window.show_page("home")
    assert age_text(window, "tiktok").splitlines()[0] == "Minimum age: 13"


def test_an_unknown_country_sees_the_general_age_and_the_differences(
    make_window: MakeWindow,
) -> None:
    window = make_window(locale="fr_FR")  # a region the app has no advice for
    assert window.context.preferences().country is None
    shown = age_text(window, "tiktok").splitlines()
    assert shown[0] == "Minimum age: 13"
    assert shown[1].startswith("In Australia: 16. Australian law since 10 December 2025")
    telegram = age_text(window, "telegram").splitlines()
    assert "In the UK: 16." in telegram[1] and "In Ireland: 16." in telegram[1]


def test_a_page_whose_age_differs_by_country_says_whose_and_can_change(
    make_window: MakeWindow,
) -> None:
    window = make_window(locale="en_AU")
    age_text(window, "tiktok")
    page = window.current_page()
    assert isinstance(page, PlatformPage) and page.country_bar is not None
    assert "Advice for: Australia" in page.country_bar.label.accessibleName()
    assert not page.country_bar.ask.isVisibleTo(page)  # the page already shows the others
    page.country_bar.change.menu().actions()[0].trigger()  # United Kingdom
    assert window.context.preferences().country == "uk"
    assert "Advice for: United Kingdom" in page.country_bar.label.accessibleName()
    assert age_text(window, "tiktok").splitlines()[0] == "Minimum age: 13"
    age_text(window, "roblox")  # the same age everywhere: no country line
    roblox = window.current_page()
    assert isinstance(roblox, PlatformPage) and roblox.country_bar is None
