"""The first-run question: country and children's ages, asked once; skipping is fine."""

from __future__ import annotations

from typing import TYPE_CHECKING

from companion.core.progress import StoreError

if TYPE_CHECKING:
    from companion.ui.main_window import MainWindow


def offer_first_run_setup(window: MainWindow) -> None:
    """Ask once; a skipped question is not asked again (Home and Get help ask calmly)."""
    from companion.core.preferences import mark_setup_done, setup_done
    from companion.ui.dialogs import FirstRunSetup
    from companion.ui.preferences_form import PreferencesForm

    store = window.context.store
    policy = window.context.policy
    if store.read_only or setup_done(store) or policy.public_mode or policy.suppress_first_run:
        return
    form = PreferencesForm(window.context.content)
    form.set_preferences(window.context.preferences())
    try:
        if FirstRunSetup.ask(window, form):
            form.preferences().save(store)
        elif window.hidden_by_quick_exit:
            return  # the quick exit closed it: ask again another time
        else:
            mark_setup_done(store)
    except StoreError:
        return  # the banner already says progress cannot be saved
    window.show_page(window.current_page_name())
