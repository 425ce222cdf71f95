"""Text size and theme: fonts by role, the style sheet untouched by a text-size step, and
a theme change that only re-styles the page on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from companion.core.navigation import SIDEBAR
from companion.core.preferences import set_theme_choice
from companion.ui import fonts, style
from companion.ui.theme import THEMES

from .conftest import MakeWindow


def point_sizes(window: object) -> dict[str, int]:
    page = window.current_page()  # type: ignore[attr-defined]
    found: dict[str, int] = {}
    for label in page.findChildren(QLabel):
        label.ensurePolished()
        found.setdefault(label.objectName(), label.font().pointSize())
    return found


def test_each_role_keeps_its_size_at_every_text_size(make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("home")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet = app.styleSheet()
    assert point_sizes(window)["heading1"] == fonts.point_size(9, 1.0)
    assert point_sizes(window)["body"] == fonts.point_size(0, 1.0)
    window.change_text_size(+6)  # the largest
    sizes = point_sizes(window)
    assert sizes["heading1"] == fonts.point_size(9, 2.0) == 40
    assert sizes["heading2"] == fonts.point_size(4, 2.0)
    assert sizes["body"] == fonts.point_size(0, 2.0) == 22
    assert window.sidebar.font().pointSize() == fonts.point_size(1, 2.0)
    assert app.styleSheet() == sheet  # a text-size step never re-styles every widget
    window.change_text_size(0)
    assert point_sizes(window)["heading1"] == 20


def test_no_font_size_lives_in_the_style_sheet() -> None:
    for theme in THEMES.values():
        assert "font-size" not in style.stylesheet(theme)


def test_a_theme_change_keeps_the_page_on_screen_and_builds_the_rest_again(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    for name in SIDEBAR:
        window.navigator.page(name)
    window.show_page("settings")
    settings = window.current_page()
    set_theme_choice(window.context.store, "dark")
    window.apply_appearance()
    assert list(window.navigator.pages) == ["settings"]
    assert window.current_page() is settings
    window.show_page("checklist")  # built again, in the new theme
    assert window.current_page_name() == "checklist"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.styleSheet() == style.stylesheet(THEMES["dark"])
