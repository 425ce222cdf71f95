"""The words for what happened to the store and the policy (the core reports, this says)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from companion.core.session import Outcome, StoreEvent
from companion.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from companion.core.progress import StoreError


def store_message(event: StoreEvent) -> str:
    """One plain sentence or three for the banner at the top of the window."""
    folder, error = str(event.directory), event.error
    if event.outcome is Outcome.NEWER_VERSION:
        return translate(
            "App",
            "Your progress was saved by a newer version of Parent Companion. This version "
            "can show it but will not change it. Install the newer version to carry on.",
        )
    if event.outcome is Outcome.FOLDER_READ_ONLY:
        return (
            translate(
                "App",
                "Parent Companion cannot save changes at the moment, because the folder %1 "
                "cannot be written to (%2). Everything saved before is shown and kept safe.",
            )
            .replace("%1", folder)
            .replace("%2", error)
        )
    if event.outcome is Outcome.NOT_SAVED:
        return (
            translate(
                "App",
                "Your progress cannot be saved this time, because the file in %1 could not be "
                "opened (%2). You can still read everything; ticks last until you close the app.",
            )
            .replace("%1", folder)
            .replace("%2", error)
        )
    if event.outcome is Outcome.RESTORED:
        from companion.ui.widgets import format_date

        restored = format_date(event.restored_from) if event.restored_from else ""
        message = translate(
            "App",
            "Your saved progress was damaged, so Parent Companion put back the copy it saved "
            "on %1. Anything you ticked after that day will need ticking again. The damaged "
            "file was kept as %2.",
        ).replace("%1", restored)
    elif event.outcome is Outcome.DAMAGED_BACKUPS_TOO:
        message = translate(
            "App",
            "Your saved progress was damaged, and so were the copies saved on earlier days, "
            "so Parent Companion has started afresh. The damaged file was kept as %2.",
        )
    else:
        message = translate(
            "App",
            "Your saved progress was damaged and there was no earlier copy, so Parent "
            "Companion has started afresh. The damaged file was kept as %2.",
        )
    return message.replace("%2", event.kept_as) + f" ({error})"


def show_not_saved(parent: QWidget, title: str, error: StoreError, kept: str = "") -> None:
    """The one way the app says a change was not written: what, that nothing saved
    before is lost (or ``kept``: where the unsaved change still is), and the system's
    own words."""
    text = (
        translate("App", "Parent Companion could not save this change.")
        + " "
        + (kept or translate("App", "Nothing you saved before has been lost."))
    )
    from companion.ui.dialogs import ShowProblem

    ShowProblem.ask(parent, title, text, str(error))


def policy_message() -> str:
    return translate(
        "App",
        "This computer's Parent Companion settings file has a problem, so safe settings are "
        "in use. Staff can check it with: parent-companion --check-policy",
    )
