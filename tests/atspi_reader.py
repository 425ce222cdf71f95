"""Reads an application's accessibility tree over AT-SPI, as Orca does. Runs under the
system Python (python3-gi with the Atspi 2.0 typelib, gir1.2-atspi-2.0), not the venv.

For each line "dump PID" on standard input it prints one line of JSON: the tree of the
application whose process is PID, each node [role, name, description, states, children],
with states the subset that matters here (showing, focusable). "quit" ends it."""

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

STATES = {
    "showing": Atspi.StateType.SHOWING,
    "focusable": Atspi.StateType.FOCUSABLE,
}


def node(accessible, depth=0):
    states = accessible.get_state_set()
    children = []
    if depth < 60:
        for index in range(accessible.get_child_count()):
            child = accessible.get_child_at_index(index)
            if child is not None:
                children.append(node(child, depth + 1))
    return [
        accessible.get_role_name(),
        accessible.get_name() or "",
        accessible.get_description() or "",
        [name for name, state in STATES.items() if states.contains(state)],
        children,
    ]


def find_app(pid, seconds=20):
    """The application once it has registered (it does so as its window first shows)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is not None and app.get_process_id() == pid:
                app.set_cache_mask(Atspi.Cache.NONE)  # read what the app says now
                return app
        time.sleep(0.05)
    return None


def main():
    Atspi.get_desktop(0)  # starts the accessibility bus and its registry
    print("reader ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command != "dump":
            break
        app = find_app(int(argument))
        print(json.dumps(node(app) if app is not None else None), flush=True)


if __name__ == "__main__":
    main()
