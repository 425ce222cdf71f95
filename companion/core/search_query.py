"""What a query asks: its words (chat spellings written out), the terms to match, the
country it names, and whether it asks one of the frightened questions of ``ANSWERS``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from companion.core.search_terms import (
    ANSWERS,
    COUNTRY_PHRASES,
    COUNTRY_WORDS,
    SHORTHAND,
    STOPWORDS,
    SYNONYMS,
    Answer,
)

_WORD = re.compile(r"[\w']+", re.UNICODE)


def query_words(text: str) -> list[str]:
    """Lower-case words, with chat spellings ("shud", "u") written out."""
    words = (SHORTHAND.get(w, w) for w in (raw.strip("'") for raw in _WORD.findall(text.lower())))
    return [word for word in words if word]


def terms(words: Iterable[str]) -> list[str]:
    """The words to look for: without stop words, plus everyday synonyms."""
    found: list[str] = []
    for word in words:
        if word in STOPWORDS:
            continue
        for term in (word, *SYNONYMS.get(word, ())):
            if term not in found:
                found.append(term)
    return found


def query_terms(text: str) -> list[str]:
    return terms(query_words(text))


def fts_query(terms: list[str]) -> str:
    # Each term quoted (so no FTS syntax can be injected) and matched as a prefix.
    return " OR ".join(f'"{term.replace(chr(34), "")}"*' for term in terms)


def named_country(words: list[str]) -> str | None:
    """The one country the words name ("helpline in australia"), if they name one."""
    found: set[str] = set()
    index = 0
    while index < len(words):
        pair = (words[index], words[index + 1]) if index + 1 < len(words) else ("", "")
        if pair in COUNTRY_PHRASES:
            found.add(COUNTRY_PHRASES[pair])
            index += 2
            continue
        if words[index] in COUNTRY_WORDS:
            found.add(COUNTRY_WORDS[words[index]])
        index += 1
    return found.pop() if len(found) == 1 else None


def _hits(words: frozenset[str]) -> frozenset[str]:
    """The patterns of ANSWERS that the words contain, looked for once per query."""
    hits = _EXACT & words
    starting = [word for word in words if word.startswith(_STEMS)]  # usually none
    if starting:
        hits |= {p for p in _PREFIXES if any(word.startswith(p[:-1]) for word in starting)}
    return hits


def asks(answer: Answer, words: frozenset[str], hits: frozenset[str] | None = None) -> bool:
    """Whether the words ask the question ``answer`` answers."""
    hits = _hits(words) if hits is None else hits
    if not hits.isdisjoint(answer.unless):
        return False
    return any(hits.issuperset(group) for group in answer.when)


def asked(words: list[str]) -> list[Answer]:
    """The frightened questions the words ask, most urgent first."""
    found = frozenset(words)
    hits = _hits(found)
    return [answer for answer in ANSWERS if hits and asks(answer, found, hits)]


_PATTERNS = {p for a in ANSWERS for p in (*a.unless, *(p for g in a.when for p in g))}
_EXACT = frozenset(p for p in _PATTERNS if not p.endswith("*"))
_PREFIXES = tuple(sorted(p for p in _PATTERNS if p.endswith("*")))
_STEMS = tuple(p[:-1] for p in _PREFIXES)


@cache
def known_words() -> frozenset[str]:
    """Words search understands without the guide using them (not to be "corrected")."""
    known = set(STOPWORDS) | set(SYNONYMS) | set(COUNTRY_WORDS) | set(SHORTHAND.values())
    known.update(term for terms in SYNONYMS.values() for term in terms)
    for answer in ANSWERS:
        known.update(p.rstrip("*") for group in answer.when for p in group)
    return frozenset(known)
