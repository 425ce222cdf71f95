"""A whole scripted session in public mode, in a separate process whose HOME, XDG folders
and TMPDIR are empty folders: afterwards, nothing under them was created or changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SESSION = r"""
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from companion import app as companion_app
from companion.core.navigation import SIDEBAR
from companion.core.policy import load_policy
from companion.paths import policy_path, resolve_data_location
from companion.ui import dialogs, style

qt = QApplication([])
companion_app.keep_qt_settings_in_memory()
style.apply(qt)
import sys
policy = load_policy(policy_path())
assert policy.policy.public_mode == (sys.argv[1] == "public"), policy
window = companion_app.create_main_window(
    resolve_data_location(None), companion_app.load_bundled_content(), policy_result=policy
)
window.show()
for name in [*SIDEBAR, "step-talk", "platforms/roblox", "quick-exit", "sources"]:
    window.show_page(name)
    qt.processEvents()
store = window.context.store
store.set_ticked("talk-first-chat", True)
store.set_ticked("platform.roblox.block", True)
window.show_page("settings")
page = window.current_page()
page.form.country.setCurrentIndex(page.form.country.findData("au"))
window.show_page("agreement")
page = window.current_page()
page.new_name.setText("Sam")
page._on_new()
page.add_edits["photos"].setText("We ask first.")
page._on_add("photos")
qt.processEvents()
window.end_session()
window.show_page("platforms")
window.quick_exit()
window.close()
qt.processEvents()
print("session finished")
"""


def snapshot(roots: list[Path]) -> dict[str, tuple[int, int]]:
    found = {}
    for root in roots:
        for path in [root, *root.rglob("*")]:
            info = path.lstat()
            found[str(path)] = (info.st_mtime_ns, info.st_size)
    return found


def run_session(tmp_path: Path, public: bool) -> tuple[dict[str, tuple[int, int]], ...]:
    root = tmp_path / "patron"
    home, tmp, etc = root / "home", root / "tmp", root / "etc-xdg"
    for folder in (home, tmp, etc / "parent-companion"):
        folder.mkdir(parents=True)
    (etc / "parent-companion" / "policy.toml").write_text(
        f'public_mode = {str(public).lower()}\ncontact_line = "Ask at the front desk"\n',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PARENT_COMPANION"))}
    env.update(
        HOME=str(home),
        TMPDIR=str(tmp),
        XDG_CONFIG_DIRS=str(etc),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_RUNTIME_DIR=str(tmp / "runtime"),
    )
    before = snapshot([home, tmp, etc])
    mode = "public" if public else "home"
    result = subprocess.run(
        [sys.executable, "-c", SESSION, mode], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "session finished" in result.stdout
    return before, snapshot([home, tmp, etc])


def test_public_session_writes_nothing(tmp_path: Path) -> None:
    before, after = run_session(tmp_path, public=True)
    assert after == before, sorted(set(after) ^ set(before)) or "a file or folder changed"


def test_the_same_session_at_home_does_save(tmp_path: Path) -> None:
    """The check above can fail: the same script on a home computer writes its database."""
    before, after = run_session(tmp_path, public=False)
    created = sorted(set(after) - set(before))
    assert any(path.endswith("parent-companion/progress.sqlite3") for path in created), created
