"""Back and Forward as a browser keeps them, without Qt."""

from __future__ import annotations

from companion.core.history import History


def test_back_and_forward_walk_the_pages_seen() -> None:
    history = History()
    for page in ("home", "platforms", "platforms/roblox"):
        history.visit(page)
    assert not history.can_go_forward
    back = history.back()
    assert back is not None and back.page == "platforms"
    back = history.back()
    assert back is not None and back.page == "home"
    assert history.back() is None and not history.can_go_back
    forward = history.forward()
    assert forward is not None and forward.page == "platforms"
    assert history.can_go_forward


def test_a_new_visit_drops_what_was_ahead() -> None:
    history = History()
    for page in ("home", "faq", "help"):
        history.visit(page)
    history.back()
    history.visit("settings")
    assert history.pages() == ["home", "faq", "settings"]
    assert not history.can_go_forward


def test_the_same_page_twice_is_one_entry() -> None:
    history = History()
    history.visit("faq")
    history.visit("faq")
    assert history.pages() == ["faq"] and not history.can_go_back


def test_each_entry_keeps_where_the_reader_was() -> None:
    history = History()
    history.visit("faq")
    history.remember_position(640)
    history.visit("help")
    back = history.back()
    assert back is not None and (back.page, back.position) == ("faq", 640)


def test_old_pages_fall_off_the_start() -> None:
    history = History(limit=3)
    for page in ("a", "b", "c", "d"):
        history.visit(page)
    assert history.pages() == ["b", "c", "d"]
    assert history.current is not None and history.current.page == "d"


def test_clear_forgets_everything() -> None:
    history = History()
    history.visit("home")
    history.visit("if-it-happened")
    history.clear()
    assert history.pages() == [] and history.current is None
    assert not history.can_go_back and not history.can_go_forward
    assert history.back() is None and history.forward() is None
