"""Tolerance for misspelt words ("arested", "blackmale", "sucide"), with the stdlib's difflib.

A word counts as known when the index has a word starting with it (SQLite answers that)
or search knows it by heart. Only an unknown word is compared, by difflib, with the
index's own terms (its stems, "arrest", "suicid") and the words search knows by heart
("police"); the terms are read the first time that happens, so typing correctly costs a
lookup per word and nothing more. A close match is searched for next to the word as
typed, never instead of it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable

CUTOFF = 0.8  # difflib's ratio: "arested"/"arrest" 0.92, "blackmaild"/"blackmail" 0.95
MIN_LENGTH = 4  # shorter words have too many near neighbours to guess from
_REMEMBERED = 2000  # answers kept per word, so each keystroke does not ask again


class Vocabulary:
    """``has_prefix(word)``: whether the texts have a word starting with ``word``;
    ``terms()``: the words to suggest from; ``text()``: all the texts, as written;
    ``extra``: words that count as known without appearing. Nothing is read until asked."""

    def __init__(
        self,
        has_prefix: Callable[[str], bool],
        terms: Callable[[], Iterable[str]],
        text: Callable[[], str],
        extra: Iterable[str] = (),
    ) -> None:
        self._has_prefix = has_prefix
        self._terms = terms
        self._text = text
        self._extra = frozenset(extra)
        self._by_initial: dict[str, list[str]] | None = None
        self._known: dict[str, bool] = {}
        self._names: dict[str, bool] = {}

    def knows(self, word: str) -> bool:
        if word in self._extra:
            return True
        if word not in self._known:
            if len(self._known) >= _REMEMBERED:
                self._known.clear()
            self._known[word] = self._has_prefix(word)
        return self._known[word]

    def close_matches(self, word: str) -> list[str]:
        """Up to two known words that ``word`` is probably a misspelling of. Only words with
        the same first letter are compared: a slip rarely starts a word ("fone" is in
        SHORTHAND), and it makes the comparison about twenty times cheaper."""
        if len(word) < MIN_LENGTH or not word.isalpha() or self.knows(word):
            return []
        if self._by_initial is None:
            self._by_initial = {}
            for term in sorted({*self._terms(), *self._extra}):
                if len(term) >= MIN_LENGTH - 1 and term.isalpha():
                    self._by_initial.setdefault(term[0], []).append(term)
        candidates = self._by_initial.get(word[0], [])
        return difflib.get_close_matches(word, candidates, n=2, cutoff=CUTOFF)

    def is_name(self, word: str) -> bool:
        """A word the texts only ever write capitalised ("Netsafe", "CEOP"), not "police".
        (A web address, "report.netsafe.org.nz", does not count as lower case.)"""
        if word not in self._names:
            lower_case = re.compile(rf"(?<![\w.]){re.escape(word)}(?![\w'])(?!\.\w)")
            self._names[word] = lower_case.search(self._text()) is None
        return self._names[word]
