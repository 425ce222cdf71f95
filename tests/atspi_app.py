"""The real main window on an X11 display, with Qt's AT-SPI bridge on, driven line by
line from standard input by tests/test_accessibility_tree.py:

    show NAME   show a page; answers "shown NAME" once it is on screen
    theme NAME  switch theme; answers "theme NAME"
    hide        quick exit (the Hide button); answers "hidden"
    quit        close the app

It prints "ready PID" first. The data folder is the first argument."""

from __future__ import annotations

import datetime as dt
import os
import sys

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from companion.app import create_main_window, load_bundled_content
from companion.core.clock import FixedClock
from companion.core.policy import Policy, PolicyResult
from companion.core.preferences import set_theme_choice
from companion.paths import resolve_data_location
from companion.ui import dialogs, style
from companion.ui.main_window import MainWindow


def say(line: str) -> None:
    print(line, flush=True)


def on_line(window: MainWindow, app: QApplication) -> None:
    line = sys.stdin.readline()
    command, _, argument = line.strip().partition(" ")
    if command == "show":
        window.show_page(argument)
        QTimer.singleShot(50, lambda: say(f"shown {argument}"))
    elif command == "theme":
        set_theme_choice(window.context.store, argument)
        window.apply_appearance()
        QTimer.singleShot(50, lambda: say(f"theme {argument}"))
    elif command == "hide":
        window.quick_exit()
        QTimer.singleShot(50, lambda: say("hidden"))
    else:  # "quit", or the test went away
        window.hidden_by_quick_exit = True
        app.quit()


def main() -> int:
    app = style.new_application(sys.argv[0])
    dialogs.FirstRunSetup.ask = classmethod(lambda cls, parent, first: False)  # type: ignore[method-assign,assignment]
    location = resolve_data_location(sys.argv[1])
    window = create_main_window(
        location,
        load_bundled_content(),
        FixedClock.on(dt.date(2026, 12, 2)),
        policy_result=PolicyResult(Policy(), (), None),
        locale_name="en_GB",
    )
    window.context.store.set_setting("setup_done", "1")
    window.resize(1280, 800)
    window.show()
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: on_line(window, app))
    QTimer.singleShot(0, lambda: say(f"ready {os.getpid()}"))
    code = app.exec()
    window.context.session.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
