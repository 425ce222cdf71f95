"""Tolerance for misspelt words ("arested", "blackmale", "polise"), with the stdlib's difflib.

The words to compare with are the guide's own words (and the words search knows by
heart), collected the first time a query holds a word the guide does not use, so typing
correctly costs nothing. A close match is searched for next to the word as typed, never
instead of it.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Callable, Iterable

CUTOFF = 0.8  # difflib's ratio: "arested"/"arrested" 0.93, "polise"/"police" 0.83
MIN_LENGTH = 4  # shorter words have too many near neighbours to guess from
_WORD = re.compile(r"[^\W\d_][\w']*[^\W\d_]")
# A word written in lower case in running text; not a part of a web address (netsafe.org.nz).
_LOWER_CASE_WORD = re.compile(r"(?<![\w.])[a-z][a-z']*[a-z](?![\w'])(?!\.\w)")


class Vocabulary:
    """Known words, read when first needed from ``texts`` (a callable, so nothing is read
    until a query needs it), and ``extra`` words that count as known without appearing."""

    def __init__(self, texts: Callable[[], Iterable[str]], extra: Iterable[str] = ()) -> None:
        self._texts = texts
        self._extra = frozenset(extra)
        self._sorted: list[str] | None = None
        self._by_initial: dict[str, list[str]] = {}
        self._lower_case: frozenset[str] = frozenset()  # words seen written in lower case

    def _words(self) -> list[str]:
        if self._sorted is None:
            words = set(self._extra)
            lower_case: set[str] = set()
            for text in self._texts():
                lower_case.update(_LOWER_CASE_WORD.findall(text))
                words.update(_WORD.findall(text.lower()))
            self._sorted = sorted(words)
            for word in self._sorted:
                self._by_initial.setdefault(word[0], []).append(word)
            self._lower_case = frozenset(lower_case)
        return self._sorted

    def is_name(self, word: str) -> bool:
        """A word the texts always capitalise ("Netsafe", "CEOP"), never "police"."""
        self._words()
        return word not in self._lower_case

    def knows(self, word: str) -> bool:
        """The word, or a longer word that starts with it (search matches prefixes)."""
        if word in self._extra:
            return True
        words = self._words()
        at = bisect.bisect_left(words, word)
        return at < len(words) and words[at].startswith(word)

    def close_matches(self, word: str) -> list[str]:
        """Up to two known words that ``word`` is probably a misspelling of. Only words with
        the same first letter are compared: a slip rarely starts a word ("fone" is in
        SHORTHAND), and it makes the comparison about twenty times cheaper."""
        if len(word) < MIN_LENGTH or not word.isalpha() or self.knows(word):
            return []
        candidates = self._by_initial.get(word[0], [])
        return difflib.get_close_matches(word, candidates, n=2, cutoff=CUTOFF)
