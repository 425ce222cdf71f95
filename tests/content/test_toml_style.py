"""Prose in the TOML content is written as '''literal''' strings: quicker to read at start-up."""

from __future__ import annotations

import re

from companion.resources import resources_root

# A one-line "basic" string value of 40 characters or more: `key = "...long text..."`.
LONG_BASIC_STRING = re.compile(r'^\s*[A-Za-z0-9_.-]+\s*=\s*"[^"\n]{40,}"\s*(#.*)?$', re.MULTILINE)


def test_long_prose_values_are_literal_strings() -> None:
    # tomllib reads '''...''' with one search for the closing quotes, but walks "..."
    # one character at a time; the checklist alone is read on every start.
    offenders = [
        f"{path.relative_to(resources_root())}:{text[: match.start()].count(chr(10)) + 1}"
        for path in sorted(resources_root().rglob("*.toml"))
        for text in [path.read_text(encoding="utf-8")]
        for match in LONG_BASIC_STRING.finditer(text)
    ]
    assert offenders == [], "write these values as '''...''' (see docs/content-format.md)"


def test_the_rule_catches_a_long_basic_string() -> None:
    sample = 'id = "talk"\nwhy = "' + "a long sentence " * 4 + "\"\nhow = '''fine'''\n"
    assert [m.group(0).split("=")[0].strip() for m in LONG_BASIC_STRING.finditer(sample)] == ["why"]
