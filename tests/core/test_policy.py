"""The administrator's policy: parsing, validation with line numbers, and safe fallbacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from companion.core.policy import Policy, load_policy, parse_policy
from companion.paths import policy_path

GOOD = """\
# Library PCs
public_mode = true
default_country = "ie"
idle_timeout_minutes = 15
allow_external_links = false
contact_line = "Ask at the front desk"
"""


def test_a_good_file() -> None:
    policy, problems = parse_policy(GOOD)
    assert problems == ()
    assert policy == Policy(True, "ie", 15, False, "Ask at the front desk")
    assert policy.idle_timeout_ms == 15 * 60 * 1000


def test_an_empty_file_means_the_defaults() -> None:
    policy, problems = parse_policy("")
    assert (policy, problems) == (Policy(), ())
    assert policy.idle_timeout_ms == 0


def test_public_mode_gets_an_idle_timeout_even_if_none_is_set() -> None:
    policy, _ = parse_policy("public_mode = true\n")
    assert policy.idle_timeout_ms > 0


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('public_mode = "yes"\n', 1, "true or false"),
        ("\n\nidle_timeout_minutes = -5\n", 3, "from 0 to"),
        ('default_country = "fr"\n', 1, "must be one of"),
        ("colour = 3\n", 1, "unknown setting 'colour'"),
        ("contact_line = 12\n", 1, "text in quotes"),
        ("public_mode = true\nidle = [\n", 2, "not valid TOML"),
    ],
)
def test_problems_name_their_line(text: str, line: int, words: str) -> None:
    _, problems = parse_policy(text)
    assert len(problems) == 1
    assert problems[0].line == line and words in problems[0].message


def test_broken_file_that_asks_for_public_mode_turns_it_on() -> None:
    policy, problems = parse_policy("public_mode = true\nidle_timeout_minutes = 'ten'\n")
    assert problems and policy.public_mode
    policy, problems = parse_policy("public_mode = tru e\n")  # not even valid TOML
    assert problems and policy.public_mode


def test_broken_file_that_does_not_mention_it_keeps_it_off() -> None:
    policy, problems = parse_policy("colour = 'blue'\nallow_external_links = false\n")
    assert problems and not policy.public_mode
    assert policy.allow_external_links is False  # the good settings still count


def test_unreadable_file_fails_safe(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_bytes(b"\xff\xfe\x00not utf-8")
    result = load_policy(path)
    assert result.policy.public_mode and result.problems


def test_policy_lives_in_the_site_config_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    assert policy_path() == tmp_path / "etc-xdg" / "parent-companion" / "policy.toml"


def run_check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", "--check-policy", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_check_policy_command(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(GOOD, encoding="utf-8")
    result = run_check(str(good))
    assert result.returncode == 0 and "OK" in result.stdout and "'ie'" in result.stdout
    bad = tmp_path / "bad.toml"
    bad.write_text(
        "public_mode = true\nidle_timeout_minutes = 'ten'\nshout = 1\n", encoding="utf-8"
    )
    result = run_check(str(bad))
    assert result.returncode == 1
    assert "line 2: idle_timeout_minutes" in result.stdout
    assert "line 3: unknown setting 'shout'" in result.stdout
    assert run_check(str(tmp_path / "missing.toml")).returncode == 1


def test_settings_for_frozen_and_kiosk_machines() -> None:
    text = 'suppress_first_run = true\nquick_exit_action = "close"\nlanguage = "en"\n'
    policy, problems = parse_policy(text)
    assert problems == ()
    assert (policy.suppress_first_run, policy.quick_exit_action, policy.language) == (
        True,
        "close",
        "en",
    )
    assert Policy().quick_exit_action == "blank" and not Policy().suppress_first_run
    _, problems = parse_policy('quick_exit_action = "logout"\nsuppress_first_run = 1\n')
    assert [p.line for p in problems] == [1, 2]
