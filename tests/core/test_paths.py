from __future__ import annotations

import stat
from pathlib import Path

import pytest

from companion.paths import DATA_DIR_ENV, DataDirError, platform_data_dir, resolve_data_location


def test_option_beats_environment(tmp_path: Path) -> None:
    location = resolve_data_location(str(tmp_path / "opt"), {DATA_DIR_ENV: str(tmp_path / "env")})
    assert location.directory == tmp_path / "opt" and location.origin == "option"


def test_environment_beats_platform(tmp_path: Path) -> None:
    location = resolve_data_location(None, {DATA_DIR_ENV: str(tmp_path / "env")})
    assert location.directory == tmp_path / "env" and location.origin == "environment"


def test_platform_default_is_under_the_isolated_home(isolated_home: Path) -> None:
    location = resolve_data_location(None, {})
    assert location.origin == "platform"
    assert location.directory == platform_data_dir()
    assert "parent-companion" in location.directory.parts


def test_ensure_creates_owner_only_folder(tmp_path: Path) -> None:
    folder = resolve_data_location(str(tmp_path / "a" / "b"), {}).ensure()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_ensure_tightens_an_existing_open_folder(tmp_path: Path) -> None:
    folder = tmp_path / "open"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    (folder / "progress.sqlite3").touch()  # the app's own folder (issue 14: only those)
    resolve_data_location(str(folder), {}).ensure()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("x")
    with pytest.raises(DataDirError, match="not a folder"):
        resolve_data_location(str(tmp_path / "taken"), {}).ensure()
