"""Pages stand alone: no page module imports another page (what they share lives in
companion/ui/widgets.py and friends); the core never imports the UI."""

from __future__ import annotations

import ast
from pathlib import Path

import companion

PACKAGE = Path(companion.__file__).parent
PAGE_MODULES = {"about", "agreement", "checklist", "guide", "help", "home", "platforms"}
PAGE_MODULES |= {"practice", "search", "settings", "whats_new"}


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_page_imports_another_page() -> None:
    for name in PAGE_MODULES:
        others = {f"companion.ui.pages.{other}" for other in PAGE_MODULES - {name}}
        assert not imported(PACKAGE / "ui" / "pages" / f"{name}.py") & others, name


def test_the_core_never_imports_the_ui() -> None:
    for path in (PACKAGE / "core").glob("*.py"):
        assert not any(m.startswith(("companion.ui", "PySide6")) for m in imported(path)), path


def test_no_module_is_much_over_three_hundred_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 330
    }
    assert not long, long
