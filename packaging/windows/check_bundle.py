"""Check a Windows one-folder bundle for what must never be in it, and print its size.

    python3 packaging/windows/check_bundle.py dist/parent-companion

Fails when the bundle holds networking or QML code the spec means to leave out, the
files the Windows filters drop, build tools, or a Wine-only test workaround.
"""

import sys
from pathlib import Path

FORBIDDEN = {
    "icuuc.dll": "the Wine test prefix's ICU stand-in",
    "qtuiotouchplugin.dll": "the TUIO touch-over-network plugin",
    "qt6network.dll": "QtNetwork",
    "qt6qml.dll": "QML",
    "opengl32sw.dll": "the software OpenGL DLL",
    "qdirect2d.dll": "the Direct2D platform plugin",
    "qjpeg.dll": "an image plugin the app never uses",
    "_ssl.pyd": "TLS (only setuptools pulled it in)",
}
# Folders by their last two names ("" for any parent): the wheel's Qt translations (ours,
# with the two qtbase files the app loads, are in resources/translations).
FORBIDDEN_FOLDERS = {
    ("pyside6", "translations"): "Qt's translations in every language",
    ("", "setuptools"): "setuptools",
}


def problems(bundle: Path) -> list[str]:
    found = []
    if not (bundle / "parent-companion.exe").is_file():
        found.append("parent-companion.exe is missing")
    for path in bundle.rglob("*"):
        name = path.name.lower()
        if path.is_file() and name in FORBIDDEN:
            found.append(f"{path.relative_to(bundle)}: {FORBIDDEN[name]}")
        for (parent, folder), what in FORBIDDEN_FOLDERS.items():
            if path.is_dir() and name == folder and parent in ("", path.parent.name.lower()):
                found.append(f"{path.relative_to(bundle)}: {what}")
    return found


def main(bundle: Path) -> int:
    found = problems(bundle)
    for problem in found:
        print(f"check_bundle: must not ship: {problem}", file=sys.stderr)
    files = [p for p in bundle.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    print(f"windows bundle: {size / 1e6:.1f} MB, {len(files)} files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
