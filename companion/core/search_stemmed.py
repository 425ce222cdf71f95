"""Search words in languages other than English: SQLite's FTS5 only stems English, so the
text of the index and the words of a query are stemmed here, with the Snowball stemmer
of the language (resources/i18n/<code>/language.toml names it), after folding case,
accents and Arabic short vowels, so "niños", "nino" and "Niño" find each other, as do
"الابتزاز" and "بالابتزاز". Snippets are cut from the unstemmed text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import snowballstemmer

from companion.core.translations import ENGLISH, I18N_FOLDER, fold, language_named

if TYPE_CHECKING:
    from companion.core.content import Content

_TOKEN = re.compile(r"\w+", re.UNICODE)
SNIPPET_WORDS = 14
MIN_PREFIX = 4  # shorter stems match whole words only ("de" must not find "denuncia")


class Stemming:
    def __init__(self, algorithm: str) -> None:
        self.algorithm = algorithm
        self._stemmer = snowballstemmer.stemmer(algorithm)

    @cache  # noqa: B019 - one Stemming per language, kept for the app's life
    def stem(self, word: str) -> str:
        stemmed: str = self._stemmer.stemWord(fold(word))
        return fold(stemmed) or fold(word)

    def stems(self, text: str) -> list[str]:
        return [self.stem(word) for word in _TOKEN.findall(text)]

    def index_text(self, text: str) -> str:
        return " ".join(self.stems(text))

    def fts_query(self, stems: list[str]) -> str:
        quoted = (f'"{s}"*' if len(s) >= MIN_PREFIX else f'"{s}"' for s in stems)
        return " OR ".join(quoted)

    def snippet(self, text: str, stems: list[str], start: str, end: str) -> str:
        """A few words of ``text`` around its first match, the matching words marked."""
        words = text.split()
        wanted = set(stems)

        def hit(word: str) -> bool:
            found = self.stems(word)
            return any(
                s in wanted or any(s.startswith(w) for w in wanted if len(w) >= MIN_PREFIX)
                for s in found
            )

        first = next((n for n, word in enumerate(words) if hit(word)), 0)
        begin = max(first - SNIPPET_WORDS // 3, 0)
        shown = words[begin : begin + SNIPPET_WORDS]
        marked = [f"{start}{w}{end}" if hit(w) else w for w in shown]
        return (
            ("… " if begin else "")
            + " ".join(marked)
            + (" …" if begin + SNIPPET_WORDS < len(words) else "")
        )


@cache
def stemming_for(algorithm: str) -> Stemming | None:
    if not algorithm or algorithm not in snowballstemmer.algorithms():
        return None
    return Stemming(algorithm)


def stemming_of(content: Content) -> Stemming | None:
    """The stemmer of the content's language; None for English (FTS5 stems it)."""
    if content.language == ENGLISH or content.root is None:
        return None
    language = language_named(content.root, content.language)
    return stemming_for(language.stemmer) if language else None


@dataclass(frozen=True)
class LocalAnswer:
    """A frightened question in another language and where it must land (as
    search_terms.Answer): ``when`` holds groups of stems, all of a group in the query."""

    name: str
    when: tuple[tuple[str, ...], ...]
    targets: tuple[str, ...]
    unless: tuple[str, ...] = ()

    def asked_by(self, stems: set[str]) -> bool:
        if any(_has(stems, word) for word in self.unless):
            return False
        return any(all(_has(stems, word) for word in group) for group in self.when)


def _has(stems: set[str], pattern: str) -> bool:
    """A pattern ending in * is a prefix of a stem; otherwise the stems must be equal."""
    if pattern.endswith("*"):
        return any(stem.startswith(pattern[:-1]) for stem in stems)
    return pattern in stems


def load_answers(path: Path, stemming: Stemming) -> tuple[LocalAnswer, ...]:
    """``resources/i18n/<code>/search.toml``: each answer's words, stemmed as queries are."""
    from companion.core.fields import ContentError, read_toml

    def stem(word: str) -> str:
        return f"{fold(word[:-1])}*" if word.endswith("*") else stemming.stem(word)

    answers = []
    for index, entry in enumerate(
        read_toml(path, path.read_text(encoding="utf-8")).get("answers", [])
    ):
        unknown = set(entry) - {"name", "when", "targets", "unless"}
        if unknown or not entry.get("when") or not entry.get("targets"):
            raise ContentError(path, f"answers[{index}]", "needs name, when and targets only")
        answers.append(
            LocalAnswer(
                str(entry.get("name", "")),
                tuple(tuple(stem(w) for w in group) for group in entry["when"]),
                tuple(entry["targets"]),
                tuple(stem(w) for w in entry.get("unless", ())),
            )
        )
    return tuple(answers)


def answers_of(content: Content, stemming: Stemming) -> tuple[LocalAnswer, ...]:
    if content.root is None:
        return ()
    path = content.root / I18N_FOLDER / content.language / "search.toml"
    return load_answers(path, stemming) if path.exists() else ()
