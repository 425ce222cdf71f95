"""Policy settings for frozen (reboot-to-restore) and kiosk PCs: suppress_first_run and
quick_exit_action."""

from __future__ import annotations

from companion.core.policy import Policy
from companion.core.preferences import setup_done
from companion.ui import dialogs, first_run

from .conftest import MakeWindow


def test_policy_can_suppress_the_first_run_questions(
    make_window: MakeWindow, monkeypatch: object
) -> None:
    """Reboot-to-restore PCs: every start is a first start, so IT can turn the questions off."""
    asked: list[bool] = []

    def ask(cls: object, parent: object, form: object) -> bool:
        asked.append(True)
        return False

    monkeypatch.setattr(dialogs.FirstRunSetup, "ask", classmethod(ask))  # type: ignore[attr-defined]
    window = make_window(policy=Policy(suppress_first_run=True))
    first_run.offer_first_run_setup(window)
    assert asked == [] and not setup_done(window.context.store)
    window_asked = make_window(policy=Policy())
    first_run.offer_first_run_setup(window_asked)
    assert asked == [True]


def test_quick_exit_can_close_the_app_for_kiosk_shells(make_window: MakeWindow) -> None:
    window = make_window(policy=Policy(public_mode=True, quick_exit_action="close"))
    window.show_page("if-it-happened")
    window.quick_exit()
    assert not window.isVisible()
    assert window.hidden_by_quick_exit


def test_quick_exit_blanks_by_default(make_window: MakeWindow) -> None:
    window = make_window()
    window.quick_exit()
    assert window.isVisible() and window.hidden_by_quick_exit
