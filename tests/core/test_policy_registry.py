"""The policy from the Windows registry (Group Policy): types, checks, precedence, sources.

The registry is replaced by a reader that returns values as winreg gives them; `make
windows` runs the same reading for real under Wine after `reg add`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.policy import Policy, describe
from companion.core.policy_registry import (
    REG_DWORD,
    REG_SZ,
    RegistryValues,
    load_machine_policy,
    read_registry,
)


def registry(values: RegistryValues):  # type: ignore[no-untyped-def]
    return lambda: values


def policy_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_setting_can_come_from_the_registry(tmp_path: Path) -> None:
    values = {
        "public_mode": (1, REG_DWORD),
        "default_country": ("nz", REG_SZ),
        "idle_timeout_minutes": (5, REG_DWORD),
        "allow_external_links": (0, REG_DWORD),
        "contact_line": ("Ask at the desk", REG_SZ),
        "suppress_first_run": (1, REG_DWORD),
        "quick_exit_action": ("close", REG_SZ),
        "language": ("en", REG_SZ),
    }
    result, sources = load_machine_policy(None, registry(values))
    assert result.problems == ()
    assert result.policy == Policy(True, "nz", 5, False, "Ask at the desk", True, "close", "en")
    assert set(sources.values()) == {"registry"} and len(sources) == len(values)


def test_the_registry_wins_over_the_file_and_each_source_is_named(tmp_path: Path) -> None:
    path = policy_file(tmp_path, 'default_country = "uk"\ncontact_line = "File"\n')
    result, sources = load_machine_policy(path, registry({"default_country": ("ie", REG_SZ)}))
    assert result.policy.default_country == "ie" and result.policy.contact_line == "File"
    assert sources == {"default_country": "registry", "contact_line": "file"}
    lines = describe(result.policy, sources)
    assert "default_country = 'ie'  (registry)" in lines
    assert "contact_line = 'File'  (file)" in lines
    assert "public_mode = False  (default)" in lines


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("public_mode", ("1", REG_SZ), "must be a REG_DWORD, 0 (off) or 1 (on)"),
        ("allow_external_links", (2, REG_DWORD), "must be a REG_DWORD, 0 (off) or 1 (on)"),
        ("idle_timeout_minutes", ("10", REG_SZ), "must be a REG_DWORD (a whole number"),
        ("idle_timeout_minutes", (99999, REG_DWORD), "must be from 0 to 1440"),
        ("default_country", (1, REG_DWORD), "must be a REG_SZ (text)"),
        ("default_country", ("fr", REG_SZ), "must be one of"),
        ("quick_exit_action", ("explode", REG_SZ), "must be one of 'blank', 'close'"),
        ("language", ("Deutsch", REG_SZ), "must be a language code"),
        ("colour", ("blue", REG_SZ), "unknown value 'colour'"),
    ],
)
def test_bad_values_are_named_with_the_key(
    name: str, value: tuple[object, int], words: str
) -> None:
    result, _ = load_machine_policy(None, registry({name: value}))
    (problem,) = result.problems
    assert problem.message.startswith("HKLM\\Software\\Policies\\ParentCompanion: ")
    assert words in problem.message


def test_a_bad_registry_that_asks_for_public_mode_turns_it_on() -> None:
    values = {"public_mode": (1, REG_DWORD), "idle_timeout_minutes": ("ten", REG_SZ)}
    result, _ = load_machine_policy(None, registry(values))
    assert result.problems and result.policy.public_mode
    result, _ = load_machine_policy(None, registry({"public_mode": ("yes", REG_SZ)}))
    assert result.problems and result.policy.public_mode


def test_a_bad_registry_that_does_not_ask_keeps_it_off_and_keeps_good_values() -> None:
    values = {"colour": ("blue", REG_SZ), "allow_external_links": (0, REG_DWORD)}
    result, _ = load_machine_policy(None, registry(values))
    assert result.problems and not result.policy.public_mode
    assert result.policy.allow_external_links is False


def test_a_registry_that_cannot_be_read_fails_safe(tmp_path: Path) -> None:
    def denied() -> RegistryValues:
        raise PermissionError("Access is denied")

    result, _ = load_machine_policy(policy_file(tmp_path, "public_mode = false\n"), denied)
    assert result.policy.public_mode and "could not be read" in result.problems[0].message


def test_file_problems_are_kept_next_to_the_registry(tmp_path: Path) -> None:
    path = policy_file(tmp_path, "shout = 1\n")
    result, _ = load_machine_policy(path, registry({"language": ("Spanish", REG_SZ)}))
    assert len(result.problems) == 2 and result.problems[0].line == 1


def test_off_windows_there_is_no_registry() -> None:
    assert read_registry() == {}
