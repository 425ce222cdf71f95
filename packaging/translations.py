"""Interface translations: refresh the .ts files from the source, compile the .qm files.

    python packaging/translations.py update [FOLDER]   # pyside6-lupdate -> FOLDER/*.ts
    python packaging/translations.py compile [FOLDER]  # pyside6-lrelease -> FOLDER/*.qm

FOLDER is resources/translations unless given. ``update`` keeps every translation already
made and marks new strings unfinished; strings gone from the source are dropped (-no-obsolete),
so a .ts never carries a translation nothing uses. Locations are left out of the .ts files
(-locations none): moving code does not change them. ``compile`` also copies Qt's own
qtbase_<code>.qm from the PySide6 wheel, so every bundle carries them with ours. The .qm
files are build output (.gitignore), made by `make translations`, run, test and bundle."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es", "ar")  # companion.ui.translation.SHIPPED_UI_LANGUAGES
TS_NAME = "parent_companion_{code}.ts"
# ``plural(context, many, one, n)`` is ``translate`` to lupdate (companion/ui/i18n.py).
ALIASES = "translate+=plural"


def tool(name: str) -> str:
    """A PySide6 tool from the running Python's own environment, else from PATH."""
    here = Path(sys.executable).parent
    found = shutil.which(name, path=str(here)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (install PySide6 in this environment)")
    return found


def source_files() -> list[Path]:
    return sorted((ROOT / "companion").rglob("*.py"))


def update(folder: Path = FOLDER) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    targets = [folder / TS_NAME.format(code=code) for code in LANGUAGES]
    for target in targets:
        if not target.exists() and folder != FOLDER and (FOLDER / target.name).exists():
            shutil.copyfile(FOLDER / target.name, target)  # refresh a copy, not the original
    command = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    command += ["-tr-function-alias", ALIASES, "-source-language", "en"]
    command += [str(path) for path in source_files()]
    for code, target in zip(LANGUAGES, targets, strict=True):
        # One file at a time, each with its own language (and so its plural forms).
        language = ["-target-language", code]
        subprocess.run([*command, *language, "-ts", str(target)], check=True, cwd=ROOT)
    return targets


def compile_all(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    out = out or folder
    out.mkdir(parents=True, exist_ok=True)
    made = []
    qt_translations = _qt_translations()
    for code in LANGUAGES:
        source = folder / TS_NAME.format(code=code)
        target = out / source.with_suffix(".qm").name
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
        )
        made.append(target)
        qt_file = qt_translations / f"qtbase_{code}.qm"
        if qt_file.is_file():
            shutil.copyfile(qt_file, out / qt_file.name)
            made.append(out / qt_file.name)
    return made


def _qt_translations() -> Path:
    import PySide6  # the build's own Qt, not a system copy

    base = Path(PySide6.__file__).parent
    for candidate in (base / "Qt" / "translations", base / "translations"):
        if candidate.is_dir():
            return candidate
    return base / "Qt" / "translations"


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2) or argv[0] not in ("update", "compile"):
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[1]).resolve() if len(argv) == 2 else FOLDER
    done = update(folder) if argv[0] == "update" else compile_all(folder)
    for path in done:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
