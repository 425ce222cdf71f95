"""The administrator's policy for every user of a machine (libraries, schools, shared PCs).

Read from ``policy.toml`` in the site config folder; users cannot change it. A broken
file never stops the app: it runs with safe defaults, and public (shared-computer) mode
is switched on if the file looks as if it asks for it but cannot be read fully.
``parent-companion --check-policy`` lists every problem with its line for IT staff.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, fields
from pathlib import Path

from companion.core.facts import COUNTRIES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

MAX_IDLE_MINUTES = 24 * 60
MAX_CONTACT_LINE = 200
CHOICES = {"quick_exit_action": ("blank", "close"), "language": ("en",)}
_ASKS_FOR_PUBLIC = re.compile(r"(?im)^\s*public_mode\s*=\s*(?!false\b)")
_TOML_LINE = re.compile(r"at line (\d+)")


@dataclass(frozen=True)
class Policy:
    """What the administrator decided. The defaults suit a family's own computer."""

    public_mode: bool = False
    default_country: str | None = None  # None: the computer's region, or ask the patron
    idle_timeout_minutes: int = 0  # 0: never; public mode uses DEFAULT_PUBLIC_IDLE if unset
    allow_external_links: bool = True
    contact_line: str = ""
    suppress_first_run: bool = False  # True: never ask the welcome questions (frozen PCs)
    quick_exit_action: str = "blank"  # "close": quit instead, for shells that restart the app
    language: str | None = None  # reserved: only "en" exists until translations ship

    @property
    def idle_timeout_ms(self) -> int:
        minutes = self.idle_timeout_minutes
        if minutes == 0 and self.public_mode:
            minutes = DEFAULT_PUBLIC_IDLE_MINUTES
        return minutes * 60 * 1000


DEFAULT_PUBLIC_IDLE_MINUTES = 10
KEYS = {f.name for f in fields(Policy)}


@dataclass(frozen=True)
class PolicyProblem:
    line: int  # 0 when the problem is not tied to a line
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True)
class PolicyResult:
    policy: Policy
    problems: tuple[PolicyProblem, ...]
    path: Path | None


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return 0


def _check_value(key: str, value: object) -> str | None:
    """Why ``value`` is wrong for ``key``, or None when it is fine."""
    if key in ("public_mode", "allow_external_links", "suppress_first_run"):
        return None if isinstance(value, bool) else "must be true or false"
    if key == "default_country":
        if value not in COUNTRIES:
            return f"must be one of {', '.join(repr(c) for c in COUNTRIES)}"
        return None
    if key == "idle_timeout_minutes":
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be a whole number of minutes (0 for never)"
        if not 0 <= value <= MAX_IDLE_MINUTES:
            return f"must be from 0 to {MAX_IDLE_MINUTES}"
        return None
    if key == "contact_line":
        if not isinstance(value, str):
            return 'must be text in quotes, for example "Ask at the front desk"'
        if len(value) > MAX_CONTACT_LINE:
            return f"must be at most {MAX_CONTACT_LINE} characters"
        return None
    if key in CHOICES:
        return (
            None
            if value in CHOICES[key]
            else f"must be one of {', '.join(map(repr, CHOICES[key]))}"
        )
    return "is not a setting Parent Companion knows"  # pragma: no cover - filtered earlier


def parse_policy(text: str) -> tuple[Policy, tuple[PolicyProblem, ...]]:
    """Parse a policy file. Problems never raise: the result falls back to safe values."""
    problems: list[PolicyProblem] = []
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        # Without a line number the error is "at end of document": the last line.
        line = int(found.group(1)) if found else max(len(text.splitlines()), 1)
        problems.append(PolicyProblem(line, f"not valid TOML: {error}"))
        data = None
    values: dict[str, object] = {}
    if data is not None:
        for key, value in data.items():
            if key not in KEYS:
                problems.append(
                    PolicyProblem(
                        _line_of(text, key),
                        f"unknown setting {key!r} (known: {', '.join(sorted(KEYS))})",
                    )
                )
                continue
            why = _check_value(key, value)
            if why:
                problems.append(PolicyProblem(_line_of(text, key), f"{key} {why}"))
            else:
                values[key] = value
    policy = Policy(**values)  # type: ignore[arg-type]
    if problems and _ASKS_FOR_PUBLIC.search(text):
        # The file seems to want a shared-computer setup: fail safe, keep nothing.
        policy = Policy(**{**values, "public_mode": True})  # type: ignore[arg-type]
    return policy, tuple(problems)


def load_policy(path: Path | None) -> PolicyResult:
    if path is None or not path.exists():
        return PolicyResult(Policy(), (), path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        # Unreadable: we cannot know what it asks, so a shared-computer setup is safest.
        problem = PolicyProblem(0, f"could not be read: {error}")
        return PolicyResult(Policy(public_mode=True), (problem,), path)
    policy, problems = parse_policy(text)
    return PolicyResult(policy, problems, path)


def describe(policy: Policy, sources: dict[str, str] | None = None) -> list[str]:
    """One line per setting; with ``sources``, where each came from (default: "default")."""
    lines = []
    for f in fields(Policy):
        line = f"{f.name} = {getattr(policy, f.name)!r}"
        lines.append(line if sources is None else f"{line}  ({sources.get(f.name, 'default')})")
    return lines
