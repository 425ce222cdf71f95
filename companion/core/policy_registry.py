"""The administrator's policy from the Windows registry (Group Policy), over the file.

Group Policy writes ``HKLM\\Software\\Policies\\ParentCompanion``, one value per setting of
``policy.toml``: REG_DWORD for on/off settings (0 or 1) and for minutes, REG_SZ for text.
Where both the registry and the file set something, the registry wins. Each value is
checked with the same messages as the file, and a registry that seems to ask for public
mode but has a problem switches public mode on, as a broken file does.

Pure Python: ``winreg`` is imported only on Windows, and tests pass their own reader.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import fields, replace
from pathlib import Path

from companion.core.policy import (
    KEYS,
    MAX_POLICY_BYTES,
    Policy,
    PolicyProblem,
    PolicyResult,
    _check_value,
    load_policy,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

REGISTRY_KEY = r"Software\Policies\ParentCompanion"
REGISTRY_PLACE = f"HKLM\\{REGISTRY_KEY}"
REG_SZ = 1  # the winreg type numbers, so this module works without winreg
REG_DWORD = 4
# A value as read: (data, type number).
RegistryValues = Mapping[str, tuple[object, int]]
RegistryReader = Callable[[], RegistryValues]
_DEFAULTS = {f.name: f.default for f in fields(Policy)}


def read_registry() -> dict[str, tuple[object, int]]:
    """Every value under HKLM\\Software\\Policies\\ParentCompanion (the 64-bit view).
    Off Windows there is no registry: nothing."""
    if sys.platform != "win32":
        return {}
    import winreg  # pragma: no cover - Windows only; tested under Wine by make windows

    values: dict[str, tuple[object, int]] = {}  # pragma: no cover
    access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY  # pragma: no cover
    try:  # pragma: no cover
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY, 0, access) as key:
            index = 0
            while True:
                try:
                    name, data, kind = winreg.EnumValue(key, index)
                except OSError:
                    break
                values[name] = (data, kind)
                index += 1
    except FileNotFoundError:  # pragma: no cover
        return {}
    return values  # pragma: no cover


def _convert(name: str, data: object, kind: int) -> tuple[object, str | None]:
    """The registry value as the file's Python value, or why its type is wrong."""
    default = _DEFAULTS[name]
    if isinstance(default, bool):
        if kind != REG_DWORD or data not in (0, 1):
            return None, "must be a REG_DWORD, 0 (off) or 1 (on)"
        return bool(data), None
    if isinstance(default, int):
        if kind != REG_DWORD:
            return None, "must be a REG_DWORD (a whole number of minutes)"
        return data, None
    if kind != REG_SZ:
        return None, "must be a REG_SZ (text)"
    return data, None


def registry_settings(values: RegistryValues) -> tuple[dict[str, object], list[PolicyProblem]]:
    """The good settings in ``values``, and a problem for each bad or unknown one."""
    settings: dict[str, object] = {}
    problems = []
    where = REGISTRY_PLACE
    for name, (data, kind) in values.items():
        if name not in KEYS:
            known = ", ".join(sorted(KEYS))
            problems.append(PolicyProblem(0, f"{where}: unknown value {name!r} (known: {known})"))
            continue
        value, why = _convert(name, data, kind)
        why = why or _check_value(name, value)
        if why:
            problems.append(PolicyProblem(0, f"{where}: {name} {why}"))
        else:
            settings[name] = value
    return settings, problems


def _keys_in_file(path: Path | None) -> set[str]:
    """The settings the file names (only to say where each came from): a file the policy
    reader refused, too big, too deep or unreadable, names none."""
    if path is None:
        return set()
    try:
        if path.stat().st_size > MAX_POLICY_BYTES:
            return set()
        return set(tomllib.loads(path.read_text(encoding="utf-8-sig")))
    except (OSError, ValueError, RecursionError, MemoryError):
        return set()  # UnicodeDecodeError and TOMLDecodeError are ValueErrors


def load_machine_policy(
    path: Path | None, reader: RegistryReader = read_registry
) -> tuple[PolicyResult, dict[str, str]]:
    """The file's policy with the registry's values over it, and where each setting came from
    ("registry" or "file"; settings in neither are at their defaults)."""
    return with_registry(load_policy(path), reader)


def with_registry(
    result: PolicyResult, reader: RegistryReader = read_registry
) -> tuple[PolicyResult, dict[str, str]]:
    """``result`` (the policy file in force) with the registry's values over it."""
    path = result.path
    try:
        values = reader()
    except OSError as error:
        # The key exists but cannot be read: we cannot know what it asks, so keep nothing.
        problem = PolicyProblem(0, f"{REGISTRY_PLACE} could not be read: {error}")
        policy = replace(result.policy, public_mode=True)
        return PolicyResult(policy, (*result.problems, problem), path, result.seen), {}
    settings, problems = registry_settings(values)
    sources = {key: "file" for key in _keys_in_file(path) & KEYS}
    sources.update({key: "registry" for key in settings})
    policy = replace(result.policy, **settings)  # type: ignore[arg-type]
    asks_for_public = "public_mode" in values and values["public_mode"][0] != 0
    if problems and asks_for_public:
        policy = replace(policy, public_mode=True)
    return PolicyResult(policy, (*result.problems, *problems), path, result.seen), sources
