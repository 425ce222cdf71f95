"""Checks that every number and web address in the text is backed by a recorded fact,
and filters country-specific passages.

A guidance app must never show a helpline number or an age limit that nobody checked.
Content files list ``[[facts]]`` (the text that holds the number, and its source); a
number in the prose that no fact mentions is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from companion.core.fields import Fact, Source

COUNTRIES: tuple[str, ...] = ("uk", "ie", "us", "ca", "au", "nz")

_BLOCK_OPEN = re.compile(r"^:::\s*country\s+(?P<ids>[a-z ]+?)\s*$")
_BLOCK_CLOSE = ":::"
_LIST_MARKER = re.compile(r"(?m)^\s*\d+[.)]\s")
_PAGE_LINK = re.compile(r"\(page:[a-z0-9-]+(?:#[A-Za-z0-9-]+)?\)")
_URL = re.compile(r"https://[^\s)>\]\"']+")
_DIGITS = re.compile(r"\d+")


class CountryBlockError(ValueError):
    pass


def has_country_blocks(body: str) -> bool:
    return any(_BLOCK_OPEN.match(line.strip()) for line in body.splitlines())


def filter_countries(
    body: str, country: str | None, labels: Mapping[str, str] | None = None
) -> str:
    """Keep text outside country blocks, and the blocks for ``country`` (all when None).

    With ``labels`` (country id -> name) and no country, each block starts with a line
    saying whose it is, so a reader who has not chosen yet can tell them apart."""
    kept: list[str] = []
    inside: set[str] | None = None
    for number, line in enumerate(body.splitlines(), 1):
        opening = _BLOCK_OPEN.match(line.strip())
        if opening:
            if inside is not None:
                raise CountryBlockError(f"line {number}: a country block inside another")
            ids = opening["ids"].split()
            inside = set(ids)
            unknown = inside - set(COUNTRIES)
            if unknown:
                raise CountryBlockError(f"line {number}: unknown country {sorted(unknown)[0]!r}")
            if country is None and labels:
                names = ", ".join(labels[c] for c in COUNTRIES if c in inside)
                kept += ["", f"**{names}:**", ""]
            continue
        if line.strip() == _BLOCK_CLOSE:
            if inside is None:
                raise CountryBlockError(f"line {number}: ':::' closes no country block")
            inside = None
            continue
        if inside is None or country is None or country in inside:
            kept.append(line)
    if inside is not None:
        raise CountryBlockError("a country block is not closed with ':::'")
    return "\n".join(kept)


@lru_cache(maxsize=64)
def _backed_numbers(facts: tuple[Fact, ...]) -> frozenset[str]:
    # One file's facts are checked against each of its passages: read them once.
    return frozenset(run for fact in facts for run in _DIGITS.findall(fact.text))


def unbacked_numbers(text: str, facts: Iterable[Fact]) -> list[str]:
    """Digit runs in ``text`` that appear in no fact's text (list markers and page links aside)."""
    backed = _backed_numbers(tuple(facts))
    cleaned = _PAGE_LINK.sub("", _LIST_MARKER.sub("", text))
    cleaned = _URL.sub("", cleaned)  # addresses are checked whole, below
    return sorted({run for run in _DIGITS.findall(cleaned) if run not in backed})


def unbacked_urls(text: str, facts: Iterable[Fact], sources: Iterable[Source]) -> list[str]:
    """Web addresses in ``text`` that are neither a listed source nor inside a fact."""
    known = {source.url.rstrip("/") for source in sources}
    fact_text = " ".join(fact.text for fact in facts)
    return sorted(
        {
            url
            for url in _URL.findall(text)
            if url.rstrip("/") not in known and url.rstrip("/") not in fact_text
        }
    )


def urls_in(text: str) -> list[str]:
    return _URL.findall(text)
