"""Search across everything the guide holds, with SQLite FTS5 in memory.

The index is built from the bundled content the first time someone searches (never at
start-up) and lives only in memory, so it works the same in public mode and leaves
nothing on disk. Parents type the words they have ("someone is threatening my son", "shud
i pay them"), so a query is matched on any of its words (with stemming, everyday synonyms
and close matches for misspellings) and ranked by BM25, with titles weighted above body
text. Three more rules put help first:

- the most frightened questions (who to call, will my child be in trouble, should I pay,
  getting an image taken down) open with their answer (``search_terms.ANSWERS``);
- the family's country decides which version of a page is searched, and its helplines
  are the only ones shown unless none of them matches (or the query names a country);
- with no country chosen, every country's helplines rank alike.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from companion.core.content import Content
from companion.core.search_documents import (
    ALL_COUNTRIES,
    EVERYWHERE,
    Document,
    documents,
    sections,
    slug,
)
from companion.core.search_query import (
    asked,
    asks,
    fts_query,
    known_words,
    named_country,
    query_terms,
    query_words,
    terms,
)
from companion.core.search_stemmed import LocalAnswer, Stemming, answers_of, stemming_of
from companion.core.search_terms import Answer
from companion.core.spelling import Vocabulary

__all__ = [
    "MARK_END", "MARK_START", "Document", "Result", "SearchIndex", "asks", "fts_query",
    "named_country", "query_terms", "query_words", "sections", "slug",
]  # fmt: skip

MARK_START = "\x02"  # around matched words in snippets; the UI turns them into bold
MARK_END = "\x03"
TITLE_WEIGHT = 6.0
MAX_RESULTS = 20
MAX_ANSWERS = 2  # answers shown first; the best match by ranking is still in the top three


@dataclass(frozen=True)
class Result:
    page: str
    anchor: str
    kind: str
    title: str
    snippet: str  # plain text with MARK_START/MARK_END around matched words
    score: float  # BM25 (lower is better); 0.0 for an answer the words did not match
    country: str = ""  # a helpline's country ("" for guidance, and Get help for all)


def _shown(doc: Document, country: str | None) -> bool:
    """Whether a family in ``country`` (None: not chosen) may be shown this document."""
    if doc.kind != "help":
        return _readable(doc.countries, country)
    if country is None:  # every country's services, and the one Get help page for all
        return not doc.anchor.endswith(":")
    return doc.countries != ALL_COUNTRIES


def _readable(countries: str, country: str | None) -> bool:
    """Whether a family in ``country`` (None: not chosen, so every passage) reads a text."""
    return countries == EVERYWHERE or country is None or f" {country} " in countries


class SearchIndex:
    """An in-memory FTS5 index of the content. Build with :meth:`build`."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        docs: list[Document],
        stemming: Stemming | None = None,
    ) -> None:
        self._db = connection
        self._stemming = stemming  # None: English, stemmed by FTS5's own porter tokenizer
        self._local_answers: tuple[LocalAnswer, ...] = ()
        self._docs = docs  # document n has rowid n + 1
        self._rows: dict[tuple[str, str], list[int]] = {}
        self._pages: dict[str, list[int]] = {}
        for rowid, doc in enumerate(docs, 1):
            self._rows.setdefault((doc.page, doc.anchor), []).append(rowid)
            self._pages.setdefault(doc.page, []).append(rowid)
        self._service_kinds: dict[str, str] = {}  # "uk:childline" -> "support"
        self._service_words: dict[str, set[str]] = {}  # "netsafe" -> {"nz"}
        self._queries: dict[str | None, str] = {}
        self._text: str | None = None
        self.vocabulary = Vocabulary(self._has_prefix, self._terms, self._all_text, known_words())

    @classmethod
    def build(cls, content: Content) -> SearchIndex:
        docs = list(documents(content))
        stemming = stemming_of(content)
        tokenizer = (
            "unicode61 remove_diacritics 2" if stemming else "porter unicode61 remove_diacritics 2"
        )
        prepare = stemming.index_text if stemming else str
        db = sqlite3.connect(":memory:", check_same_thread=False)
        db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5("
            "title, body, page UNINDEXED, anchor UNINDEXED, kind UNINDEXED, "
            f"countries UNINDEXED, tokenize = '{tokenizer}')"
        )
        db.executemany(
            "INSERT INTO docs (rowid, title, body, page, anchor, kind, countries) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (n, prepare(d.title), prepare(d.body), d.page, d.anchor, d.kind, d.countries)
                for n, d in enumerate(docs, 1)
            ],
        )
        db.commit()
        index = cls(db, docs, stemming)
        if stemming is not None:
            index._local_answers = answers_of(content, stemming)
        everyday = known_words()
        for country in (content.countries or {}).values():
            for service in country.services:
                index._service_kinds[f"{country.id}:{service.id}"] = service.kind
                for word in set(query_words(service.name)) - everyday:
                    index._service_words.setdefault(word, set()).add(country.id)
        return index

    def _has_prefix(self, word: str) -> bool:
        query = "SELECT 1 FROM docs WHERE docs MATCH ? LIMIT 1"
        return self._db.execute(query, (fts_query([word]),)).fetchone() is not None

    def _terms(self) -> list[str]:
        """The index's own terms, as stored (stemmed: "arrest", "suicid")."""
        self._db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS terms USING fts5vocab(docs, 'row')")
        return [term for (term,) in self._db.execute("SELECT term FROM terms")]

    def _all_text(self) -> str:
        if self._text is None:
            self._text = "\n".join(f"{doc.title}\n{doc.body}" for doc in self._docs)
        return self._text

    @property
    def size(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM docs").fetchone()[0])

    def search(
        self, text: str, country: str | None = None, limit: int = MAX_RESULTS
    ) -> list[Result]:
        """The best matches for ``text`` for a family in ``country`` (None: not chosen)."""
        if self._stemming is not None:
            return self._search_stemmed(self._stemming, text, country, limit)
        words = query_words(text)
        words += [match for word in words for match in self.vocabulary.close_matches(word)]
        country = named_country(words) or country
        wanted = terms(words)
        questions = asked(words)
        if not wanted and not questions:
            return []
        named = self._named_services(words, country)
        rows = self._matches(fts_query(wanted), country, named, limit) if wanted else []
        found = {rowid: (snippet, score) for rowid, snippet, score in rows}
        ranked = self._order(self._answers(questions, country), list(found), country, named)
        return [self._result(rowid, found.get(rowid)) for rowid in ranked[:limit]]

    def _search_stemmed(
        self, stemming: Stemming, text: str, country: str | None, limit: int
    ) -> list[Result]:
        """In another language: the words stemmed, ranked by BM25, the family's country's
        helplines first (the English synonyms and answers do not apply)."""
        wanted = list(dict.fromkeys(stemming.stems(text)))
        if not wanted:
            return []
        rows = self._matches(stemming.fts_query(wanted), country, set(), limit)
        asked = [a for a in self._local_answers if a.asked_by(set(wanted))]
        answers: list[int] = []
        for target in (target for answer in asked for target in answer.targets):
            rowid = self._target(target, country)
            if rowid is not None and rowid not in answers:
                answers.append(rowid)
        ranked = self._order(answers[:MAX_ANSWERS], [r for r, _, _ in rows], country, set())
        scores = {rowid: score for rowid, _, score in rows}
        results = []
        for rowid in ranked[:limit]:
            body = self._docs[rowid - 1].body
            snippet = stemming.snippet(body, wanted, MARK_START, MARK_END)
            results.append(self._result(rowid, (snippet, scores.get(rowid, 0.0))))
        return results

    def _order(
        self, answers: list[int], found: list[int], country: str | None, named: set[str]
    ) -> list[int]:
        """Answers first, then matches by rank, but the family's helpline that the words
        match best is an answer too; the family's helplines come before any other's."""
        best_part: dict[tuple[str, str], int] = {}  # a section's best matching part stands
        for rowid in found:  # for all of it (its own text, or a country's passage)
            best_part.setdefault(self._key(rowid), rowid)
        pinned = [best_part.get(self._key(rowid), rowid) for rowid in answers]
        ranked: list[int] = []
        for rowid in pinned + found:
            if best_part.get(self._key(rowid), rowid) == rowid and rowid not in ranked:
                ranked.append(rowid)
        best = found[0] if found else None
        mine = {country, *named} if country else None  # None: every country's
        if best is not None and best not in pinned and self._local(best, mine):
            ranked.insert(0, ranked.pop(ranked.index(best)))
        if country:  # helplines keep their places, the family's taking the first of them
            places = [n for n, rowid in enumerate(ranked) if self._local(rowid, None)]
            helplines = sorted((ranked[n] for n in places), key=lambda r: not self._local(r, mine))
            for place, rowid in zip(places, helplines, strict=True):
                ranked[place] = rowid
        return ranked

    def _matches(
        self, query: str, country: str | None, named: set[str], limit: int
    ) -> list[tuple[int, str, float]]:
        """(rowid, snippet, score) of the best matches, in the versions the family reads;
        when any of the family's helplines matches, other countries' only where the words
        name them."""
        rows: list[tuple[int, str, float]] = self._db.execute(
            self._query(country), (query, limit)
        ).fetchall()
        if country and any(self._local(row[0], {country}) for row in rows):
            rows = [row for row in rows if self._local(row[0], {country, *named}) is not False]
        return rows

    def _query(self, country: str | None) -> str:
        """The ranking query for a family in ``country``. What the family does not read is
        left out by rowid: cheaper than reading a column of every match."""
        if country not in self._queries:
            hidden = ",".join(
                str(rowid) for rowid, doc in enumerate(self._docs, 1) if not _shown(doc, country)
            )
            self._queries[country] = f"""
                SELECT rowid, snippet(docs, 1, '{MARK_START}', '{MARK_END}', ' … ', 14),
                       bm25(docs, {TITLE_WEIGHT}, 1.0) AS score
                FROM docs WHERE docs MATCH ? AND rowid NOT IN ({hidden})
                ORDER BY score LIMIT ?"""
        return self._queries[country]

    def _named_services(self, words: list[str], country: str | None) -> set[str]:
        """Countries of helplines the words name ("netsafe"; "childline" unless the family's
        country has one): a word of their name that the guide only writes as a name."""
        named: set[str] = set()
        for word in set(words) & self._service_words.keys():
            if country not in self._service_words[word] and self.vocabulary.is_name(word):
                named |= self._service_words[word]
        return named

    def _key(self, rowid: int) -> tuple[str, str]:
        doc = self._docs[rowid - 1]
        return doc.page, doc.anchor

    def _local(self, rowid: int, countries: set[str] | None) -> bool | None:
        """For a helpline: whether it is one of ``countries``' (None: any). None for guidance."""
        doc = self._docs[rowid - 1]
        if doc.kind != "help":
            return None
        return countries is None or doc.countries.strip() in countries

    def _answers(self, asked: list[Answer], country: str | None) -> list[int]:
        rowids: list[int] = []
        for target in (target for answer in asked for target in answer.targets):
            rowid = self._target(target, country)
            if rowid is not None and rowid not in rowids:
                rowids.append(rowid)
        return rowids[:MAX_ANSWERS]

    def _target(self, target: str, country: str | None) -> int | None:
        page, _, anchors = target.partition("#")
        if page.partition(":")[0] == "help":
            return self._help_target(page.partition(":")[2], country)
        candidates = [
            (self._docs[rowid - 1].anchor, rowid)
            for rowid in self._pages.get(page, ())
            if _readable(self._docs[rowid - 1].countries, country)
        ]
        for wanted in [*anchors.split("|"), ""] if anchors else [""]:
            for anchor, rowid in candidates:
                if (wanted in anchor) if wanted else not anchor:
                    return rowid
        return None

    def _help_target(self, kind: str, country: str | None) -> int | None:
        if country and kind:
            for anchor, service_kind in self._service_kinds.items():
                if service_kind == kind and anchor.startswith(f"{country}:"):
                    return self._rows[("help", anchor)][0]
        rowids = self._rows.get(("help", f"{country}:" if country else ""))
        return rowids[0] if rowids else None

    def _result(self, rowid: int, match: tuple[str, float] | None) -> Result:
        doc = self._docs[rowid - 1]
        if match is None:  # an answer the words did not match: the start of its text
            words = doc.body.split()
            match = (" ".join(words[:24]) + " …" * (len(words) > 24), 0.0)
        country = (
            doc.countries.strip() if doc.kind == "help" and doc.countries != ALL_COUNTRIES else ""
        )
        return Result(doc.page, doc.anchor, doc.kind, doc.title, *match, country)
