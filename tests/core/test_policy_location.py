"""Where the policy is found and whether it is trusted, as on real shared computers:
Ubuntu and Mint sessions (XDG_CONFIG_DIRS starting with a desktop's own folder), a file
saved by Windows PowerShell (byte-order mark), and files a patron could have changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.core.policy import (
    MAX_POLICY_BYTES,
    find_policy,
    load_policy,
    parse_policy,
)
from companion.paths import FIXED_POLICY_DIR, policy_candidates

ME = (os.getuid(),) if hasattr(os, "getuid") else (0,)
needs_root = pytest.mark.skipif(
    not hasattr(os, "getuid") or os.getuid() != 0, reason="changing a file's owner needs root"
)
PATRON_UID = 4242


def write_policy(folder: Path, text: str | bytes, mode: int = 0o644) -> Path:
    (folder / "parent-companion").mkdir(parents=True, exist_ok=True, mode=0o755)
    folder.chmod(0o755)
    (folder / "parent-companion").chmod(0o755)
    path = folder / "parent-companion" / "policy.toml"
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    path.chmod(mode)
    return path


@pytest.mark.parametrize("first", ["xdg-ubuntu", "xdg-cinnamon", "xdg-mate"])
def test_a_desktop_folder_first_in_xdg_config_dirs_does_not_hide_the_policy(
    tmp_path: Path, first: str
) -> None:
    etc = tmp_path / "etc-xdg"
    path = write_policy(etc, "public_mode = true\n")
    environ = {"XDG_CONFIG_DIRS": f"{etc / first}:{etc}"}
    candidates = policy_candidates(environ)
    assert candidates[-1] == Path(FIXED_POLICY_DIR) / "parent-companion" / "policy.toml"
    result = find_policy(candidates, ME)
    assert result.policy.public_mode and result.path == path and result.problems == ()
    assert result.seen == (f"{path}: in force",)


def test_etc_xdg_is_always_searched() -> None:
    fixed = Path(FIXED_POLICY_DIR) / "parent-companion" / "policy.toml"
    for environ in ({}, {"XDG_CONFIG_DIRS": ""}, {"XDG_CONFIG_DIRS": "/etc/xdg/xdg-ubuntu"}):
        assert fixed in policy_candidates(environ)
    assert policy_candidates({"XDG_CONFIG_DIRS": "relative:/etc/xdg"}) == [fixed]


def test_a_byte_order_mark_is_read_as_windows_powershell_writes_it(tmp_path: Path) -> None:
    path = write_policy(tmp_path, b'\xef\xbb\xbfpublic_mode = true\ncontact_line = "Desk"\n')
    result = load_policy(path)
    assert result.problems == () and result.policy.public_mode
    assert result.policy.contact_line == "Desk"


@pytest.mark.parametrize(
    "text",
    [
        "'public_mode' = true\nidle = [\n",
        '"public_mode" = true\ncolour = 1\n',
        "\ufeff'public_mode' = true\nx = = 1\n",
        "Public_Mode = true\n",
        "public_mode=true\ncolour = 1\n",
        "  public_mode = yes\n",
        "a = " + "[" * 3000 + "]" * 3000 + "\npublic_mode = true\n",
    ],
)
def test_any_other_way_of_asking_for_public_mode_fails_safe(text: str) -> None:
    policy, problems = parse_policy(text)
    assert problems and policy.public_mode


@pytest.mark.parametrize(
    "text",
    [
        "public_mode = false\ncolour = 1\n",
        "public_mode = false\nidle_timeout_minutes = [\n",
        "public_mode =    false   # a family computer\nx = = 1\n",
        "# public_mode = true is for libraries\nshout = 1\n",
    ],
)
def test_public_mode_false_next_to_a_typo_stays_off(text: str) -> None:
    policy, problems = parse_policy(text)
    assert problems and not policy.public_mode


def test_deep_nesting_never_raises(tmp_path: Path) -> None:
    policy, problems = parse_policy("a = " + "[" * 5000 + "]" * 5000 + "\n")
    assert problems and "nested" in problems[0].message and not policy.public_mode
    path = write_policy(tmp_path, "public_mode = " + "[" * 5000 + "]" * 5000 + "\n")
    result = run_check(str(path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "public_mode = True" in result.stdout


def test_a_huge_file_is_refused_quickly_and_fails_safe(tmp_path: Path) -> None:
    path = write_policy(tmp_path, "# comment\n" * (MAX_POLICY_BYTES // 5))
    result = load_policy(path)
    assert result.policy.public_mode and "larger than" in str(result.problems[0])


def test_every_problem_is_reported_not_only_the_first() -> None:
    text = "idle_timeout_minutes = = 3\npublic_mode = 'yes'\ncolour = 1\ncontact_line = 5\n"
    policy, problems = parse_policy(text)
    assert [p.line for p in problems] == [1, 2, 3, 4], problems
    assert policy.public_mode


def test_a_file_others_can_change_is_ignored_but_may_still_switch_public_mode_on(
    tmp_path: Path,
) -> None:
    asks_off = write_policy(tmp_path / "a", "public_mode = false\n", mode=0o666)
    result = find_policy([asks_off], ME)
    assert not result.policy.public_mode and result.path is None
    assert "ignored" in str(result.problems[0]) and "0666" in str(result.problems[0])
    asks_on = write_policy(tmp_path / "b", "public_mode = true\n", mode=0o664)
    result = find_policy([asks_on], ME)
    assert result.policy.public_mode and result.problems


def test_a_folder_others_can_change_makes_the_file_untrusted(tmp_path: Path) -> None:
    path = write_policy(tmp_path / "etc", "public_mode = false\n")
    path.parent.chmod(0o777)
    result = find_policy([path], ME)
    assert result.path is None and "can be changed by other users" in str(result.problems[0])


@needs_root
def test_a_patrons_own_xdg_config_dirs_cannot_switch_public_mode_off(tmp_path: Path) -> None:
    admin = write_policy(tmp_path / "etc-xdg", "public_mode = true\n")
    patron = write_policy(tmp_path / "patron", "public_mode = false\n", mode=0o600)
    for place in (patron, patron.parent, patron.parent.parent):
        os.chown(place, PATRON_UID, PATRON_UID)
    environ = {"XDG_CONFIG_DIRS": str(tmp_path / "patron")}
    candidates = [*policy_candidates(environ)[:-1], admin]  # admin: stands for /etc/xdg
    result = find_policy(candidates)
    assert result.policy.public_mode and result.path == admin
    assert f"belongs to user {PATRON_UID}" in str(result.problems[0])


def test_two_trusted_files_the_first_is_in_force_and_public_mode_wins(tmp_path: Path) -> None:
    first = write_policy(tmp_path / "one", 'public_mode = false\ncontact_line = "One"\n')
    second = write_policy(tmp_path / "two", "public_mode = true\n")
    result = find_policy([first, second], ME)
    assert result.path == first and result.policy.contact_line == "One"
    assert result.policy.public_mode
    assert result.seen[1] == f"{second}: not used (an earlier file is in force)"


def run_check(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", "--check-policy", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )


@needs_root
def test_check_policy_says_which_file_is_in_force_and_which_were_seen(tmp_path: Path) -> None:
    etc = tmp_path / "etc-xdg"
    in_force = write_policy(etc, "\ufeffpublic_mode = true\n")
    bad = write_policy(etc / "xdg-ubuntu", "public_mode = false\n", mode=0o666)
    env = {**os.environ, "XDG_CONFIG_DIRS": f"{etc / 'xdg-ubuntu'}:{etc}"}
    result = run_check(env=env)
    assert result.returncode == 1
    assert f"{in_force}: in force" in result.stdout
    assert f"{bad}: ignored" in result.stdout and "mode 0666" in result.stdout
    assert "public_mode = True" in result.stdout
