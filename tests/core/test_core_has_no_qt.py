"""The core (content, progress, review, paths, resources, command line) never imports Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import companion.core

CORE_MODULES = [
    "companion",
    "companion.cli",
    "companion.paths",
    "companion.resources",
    *(f"companion.core.{info.name}" for info in pkgutil.iter_modules(companion.core.__path__)),
]


def test_core_imports_with_pyside6_blocked() -> None:
    script = (
        "import sys\n"
        "sys.modules['PySide6'] = None  # any 'import PySide6...' now fails\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    __import__(name)\n"
        "from companion.core.content import load_content\n"
        "from companion.resources import resources_root\n"
        "content = load_content(resources_root())\n"
        "qt = ('PySide6', 'shiboken')\n"
        "loaded = [m for m, mod in sys.modules.items() if mod and m.startswith(qt)]\n"
        "assert not loaded, loaded\n"
        "print(len(content.items))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 0
    assert "companion.core.progress" in CORE_MODULES
