"""Search: the query table in every country, the family's country first, answers to
frightened questions, misspellings, snippets, safety of odd input, and nothing on disk."""

from __future__ import annotations

import pytest

from companion.app import load_bundled_content
from companion.core.search import (
    MARK_END,
    MARK_START,
    Result,
    SearchIndex,
    asks,
    fts_query,
    named_country,
    query_terms,
    query_words,
)
from companion.core.search_documents import page_documents
from companion.core.search_terms import ANSWERS

from ..content.search_queries import ALL_QUERIES, BY_COUNTRY, COUNTRY_CODES, QUERIES

EVERY_CHOICE = (*COUNTRY_CODES, None)  # None: the family has not chosen a country


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(load_bundled_content())


def reaches(result: Result, target: str) -> bool:
    """ "faq" any part of the page; "faq#x" that section; "help#uk:" any UK help entry."""
    page, _, anchor = target.partition("#")
    if result.page != page:
        return False
    return (
        not anchor
        or result.anchor == anchor
        or (anchor[-1] == ":" and result.anchor.startswith(anchor))
    )


def top_three(index: SearchIndex, query: str, country: str | None) -> list[str]:
    return [f"{r.page}#{r.anchor}" for r in index.search(query, country)[:3]]


def test_the_query_table_has_at_least_seventy_parent_questions() -> None:
    assert len(QUERIES) >= 30
    assert len(set(ALL_QUERIES)) >= 70


@pytest.mark.parametrize("country", EVERY_CHOICE)
@pytest.mark.parametrize(("query", "targets"), QUERIES, ids=[q for q, _ in QUERIES])
def test_parent_queries_find_the_right_page_in_the_top_three(
    index: SearchIndex, query: str, targets: set[str], country: str | None
) -> None:
    top = index.search(query, country)[:3]
    assert any(reaches(r, t) for r in top for t in targets), top_three(index, query, country)


BY_COUNTRY_CASES = [(q, c, t) for q, by_country in BY_COUNTRY for c, t in by_country.items()]


@pytest.mark.parametrize(
    ("query", "country", "targets"),
    BY_COUNTRY_CASES,
    ids=[f"{q}-{c}" for q, c, _ in BY_COUNTRY_CASES],
)
def test_answers_that_depend_on_the_country_are_the_familys(
    index: SearchIndex, query: str, country: str | None, targets: set[str]
) -> None:
    top = index.search(query, country)[:3]
    assert any(reaches(r, t) for r in top for t in targets), top_three(index, query, country)


@pytest.mark.parametrize("country", COUNTRY_CODES)
def test_the_familys_helplines_come_first_and_hide_others_that_match_no_better(
    index: SearchIndex, country: str
) -> None:
    for query in ALL_QUERIES:
        if named_country(query_words(query)):
            continue
        helplines = [r for r in index.search(query, country) if r.country]
        mine = {country, *index._named_services(query_words(query), country)}
        local = [r.country in mine for r in helplines]
        assert local == sorted(local, reverse=True), (query, [r.anchor for r in helplines])
        # others only where none of the family's matched the words, or the words name them
        if any(r.country == country and r.score != 0.0 for r in helplines):
            assert all(local), (query, [r.anchor for r in helplines])


def test_other_countries_helplines_appear_when_none_of_the_familys_match(
    index: SearchIndex,
) -> None:
    helplines = [r.anchor for r in index.search("netsafe", "uk") if r.kind == "help"]
    assert "nz:netsafe" in helplines and all(a.startswith("nz:") for a in helplines)
    assert "nz:netsafe" in [r.anchor for r in index.search("netsafe number", "ie")[:3]]
    assert not [r for r in index.search("police", "au") if r.country == "uk"]


def test_with_no_country_chosen_every_countrys_helplines_rank_alike(index: SearchIndex) -> None:
    found = {r.anchor for r in index.search("childline", None)}
    assert {"uk:childline", "ie:childline-ispcc"} <= found
    assert not any(r.anchor.endswith(":") for r in index.search("who do i call", None))


def test_a_country_named_in_the_question_is_the_one_searched(index: SearchIndex) -> None:
    helplines = [r.country for r in index.search("helpline in australia", "uk") if r.country]
    assert helplines and set(helplines) == {"au"}
    assert named_country(query_words("we live in northern ireland")) == "uk"
    assert named_country(query_words("can you help us")) is None


def test_each_country_searches_its_own_version_of_a_page(index: SearchIndex) -> None:
    # "Outcome 21" is in the UK's passages only; elsewhere the same sections say other things.
    assert {r.page for r in index.search("outcome 21", "uk")[:3]} & {"faq", "if-it-happened"}
    assert not [r for r in index.search("outcome 21", "au") if r.kind == "guide"]
    assert [r for r in index.search("outcome 21", None) if r.kind == "guide"]


@pytest.mark.parametrize(
    ("query", "answer"),
    [
        ("who do i call", "who to call"),
        ("will my son be arrested", "in trouble with the police"),
        ("shud i pay them", "paying the blackmailer"),
        ("how to get pic taken down", "getting an image taken down"),
        ("my son wants to kill himself", "crisis line"),
    ],
)
def test_frightened_questions_are_recognised(query: str, answer: str) -> None:
    words = frozenset(query_words(query))
    assert [a.name for a in ANSWERS if asks(a, words)][:1] == [answer]


@pytest.mark.parametrize(
    ("query", "platform"),
    [
        ("who can call my son on whatsapp", "platforms/whatsapp"),
        ("how do i stop my son buying robux", "platforms/roblox"),
        ("snapchat calls", "platforms/snapchat"),
    ],
)
def test_everyday_questions_about_apps_still_find_the_app(
    index: SearchIndex, query: str, platform: str
) -> None:
    assert not [a.name for a in ANSWERS if asks(a, frozenset(query_words(query)))]
    assert platform in [r.page for r in index.search(query, "uk")[:3]]


@pytest.mark.parametrize("country", EVERY_CHOICE)
def test_every_answer_leads_to_a_section_that_exists(
    index: SearchIndex, country: str | None
) -> None:
    for answer in ANSWERS:
        for target in answer.targets:
            rowid = index._target(target, country)
            assert rowid is not None, (answer.name, target)
            anchors = target.partition("#")[2]
            doc = index._docs[rowid - 1]
            if anchors:  # a renamed heading must be noticed here, not found by nobody
                assert any(a in doc.anchor for a in anchors.split("|")), (target, doc.anchor)


def test_misspellings_are_searched_next_to_the_typed_word(index: SearchIndex) -> None:
    assert "arrested" in index.vocabulary.close_matches("arested")
    assert "blackmailed" in index.vocabulary.close_matches("blackmaild")
    assert index.vocabulary.close_matches("police") == []
    assert index.vocabulary.close_matches("zzqqxx") == []
    assert query_words("shud u pay") == ["should", "you", "pay"]


def test_snippets_mark_the_matched_words(index: SearchIndex) -> None:
    (first, *_) = index.search("sextortion")
    assert MARK_START in first.snippet and MARK_END in first.snippet


def test_answers_the_words_did_not_match_show_the_start_of_their_text(index: SearchIndex) -> None:
    results = index.search("my son wants to kill himself", "uk")
    assert results[0].page == "help" and results[0].snippet.strip()


def test_everything_is_indexed(index: SearchIndex) -> None:
    content = load_bundled_content()
    assert index.size >= len(content.items) + len(content.platforms or {}) + len(content.pages)


@pytest.mark.parametrize("odd", ['"', "NEAR(", "*", "a AND", "-", "' OR 1=1 --", "   ", ""])
@pytest.mark.parametrize("country", ["uk", None, "xx"])
def test_odd_input_never_raises(index: SearchIndex, odd: str, country: str | None) -> None:
    assert isinstance(index.search(odd, country), list)


def test_stop_words_and_synonyms() -> None:
    assert query_terms("Someone is threatening my son") == [
        "threatening", "threat", "sextortion", "son", "boy", "child",
    ]  # fmt: skip
    assert fts_query(['say "hi"']) == '"say hi"*'


def test_the_index_lives_in_memory(index: SearchIndex) -> None:
    databases = index._db.execute("PRAGMA database_list").fetchall()
    assert [row[2] for row in databases] == [""]  # no file behind the main database


PAGE = """Top text.

## Who should I report it to?

Tell the police.

::: country uk
Call 101.
:::

::: country us ca
Call 911.
:::

::: country au
## Getting an image taken down in Australia

eSafety can help.
:::
"""


def test_a_country_passage_is_a_document_for_those_countries_only() -> None:
    docs = [(d.anchor, d.countries, d.body) for d in page_documents("p", "Page", PAGE)]
    assert docs == [
        ("", "", "Top text."),
        ("who-should-i-report-it-to", "", "Who should I report it to? Tell the police."),
        ("who-should-i-report-it-to", " uk ", "Who should I report it to? Call 101."),
        ("who-should-i-report-it-to", " us ca ", "Who should I report it to? Call 911."),
        (
            "getting-an-image-taken-down-in-australia",
            " au ",
            "Getting an image taken down in Australia eSafety can help.",
        ),
    ]


def test_a_page_without_country_passages_is_split_by_its_headings() -> None:
    docs = page_documents("p", "Page", "Intro.\n\n## One\n\nFirst.\n\n## Two\n\nSecond.")
    assert [(d.anchor, d.title, d.body, d.countries) for d in docs] == [
        ("", "Page", "Intro.", ""),
        ("one", "Page: One", "One First.", ""),
        ("two", "Page: Two", "Two Second.", ""),
    ]


def test_a_name_in_a_web_address_is_still_a_name(index: SearchIndex) -> None:
    assert index.vocabulary.is_name("netsafe")  # "report.netsafe.org.nz" is not lower case
    assert not index.vocabulary.is_name("police")
