"""One copy of the app per data folder (at home) or per desktop session (public mode)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from companion import APP_ID

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from companion.paths import DataLocation
    from companion.ui.public_instance import PublicInstanceGuard
    from companion.ui.single_instance import InstanceGuard


def claim_single_instance(location: DataLocation) -> tuple[bool, InstanceGuard | None]:
    """Take this data folder's lock. Returns (carry on?, the guard if we hold the lock).

    When another copy holds it, that copy is asked to come forward and we should stop.
    When no lock can be taken (an odd or read-only folder) we carry on without one."""
    from companion.ui.single_instance import InstanceGuard

    try:
        location.ensure()
        guard = InstanceGuard(location.directory)
        if guard.acquire():
            return True, guard
        guard.ask_first_copy_to_show()
    except OSError:
        return True, None  # the store will explain, in plain words, what is wrong
    print(f"{APP_ID}: already open; its window was brought to the front.", file=sys.stderr)
    from companion.ui.dialogs import AlreadyRunning

    AlreadyRunning.ask(None)
    return False, None


def claim_public_instance() -> tuple[bool, PublicInstanceGuard | None]:
    """Public mode: the same as claim_single_instance, with nothing written (Linux)."""
    from companion.ui import public_instance

    if not public_instance.available():
        return True, None
    guard = public_instance.PublicInstanceGuard()
    try:
        if guard.acquire():
            return True, guard
        guard.ask_first_copy_to_show()
    except OSError:
        guard.release()
        return True, None
    guard.release()
    from companion.ui.dialogs import AlreadyRunning

    AlreadyRunning.ask(None)
    return False, None


def bring_forward(window: QWidget) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()
