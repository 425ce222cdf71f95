"""One copy of the app per data folder, so two windows never write the same database.

The first copy holds a lock file in the data folder. A second copy asks the first to come
to the front (by leaving a request file the first one watches for) and then exits. A lock
left behind by a copy that crashed does not block a new start: Qt sees that its process
is gone.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject

from companion.paths import FILE_MODE, LOCK_NAME, SHOW_REQUEST_NAME


class InstanceGuard(QObject):
    def __init__(self, directory: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.lock = QLockFile(str(directory / LOCK_NAME))
        # Never treat a lock as stale because of its age: the first copy may run for days.
        # A lock whose process has died is still recognised and replaced.
        self.lock.setStaleLockTime(0)
        self._watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        """True: we hold the lock. False: another copy does. Raises OSError when no lock
        can be made at all (a full disk, no permission): that is no other copy."""
        if not self.lock.tryLock(200):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                return False
            raise OSError(f"the lock file could not be made ({self.lock.error().name})")
        os.chmod(self.directory / LOCK_NAME, FILE_MODE)
        return True

    def release(self) -> None:
        self.lock.unlock()

    def ask_first_copy_to_show(self) -> None:
        request = self.directory / SHOW_REQUEST_NAME
        fd = os.open(request, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        os.close(fd)

    def watch_for_requests(self, show: Callable[[], None]) -> None:
        """Call ``show`` whenever another copy asks this one to come forward."""
        self._watcher = QFileSystemWatcher([str(self.directory)], self)

        def on_change(_: str) -> None:
            request = self.directory / SHOW_REQUEST_NAME
            if request.exists():
                request.unlink(missing_ok=True)
                show()

        self._watcher.directoryChanged.connect(on_change)
