"""The gates a translation passes, per language: every file translated, in the English
file's shape, with the same numbers, web addresses, page links, sections and country
passages, the glossary's terms used and the language's banned wording absent.

Run ``python -m companion.core.translation_checks es`` for a list of problems."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from companion.core.fields import ContentError, read_toml
from companion.core.guide_files import split_front_matter
from companion.core.search_documents import sections
from companion.core.translations import I18N_FOLDER, ContentReader, fold, texts

# The English files every shipped language translates (relative to resources/).
TRANSLATED_GLOBS = (
    "pages/*.md",
    "checklist/*.toml",
    "help/*.toml",
    "platforms/*.toml",
    "scenes/*.toml",
    "starters.toml",
    "agreement.toml",
    "changelog.toml",
)
GLOSSARY_FILE = "glossary.toml"

_NUMBER = re.compile(r"[0-9]+")
_URL = re.compile(r"https://[^\s)\]>'\"]+")
_PAGE_LINK = re.compile(r"\]\(\s*<?((?:page|tel|mailto):[^)\s>]+)")
_BLOCK = re.compile(r"(?m)^:::.*$")
_OTHER_DIGITS = re.compile(r"[\u0660-\u0669\u06f0-\u06f9]")


@dataclass(frozen=True)
class Problem:
    path: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.where}: {self.message}"


@dataclass(frozen=True)
class Term:
    english: tuple[str, ...]  # the English forms that call for the term
    use: str  # the agreed translation
    match: tuple[str, ...]  # what counts as using it (stems, other agreed forms)


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...]
    banned: tuple[str, ...]


def load_glossary(path: Path) -> Glossary:
    data = read_toml(path, path.read_text(encoding="utf-8"))
    terms = []
    for key in data:
        if key not in ("terms", "banned"):
            raise ContentError(path, key, "is not a glossary field (terms, banned)")
    for index, entry in enumerate(data.get("terms", [])):
        unknown = set(entry) - {"english", "use", "match"}
        if unknown:
            raise ContentError(path, f"terms[{index}]", f"unknown fields {sorted(unknown)}")
        english = entry.get("english")
        forms = (english,) if isinstance(english, str) else tuple(english or ())
        use = entry.get("use")
        if not forms or not isinstance(use, str) or not use.strip():
            raise ContentError(path, f"terms[{index}]", "needs english and use")
        terms.append(Term(forms, use, tuple(entry.get("match", ())) or (use,)))
    return Glossary(tuple(terms), tuple(data.get("banned", ())))


def english_files(root: Path) -> list[Path]:
    return sorted(path for pattern in TRANSLATED_GLOBS for path in root.glob(pattern))


def _pairs(english: dict[str, str], translated: dict[str, str]) -> Iterator[tuple[str, str, str]]:
    for where, text in english.items():
        if where in translated:
            yield where, text, translated[where]


def _compare(where: str, english: str, translated: str, glossary: Glossary) -> Iterator[str]:
    if Counter(_NUMBER.findall(english)) != Counter(_NUMBER.findall(translated)):
        yield (
            f"numbers differ: English {sorted(_NUMBER.findall(english))}, "
            f"translation {sorted(_NUMBER.findall(translated))}"
        )
    if _OTHER_DIGITS.search(translated):
        yield "uses Arabic-Indic digits; write numbers with 0-9 so they match the English"
    for pattern, name in ((_URL, "web addresses"), (_PAGE_LINK, "links")):
        if set(pattern.findall(english)) != set(pattern.findall(translated)):
            yield f"{name} differ from the English"
    if _BLOCK.findall(english) != _BLOCK.findall(translated):
        yield "country passages (::: lines) differ from the English"
    # Words are compared with every run of spaces and line breaks as one space.
    folded_english, folded = " ".join(fold(english).split()), " ".join(fold(translated).split())
    for term in glossary.terms:
        asked = any(re.search(rf"\b{re.escape(fold(e))}", folded_english) for e in term.english)
        if asked and not any(fold(m) in folded for m in term.match):
            yield f"the English says {term.english[0]!r}: use the glossary's {term.use!r}"
    for banned in glossary.banned:
        if fold(banned) in folded:
            yield f"uses banned wording {banned!r}"


def _page_texts(meta: dict[str, object], body: str) -> tuple[dict[str, str], list[str]]:
    found = texts(meta)
    anchors = []
    for anchor, heading, text in sections(body):
        anchors.append(anchor)
        found[f"(body#{anchor})"] = f"{heading}\n{text}"
    return found, anchors


def check_file(root: Path, language: str, path: Path, glossary: Glossary) -> list[Problem]:
    reader = ContentReader(root, language)
    other = reader.translation_of(path)
    assert other is not None
    shown = other.relative_to(root).as_posix()
    if not other.exists():
        return [Problem(shown, "(file)", "is missing: the English is shown")]
    problems = []
    try:
        if path.suffix == ".md":
            meta, body, _ = reader.page(path, split_front_matter)
            english, english_anchors = _page_texts(
                *split_front_matter(path, path.read_text("utf-8"))
            )
            translated, anchors = _page_texts(meta, body)
            if anchors != english_anchors:
                problems.append(
                    Problem(shown, "(body)", f"sections {anchors} differ from {english_anchors}")
                )
        else:
            english = texts(read_toml(path, path.read_text(encoding="utf-8")))
            translated = texts(reader.toml(path).data)
    except ContentError as error:
        return [Problem(shown, error.field, error.problem)]
    for where, english_text, translated_text in _pairs(english, translated):
        problems += [
            Problem(shown, where, m)
            for m in _compare(where, english_text, translated_text, glossary)
        ]
    return problems


def check_language(root: Path, language: str) -> list[Problem]:
    folder = root / I18N_FOLDER / language
    glossary_path = folder / GLOSSARY_FILE
    if not glossary_path.exists():
        return [Problem(glossary_path.relative_to(root).as_posix(), "(file)", "is missing")]
    glossary = load_glossary(glossary_path)
    problems = []
    for path in english_files(root):
        problems += check_file(root, language, path, glossary)
    return problems


def main(argv: list[str]) -> int:
    from companion.resources import resources_root

    root = resources_root()
    problems = [p for code in argv for p in check_language(root, code)]
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
