"""Numbers inside right-to-left text. The Unicode bidi algorithm lays out "0800 1111" in an
Arabic sentence as "1111 0800" (each digit run is placed right to left), so a phone number
could be dialled wrong. Each number with spaces or dashes, and each service code such as
"1-800-CALL-FBI", is wrapped in a left-to-right isolate (LRI ... PDI): it then reads as
one left-to-right unit wherever it sits."""

from __future__ import annotations

import re

LRI = "\u2066"
PDI = "\u2069"
# A number of two or more groups (digits, or capitals in a code), or a plus and digits.
_NUMBER = re.compile(
    r"(?<![\w\u2066])(\+?[0-9][0-9A-Z]*(?:[ \-.][0-9A-Z]+)*[0-9A-Z]*)(?![\w\u2069])"
)
# Link targets and autolinks in Markdown, and HTML tags: never changed.
_UNTOUCHABLE = re.compile(r"\]\([^)]*\)|<[^>]*>|https://\S+|&[#\w]+;")


def _isolate(match: re.Match[str]) -> str:
    number = match.group(1)
    return f"{LRI}{number}{PDI}" if any(c.isdigit() for c in number) else number


def isolate_numbers(text: str) -> str:
    """``text`` with every number isolated left to right (links and tags untouched)."""
    pieces, last = [], 0
    for keep in _UNTOUCHABLE.finditer(text):
        pieces.append(_NUMBER.sub(_isolate, text[last : keep.start()]))
        pieces.append(keep.group(0))
        last = keep.end()
    pieces.append(_NUMBER.sub(_isolate, text[last:]))
    return "".join(pieces)
