"""Search: the query table, snippets, safety of odd input, and that nothing touches disk."""

from __future__ import annotations

import pytest

from companion.app import load_bundled_content
from companion.core.search import MARK_END, MARK_START, SearchIndex, fts_query, query_terms

from ..content.search_queries import QUERIES


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(load_bundled_content())


def test_the_query_table_has_at_least_thirty_queries() -> None:
    assert len(QUERIES) >= 30


@pytest.mark.parametrize(("query", "pages"), QUERIES, ids=[q for q, _ in QUERIES])
def test_parent_queries_find_the_right_page_in_the_top_three(
    index: SearchIndex, query: str, pages: set[str]
) -> None:
    top = [result.page for result in index.search(query)[:3]]
    assert set(top) & pages, f"{query!r} gave {top}"


def test_snippets_mark_the_matched_words(index: SearchIndex) -> None:
    (first, *_) = index.search("sextortion")
    assert MARK_START in first.snippet and MARK_END in first.snippet


def test_everything_is_indexed(index: SearchIndex) -> None:
    content = load_bundled_content()
    assert index.size >= len(content.items) + len(content.platforms or {}) + len(content.pages)


@pytest.mark.parametrize("odd", ['"', "NEAR(", "*", "a AND", "-", "' OR 1=1 --", "   ", ""])
def test_odd_input_never_raises(index: SearchIndex, odd: str) -> None:
    assert isinstance(index.search(odd), list)


def test_stop_words_and_synonyms() -> None:
    assert query_terms("Someone is threatening my son") == [
        "threatening", "threat", "sextortion", "son", "boy", "child",
    ]  # fmt: skip
    assert fts_query(['say "hi"']) == '"say hi"*'


def test_the_index_lives_in_memory(index: SearchIndex) -> None:
    databases = index._db.execute("PRAGMA database_list").fetchall()
    assert [row[2] for row in databases] == [""]  # no file behind the main database
