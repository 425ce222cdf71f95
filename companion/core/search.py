"""Search across everything the guide holds, with SQLite FTS5 in memory.

The index is built from the bundled content the first time someone searches (never at
start-up) and lives only in memory, so it works the same in public mode and leaves
nothing on disk. Parents type the words they have ("someone is threatening my son"), so a
query is matched on any of its words (with stemming and a few everyday synonyms) and ranked
by BM25, with titles weighted above body text.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from companion.core.content import Content
from companion.core.facts import filter_countries
from companion.core.navigation import PLATFORM_PAGE_PREFIX

MARK_START = "\x02"  # around matched words in snippets; the UI turns them into bold
MARK_END = "\x03"
TITLE_WEIGHT = 6.0
MAX_RESULTS = 20
_WORD = re.compile(r"[\w']+", re.UNICODE)
_HEADING = re.compile(r"(?m)^##\s+(.+?)\s*$")
_MARKDOWN = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`>#]|^:::.*$", re.MULTILINE)

_STOPWORDS_TEXT = (
    "a an and are as at be been but by can could do does did for from had has have he her "
    "him his how i if in into is it its me my of on or our she so some someone something "
    "that the their them then there they this to too us was we what when where which who "
    "why will with would you your am im i'm "
)
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

# Everyday words parents use, and the words the guide uses for the same thing.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "blackmail": ("sextortion", "threat"),
    "blackmailed": ("sextortion", "threat"),
    "blackmailing": ("sextortion", "threat"),
    "threatening": ("threat", "sextortion"),
    "threatened": ("threat", "sextortion"),
    "extortion": ("sextortion",),
    "nudes": ("nude",),
    "nudie": ("nude",),
    "naked": ("nude",),
    "pics": ("photo", "image"),
    "pictures": ("photo", "image"),
    "picture": ("photo", "image"),
    "selfie": ("photo", "image"),
    "son": ("boy", "child"),
    "daughter": ("girl", "child"),
    "kid": ("child",),
    "kids": ("child",),
    "teenager": ("teen",),
    "stranger": ("stranger", "contact"),
    "groomer": ("groom",),
    "predator": ("groom", "offender"),
    "paedophile": ("offender", "groom"),
    "pedophile": ("offender", "groom"),
    "police": ("police", "report"),
    "delete": ("delete", "remove"),
    "removed": ("remove", "take"),
    "takedown": ("remove", "take"),
    "dm": ("message",),
    "dms": ("message",),
    "chat": ("chat", "message"),
    "money": ("pay", "money"),
    "paying": ("pay",),
    "phone": ("phone", "device"),
    "location": ("location",),
    "helpline": ("helpline", "help"),
    "insta": ("instagram",),
    "snap": ("snapchat",),
    "xbox": ("xbox",),
    "ps5": ("playstation",),
    "switch": ("nintendo",),
    "ipad": ("iphone",),
    "twitter": ("x",),
}


@dataclass(frozen=True)
class Document:
    page: str  # a page name the main window can show
    anchor: str  # a section, item or service within it ("" for the top)
    kind: str  # "guide", "checklist", "starters", "platform", "help"
    title: str
    body: str


@dataclass(frozen=True)
class Result:
    page: str
    anchor: str
    kind: str
    title: str
    snippet: str  # plain text with MARK_START/MARK_END around matched words
    score: float


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _plain(markdown: str) -> str:
    return " ".join(_MARKDOWN.sub(lambda m: m.group(1) or "", markdown).split())


def sections(markdown: str) -> Iterator[tuple[str, str, str]]:
    """(anchor, heading, text) for the part before the first ``##`` and each section."""
    parts = _HEADING.split(markdown)
    yield "", "", parts[0]
    for index in range(1, len(parts), 2):
        heading = parts[index]
        yield slug(heading), heading, parts[index + 1]


def documents(content: Content) -> Iterator[Document]:
    for page in content.pages.values():
        if page.id in ("welcome",):
            continue
        for anchor, heading, text in sections(filter_countries(page.body, None)):
            title = f"{page.title}: {heading}" if heading else page.title
            yield Document(page.id, anchor, "guide", title, _plain(f"{heading} {text}"))
    for step in content.steps:
        target = step.page_id or "checklist"
        for item in step.items:
            yield Document(target, item.id, "checklist", item.title, f"{item.why} {item.how}")
    if content.starters:
        talk = next((s.page_id for s in content.steps if s.id == "talk"), "checklist")
        for band, starters in content.starters.for_bands(None).items():
            text = " ".join(s.text for s in starters)
            yield Document(
                talk, "starters", "starters", f"Conversation starters: {band.label}", text
            )
    for platform in (content.platforms or {}).values():
        name = f"{PLATFORM_PAGE_PREFIX}{platform.id}"
        parts = [platform.summary, *(f"{r.title} {r.text}" for r in platform.risks)]
        parts += [f"{f.name} {f.what} {f.shows} {f.does_not_show}" for f in platform.features]
        yield Document(name, "", "platform", platform.name, " ".join(parts))
        for walk in platform.walkthroughs:
            text = " ".join((*walk.steps, walk.setting))
            yield Document(name, walk.id, "platform", f"{platform.name}: {walk.title}", text)
    for country in (content.countries or {}).values():
        for service in country.services:
            text = " ".join(
                (service.for_whom, service.can, service.cannot, service.phone, service.textline)
            )
            title = f"{service.name} ({country.name})"
            yield Document("help", f"{country.id}:{service.id}", "help", title, text)


def query_terms(text: str) -> list[str]:
    """The words to look for: without stop words, plus everyday synonyms."""
    words = [w.lower().strip("'") for w in _WORD.findall(text)]
    terms: list[str] = []
    for word in words:
        if not word or word in STOPWORDS:
            continue
        for term in (word, *SYNONYMS.get(word, ())):
            if term not in terms:
                terms.append(term)
    return terms


def fts_query(terms: list[str]) -> str:
    # Each term quoted (so no FTS syntax can be injected) and matched as a prefix.
    return " OR ".join(f'"{term.replace(chr(34), "")}"*' for term in terms)


class SearchIndex:
    """An in-memory FTS5 index of the content. Build with :meth:`build`."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    @classmethod
    def build(cls, content: Content) -> SearchIndex:
        db = sqlite3.connect(":memory:", check_same_thread=False)
        db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5("
            "title, body, page UNINDEXED, anchor UNINDEXED, kind UNINDEXED, "
            "tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        db.executemany(
            "INSERT INTO docs (title, body, page, anchor, kind) VALUES (?, ?, ?, ?, ?)",
            [(d.title, d.body, d.page, d.anchor, d.kind) for d in documents(content)],
        )
        db.commit()
        return cls(db)

    @property
    def size(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM docs").fetchone()[0])

    def search(self, text: str, limit: int = MAX_RESULTS) -> list[Result]:
        terms = query_terms(text)
        if not terms:
            return []
        rows = self._db.execute(
            f"""
            SELECT page, anchor, kind, title,
                   snippet(docs, 1, '{MARK_START}', '{MARK_END}', ' … ', 14),
                   bm25(docs, {TITLE_WEIGHT}, 1.0) AS score
            FROM docs WHERE docs MATCH ? ORDER BY score LIMIT ?
            """,
            (fts_query(terms), limit),
        ).fetchall()
        return [Result(*row) for row in rows]
