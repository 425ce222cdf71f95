"""Build the wheel, install it into a fresh virtual environment and run it from elsewhere.

No network: the wheel is built without build isolation, and the fresh environment borrows
the already-installed dependencies (PySide6, platformdirs) through a .pth line. Such a line
adds the folder to sys.path without running the editable-install hook inside it, so the
source checkout stays out of reach and the app must work from the wheel alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from companion.core.navigation import SIDEBAR

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("install")
    wheels = work / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(wheels),
            str(REPO),
        ],
        check=True,
    )
    (wheel,) = wheels.glob("parent_companion-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "companion/resources/checklist/talk.toml" in names
    assert "companion/resources/icons/parent-companion.svg" in names
    assert not [name for name in names if name.startswith("tests/")]

    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = Path(
        subprocess.run(
            [
                str(venv / "bin" / "python"),
                "-c",
                "import sysconfig; print(sysconfig.get_path('purelib'))",
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(venv / "bin" / "python"),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
    )
    return venv


def run_installed(venv: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    return subprocess.run(
        [str(venv / "bin" / "parent-companion"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_installed_app_uses_its_own_copy(installed: Path, tmp_path: Path) -> None:
    probe = (
        "import companion, companion.resources as r; "
        "print(companion.__file__); print(r.resources_root())"
    )
    result = subprocess.run(
        [str(installed / "bin" / "python"), "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    module_file, root = result.stdout.split()
    assert module_file.startswith(str(installed)) and root.startswith(str(installed))


def test_installed_version_and_bad_option(installed: Path, tmp_path: Path) -> None:
    assert "Parent Companion" in run_installed(installed, "--version", cwd=tmp_path).stdout
    bad = run_installed(installed, "--no-such-option", cwd=tmp_path)
    assert bad.returncode == 2 and "unrecognized arguments" in bad.stderr


@pytest.mark.parametrize("page", SIDEBAR)
def test_installed_app_draws_every_page(installed: Path, tmp_path: Path, page: str) -> None:
    out = tmp_path / f"{page}.png"
    result = run_installed(
        installed,
        "--data-dir",
        str(tmp_path / "data"),
        "--screenshot",
        str(out),
        "--page",
        page,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() == 1280
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 8, "the screenshot is blank"
