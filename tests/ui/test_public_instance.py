"""Two public-mode copies cannot run side by side unseen: the second asks the first to
come forward and exits, and nothing is written anywhere for that (Linux)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from companion.ui import dialogs, instances, public_instance

from .conftest import DesktopRecorder

pytestmark = pytest.mark.skipif(not public_instance.available(), reason="Linux only")

HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from companion.ui import public_instance
public_instance.APP_ID = sys.argv[1]
qt = QCoreApplication([])
guard = public_instance.PublicInstanceGuard()
assert guard.acquire()
guard.watch_for_requests(lambda: (print("asked to come forward", flush=True), qt.quit()))
print("holding", flush=True)
QTimer.singleShot(60_000, qt.quit)  # only if the test never asks
qt.exec()
"""


def test_a_second_public_copy_brings_the_first_forward_and_exits(
    monkeypatch: pytest.MonkeyPatch, recorder: DesktopRecorder
) -> None:
    name = f"parent-companion-test-{os.getpid()}"
    monkeypatch.setattr(public_instance, "APP_ID", name)
    told: list[bool] = []
    monkeypatch.setattr(dialogs.AlreadyRunning, "ask", classmethod(lambda c, p: told.append(True)))
    first = subprocess.Popen(
        [sys.executable, "-c", HOLDER, name], stdout=subprocess.PIPE, text=True
    )
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "holding"
        carry_on, guard = instances.claim_public_instance()
        assert not carry_on and guard is None and told == [True]
        assert first.stdout.readline().strip() == "asked to come forward"
        assert first.wait(timeout=30) == 0
        carry_on, guard = instances.claim_public_instance()  # the first has gone: no lock is left
        assert carry_on and guard is not None
        guard.release()
    finally:
        first.kill()
        first.wait(timeout=10)
        if first.stdout is not None:
            first.stdout.close()
