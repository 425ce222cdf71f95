"""One public-mode copy at a time, without writing anything.

At home, a lock file in the data folder keeps a second copy out (single_instance). Public
mode writes no file at all, so on Linux an abstract Unix socket stands for the lock: it
has a name but no file anywhere, and it goes when the process does, however it ends. A
second copy asks the first to come forward through it, says so, and exits: two copies
cannot run side by side unseen, each with a patron's pages, where a quick exit would hide
only one. (Elsewhere there is no such socket; see docs/libraries.md.)
"""

from __future__ import annotations

import errno
import os
import socket
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

from companion import APP_ID


def available() -> bool:
    return sys.platform.startswith("linux")


class PublicInstanceGuard(QObject):
    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = "\0" + (name or f"{APP_ID}-public-{os.getuid()}")
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._notifier: QSocketNotifier | None = None

    def acquire(self) -> bool:
        """True: this is the only public copy. False: another one runs. OSError otherwise."""
        try:
            self.listener.bind(self.address)
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                return False
            raise
        self.listener.listen(4)
        self.listener.setblocking(False)
        return True

    def ask_first_copy_to_show(self) -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(2)
            client.connect(self.address)

    def watch_for_requests(self, show: Callable[[], None]) -> None:
        notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(lambda: self._on_request(show))
        self._notifier = notifier

    def _on_request(self, show: Callable[[], None]) -> None:
        try:
            connection, _ = self.listener.accept()
        except BlockingIOError:
            return
        connection.close()
        show()

    def release(self) -> None:
        self.listener.close()
