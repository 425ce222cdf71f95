"""Practise a conversation, played with the keyboard only: every path of every scene to
its ending, a note after each choice, and the ending's links open their pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.app import load_bundled_content
from companion.core.scenes import Scene
from companion.ui.main_window import MainWindow
from companion.ui.pages.practice import PracticePage

from .conftest import MakeWindow

SCENE_IDS = sorted(load_bundled_content().scenes)


def open_practice(make_window: MakeWindow) -> tuple[MainWindow, PracticePage]:
    window = make_window()
    window.context.store.set_setting("setup_done", "1")
    window.show_page("practice")
    window.activateWindow()
    page = window.navigator.page("practice")
    assert isinstance(page, PracticePage)
    return window, page


def press(window: MainWindow, key: Qt.Key) -> None:
    focused = window.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key)


def tab_to(window: MainWindow, target: QWidget, limit: int = 12) -> None:
    """Tab forward from where the focus is until ``target`` has it."""
    for _ in range(limit):
        if window.focusWidget() is target:
            return
        press(window, Qt.Key.Key_Tab)
    assert window.focusWidget() is target, "Tab did not reach the control"


def play(
    qtbot: QtBot, window: MainWindow, page: PracticePage, scene: Scene, picked: tuple[int, ...]
) -> None:
    """Pick each reply of ``picked`` with Tab and then Enter or Space, checking the notes."""
    turn = scene.turn(scene.start)
    for step, index in enumerate(picked):
        buttons = page.reply_buttons
        assert len(buttons) == len(turn.replies)
        assert window.focusWidget() is buttons[0], "the first reply has the focus"
        tab_to(window, buttons[index])
        press(window, Qt.Key.Key_Return if step % 2 else Qt.Key.Key_Space)
        reply = turn.replies[index]
        assert len(page.notes) == step + 1
        assert page.notes[-1].said == reply.note
        qtbot.waitUntil(page.notes[-1].isVisible)  # shown once the layout has run
        if step < len(picked) - 1:
            turn = scene.turn(reply.next)


def open_scene(window: MainWindow, page: PracticePage, scene_id: str) -> None:
    button = page.scene_buttons[scene_id]
    button.setFocus(Qt.FocusReason.TabFocusReason)
    press(window, Qt.Key.Key_Return)
    assert page.scene is not None and page.scene.id == scene_id


def test_the_page_is_listed_with_its_title(make_window: MakeWindow) -> None:
    window, page = open_practice(make_window)
    assert window.current_page_name() == "practice"
    assert window.windowTitle().startswith("Practise a conversation")
    assert window.sidebar.currentItem().text() == window.title_of("checklist")
    assert len(page.scene_buttons) == len(SCENE_IDS)
    for button in page.scene_buttons.values():
        assert button.accessibleName().startswith("Practise: ")


def test_one_scene_every_path_by_keyboard(qtbot: QtBot, make_window: MakeWindow) -> None:
    window, page = open_practice(make_window)
    scene = window.context.content.scenes["game-friend-wants-snapchat"]
    open_scene(window, page, scene.id)
    for picked, ending in scene.paths():
        play(qtbot, window, page, scene, picked)
        assert page.restart_button is not None and page.back_button is not None
        assert set(page.link_buttons) == {link.removeprefix("page:") for link in ending.links}
        assert window.focusWidget() is next(iter(page.link_buttons.values()))
        tab_to(window, page.restart_button)
        press(window, Qt.Key.Key_Return)  # "Try another reply"
    page.start(scene.id)
    *_, (picked, ending) = scene.paths()
    play(qtbot, window, page, scene, picked)
    assert page.back_button is not None
    tab_to(window, page.back_button)
    press(window, Qt.Key.Key_Space)
    assert page.scene is None and window.focusWidget() is page.scene_buttons[scene.id]


@pytest.mark.parametrize("scene_id", SCENE_IDS)
def test_every_path_ends_and_each_link_opens_its_page(
    qtbot: QtBot, make_window: MakeWindow, scene_id: str
) -> None:
    window, page = open_practice(make_window)
    scene = window.context.content.scenes[scene_id]
    open_scene(window, page, scene_id)
    links_opened: set[str] = set()
    for picked, _ending in scene.paths():
        play(qtbot, window, page, scene, picked)
        for link in [link for link in page.link_buttons if link not in links_opened]:
            page.link_buttons[link].setFocus(Qt.FocusReason.TabFocusReason)
            press(window, Qt.Key.Key_Return)
            assert window.current_page_name() == link.partition("#")[0]
            links_opened.add(link)
            window.show_page("practice")
            assert page.scene is scene  # the scene is kept while another page is read
        assert page.restart_button is not None
        page.restart_button.setFocus(Qt.FocusReason.TabFocusReason)
        press(window, Qt.Key.Key_Return)
    every_link = {link.removeprefix("page:") for e in scene.endings for link in e.links}
    assert links_opened == every_link


def test_a_link_to_a_scene_opens_it(make_window: MakeWindow) -> None:
    window, page = open_practice(make_window)
    window.show_page("practice#after-i-shouted")
    assert page.scene is not None and page.scene.id == "after-i-shouted"
    assert page.reply_buttons[0].accessibleName().startswith("Reply 1 of 3: ")
    assert "Your child:" in page.reply_buttons[0].accessibleDescription()


def test_an_ending_names_its_sources_and_when_they_were_checked(make_window: MakeWindow) -> None:
    window, page = open_practice(make_window)
    scene = window.context.content.scenes["wont-talk-im-fine"]
    page.start(scene.id)
    picked, _ = next(scene.paths())
    for index in picked:
        page.choose(index)
    texts = " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page))
    assert "Where this advice comes from" in texts and "Checked on" in texts
    for source in scene.sources:
        assert source.title.replace("'", "&#x27;") in texts or source.title in texts
