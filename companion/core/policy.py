"""The administrator's policy for every user of a machine (libraries, schools, shared PCs).

Read from ``policy.toml`` in the site config folder; users cannot change it. A broken
file never stops the app: it runs with safe defaults, and public (shared-computer) mode
is switched on if the file looks as if it asks for it but cannot be read fully.
``parent-companion --check-policy`` lists every problem with its line for IT staff.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Collection, Iterable
from dataclasses import dataclass, fields, replace
from pathlib import Path

from companion.core.facts import COUNTRIES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

MAX_IDLE_MINUTES = 24 * 60
MAX_CONTACT_LINE = 200
MAX_POLICY_BYTES = 64 * 1024
_MENTIONS_PUBLIC = re.compile(r"(?i)public[\s_-]*mode")
CHOICES = {"quick_exit_action": ("blank", "close")}
# A language code such as "es"; a language the app does not carry falls back to English.
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
_TOML_LINE = re.compile(r"at line (\d+)")
_TOML_COLUMN = re.compile(r"\(at line \d+, column (\d+)\)")


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
    language: str | None = None  # the language a new session starts in (patrons may switch)

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
    path: Path | None  # the file in force, if any
    seen: tuple[str, ...] = ()  # every policy file found, and what was done with it


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
    if key == "language":
        if isinstance(value, str) and LANGUAGE_CODE.match(value):
            return None
        return 'must be a language code in quotes, for example "es"'
    if key in CHOICES:
        return (
            None
            if value in CHOICES[key]
            else f"must be one of {', '.join(map(repr, CHOICES[key]))}"
        )
    return "is not a setting Parent Companion knows"  # pragma: no cover - filtered earlier


def _without_comment(line: str) -> str:
    return "" if line.lstrip().startswith("#") else line


def _asks_for_public(text: str) -> bool:
    """Does any line seem to ask for public mode? Only ``public_mode = false`` does not.

    Each line that mentions public mode (in any case, quoted, after odd spaces) is read on
    its own, so a typo elsewhere in the file cannot hide it, and one that cannot be read
    counts as asking."""
    for line in text.splitlines():
        if not _MENTIONS_PUBLIC.search(_without_comment(line)):
            continue
        data, _, _ = _load_toml(line)
        if data is None:
            return True
        for key, value in data.items():
            if _MENTIONS_PUBLIC.fullmatch(key.strip()) and value is not False:
                return True
            if key != "public_mode" and _MENTIONS_PUBLIC.fullmatch(key.strip()):
                return True  # PUBLIC_MODE = false is not the setting either
    return False


def _load_toml(text: str) -> tuple[dict[str, object] | None, str, int]:
    """The parsed document, or None with the error and its line."""
    try:
        return tomllib.loads(text), "", 0
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        # Without a line number the error is "at end of document": the last line.
        return None, str(error), int(found.group(1)) if found else max(len(text.splitlines()), 1)
    except (RecursionError, MemoryError, ValueError) as error:  # e.g. arrays nested 1,000 deep
        return None, f"too deeply nested or too large ({type(error).__name__})", 0


def _line_problems(text: str, skip: int) -> list[PolicyProblem]:
    """After a syntax error: every other line that is wrong on its own, so that one
    run of --check-policy lists every problem, not only the first."""
    problems = []
    for number, line in enumerate(text.splitlines(), 1):
        if number == skip or not _without_comment(line).strip():
            continue
        data, error, _ = _load_toml(line)
        if data is None:
            where = _TOML_COLUMN.sub(r"(column \1)", error)  # the line alone is "line 1"
            problems.append(PolicyProblem(number, f"not valid TOML: {where}"))
        else:
            problems += [replace(p, line=number) for p in _value_problems(data, line)[0]]
    return problems


def _value_problems(
    data: dict[str, object], text: str
) -> tuple[list[PolicyProblem], dict[str, object]]:
    problems, values = [], {}
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
    return problems, values


def parse_policy(text: str) -> tuple[Policy, tuple[PolicyProblem, ...]]:
    """Parse a policy file. Problems never raise: the result falls back to safe values."""
    # What Windows PowerShell's "UTF8" writes first; TOML does not allow it.
    text = text.removeprefix("\ufeff")
    problems: list[PolicyProblem] = []
    values: dict[str, object] = {}
    data, error, line = _load_toml(text)
    if data is None:
        problems.append(PolicyProblem(line, f"not valid TOML: {error}"))
        if line:  # not for a file too deeply nested to read at all
            problems += _line_problems(text, line)
    else:
        problems, values = _value_problems(data, text)
    policy = Policy(**values)  # type: ignore[arg-type]
    if problems and _asks_for_public(text):
        # The file seems to want a shared-computer setup: fail safe, keep nothing.
        policy = Policy(**{**values, "public_mode": True})  # type: ignore[arg-type]
    return policy, tuple(problems)


def trust_problem(path: Path, trusted_owners: Collection[int] = (0,)) -> str | None:
    """Why a policy file cannot be trusted, or None. Only an administrator may be able to
    write it: the file and the two folders above it must belong to root (or another of
    ``trusted_owners``) and be writable by nobody else. Not checked on Windows, where
    ProgramData's permissions already keep users out."""
    if os.name != "posix":
        return None
    for place in (path, path.parent, path.parent.parent):
        try:
            info = place.stat()
        except OSError as error:
            return f"{place} could not be checked ({error.strerror})"
        if info.st_uid not in trusted_owners:
            return f"{place} belongs to user {info.st_uid}, not to an administrator (root)"
        if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            mode = stat.S_IMODE(info.st_mode)
            return f"{place} can be changed by other users (mode {mode:04o})"
    return None


def read_policy_text(path: Path) -> str:
    """The file's text, refusing files too large to be a policy."""
    with path.open("rb") as handle:
        data = handle.read(MAX_POLICY_BYTES + 1)
    if len(data) > MAX_POLICY_BYTES:
        raise ValueError(f"is larger than {MAX_POLICY_BYTES // 1024} KiB")
    return data.decode("utf-8")


def load_policy(path: Path | None) -> PolicyResult:
    if path is None or not path.exists():
        return PolicyResult(Policy(), (), path)
    try:
        text = read_policy_text(path)
    except (OSError, ValueError) as error:  # UnicodeDecodeError is a ValueError
        # Unreadable: we cannot know what it asks, so a shared-computer setup is safest.
        problem = PolicyProblem(0, f"could not be read: {error}")
        return PolicyResult(Policy(public_mode=True), (problem,), path)
    policy, problems = parse_policy(text)
    return PolicyResult(policy, problems, path)


def find_policy(candidates: Iterable[Path], trusted_owners: Collection[int] = (0,)) -> PolicyResult:
    """Look for the policy in every candidate place; the first trusted file is in force.

    A file that anyone but an administrator could have written is ignored, with a
    problem that says why; it can still switch public mode on (never off), because that
    only ever keeps less. Another trusted file that asks for public mode also gets it."""
    in_force: PolicyResult | None = None
    problems: list[PolicyProblem] = []
    seen: list[str] = []
    public = False
    for path in dict.fromkeys(candidates):
        if not path.exists():
            continue
        result = load_policy(path)
        why = trust_problem(path, trusted_owners)
        if why:
            problems.append(PolicyProblem(0, f"{path} is ignored: {why}"))
            seen.append(f"{path}: ignored, see below")
        elif in_force is None:
            in_force = result
            seen.append(f"{path}: in force")
            continue
        else:
            seen.append(f"{path}: not used (an earlier file is in force)")
        public = public or result.policy.public_mode
    if in_force is None:
        in_force = PolicyResult(Policy(), (), None)
    policy = in_force.policy
    if public and not policy.public_mode:
        policy = replace(policy, public_mode=True)
        problems.append(
            PolicyProblem(0, "public mode is on all the same: a file not in force asks for it")
        )
    return PolicyResult(policy, (*in_force.problems, *problems), in_force.path, tuple(seen))


def describe(policy: Policy, sources: dict[str, str] | None = None) -> list[str]:
    """One line per setting; with ``sources``, where each came from (default: "default")."""
    lines = []
    for f in fields(Policy):
        line = f"{f.name} = {getattr(policy, f.name)!r}"
        lines.append(line if sources is None else f"{line}  ({sources.get(f.name, 'default')})")
    return lines
