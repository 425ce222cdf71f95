"""The one place that finds bundled files (content, icons, translations).

``resources/`` sits at the top of a source checkout, inside the package
(``companion/resources``) in an installed wheel, and under ``sys._MEIPASS`` in a
frozen bundle. Callers name files relative to it; absolute names and ``..`` are refused
so content can never point outside the bundle.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path, PurePosixPath

_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourceNameError(ValueError):
    """A resource name that is absolute or climbs out of the resources folder."""


def _candidates() -> list[Path]:
    found = [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.insert(0, Path(frozen_root) / "resources")
    return found


@cache
def resources_root() -> Path:
    for candidate in _candidates():
        if (candidate / "checklist").is_dir():
            return candidate
    tried = ", ".join(str(path) for path in _candidates())
    raise FileNotFoundError(f"Parent Companion's bundled content is missing (looked in {tried})")


def resource_path(name: str) -> Path:
    """Return the path of a bundled file, given a name such as ``pages/about.md``."""
    relative = PurePosixPath(name)
    if not name or relative.is_absolute() or ".." in relative.parts or "\\" in name:
        raise ResourceNameError(f"not a valid resource name: {name!r}")
    return resources_root().joinpath(*relative.parts)
