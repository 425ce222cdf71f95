"""Quality gates for the guidance itself: wording, reading level, completeness, sources."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from companion.core.content import Content, load_content
from companion.core.facts import COUNTRIES
from companion.core.navigation import SIDEBAR, SIDEBAR_PARENT
from companion.resources import resources_root

from .readability import MAX_GRADE, page_texts, scores

HERE = Path(__file__).parent
FACTS_SHEET = HERE.parents[1].parent / "shared" / "reference" / "facts.md"


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(resources_root())


def banned_phrases() -> list[str]:
    lines = (HERE / "banned_phrases.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip().lower() for line in lines if line.strip() and not line.startswith("#")]


def test_banned_phrases_list_is_not_empty() -> None:
    assert "child pornography" in banned_phrases() and "why did you" in banned_phrases()


def test_no_banned_wording_anywhere(content: Content) -> None:
    texts = page_texts(content)
    texts.update({f"title: {p.id}": p.title for p in content.pages.values()})
    problems = [
        f"{name}: {phrase!r}"
        for name, text in texts.items()
        for phrase in banned_phrases()
        if phrase in text.lower().replace("’", "'")
    ]
    assert problems == []


def test_every_page_reads_at_grade_nine_or_below(content: Content) -> None:
    too_hard = {name: grade for name, (grade, _) in scores(content).items() if grade > MAX_GRADE}
    assert too_hard == {}


def test_every_step_has_enough_items_with_why_and_how(content: Content) -> None:
    for step in content.steps:
        assert len(step.items) >= 6, step.id
        assert step.page_id == f"step-{step.id}"


def test_starters_for_every_age_band(content: Content) -> None:
    assert content.starters is not None
    grouped = content.starters.for_bands(None)
    assert [band.id for band in grouped] == ["ages-4-7", "ages-8-12", "ages-13-17"]
    for band, starters in grouped.items():
        assert len(starters) >= 10, band.id


def test_faq_answers_at_least_fifteen_questions(content: Content) -> None:
    questions = re.findall(r"(?m)^##\s+(.+\?)\s*$", content.pages["faq"].body)
    assert len(questions) >= 15


def test_help_for_every_country(content: Content) -> None:
    assert content.countries is not None and set(content.countries) == set(COUNTRIES)
    for code in ("uk", "us", "au", "nz"):
        assert content.countries[code].emergency is not None, code
    for country in content.countries.values():
        kinds = {service.kind for service in country.services}
        assert "report" in kinds, country.id


def test_if_it_happened_adapts_to_the_country(content: Content) -> None:
    page = content.pages["if-it-happened"]
    assert "Report Remove" in page.body_for("uk")
    assert "Report Remove" not in page.body_for("au")
    assert "Take It Down" in page.body_for("us")


def test_every_page_can_be_reached(content: Content) -> None:
    reachable = set(SIDEBAR) | set(SIDEBAR_PARENT) | {"welcome", "about"}
    assert set(content.pages) <= reachable
    assert {
        name
        for name in (*SIDEBAR, *SIDEBAR_PARENT)
        if "-" in name or name in ("understanding", "faq", "sources")
    } <= set(content.pages)


@pytest.mark.skipif(
    not FACTS_SHEET.exists(), reason="the shared facts sheet is not beside the repo"
)
def test_every_fact_source_is_on_the_facts_sheet(content: Content) -> None:
    sheet = FACTS_SHEET.read_text(encoding="utf-8")
    for listed in sorted((HERE.parents[1] / "docs").glob("verified-sources*.md")):
        sheet += listed.read_text(encoding="utf-8")
    facts = [fact for page in content.pages.values() for fact in page.facts]
    facts += [fact for step in content.steps for fact in step.facts]
    facts += [fact for country in (content.countries or {}).values() for fact in country.facts]
    facts += [fact for platform in (content.platforms or {}).values() for fact in platform.facts]
    unknown = sorted(
        {f.source for f in facts if f.source.split("://", 1)[1].rstrip("/") not in sheet}
    )
    assert unknown == []


def test_at_least_twenty_platforms_each_with_walkthroughs(content: Content) -> None:
    platforms = content.platforms or {}
    assert len(platforms) >= 20
    for platform in platforms.values():
        assert platform.walkthroughs and platform.risks and platform.help_links, platform.id
        assert platform.minimum_age_source.startswith("https://"), platform.id
    categories = {platform.category for platform in platforms.values()}
    assert categories == {"social", "messaging", "games", "devices"}


def test_every_dated_source_is_one_the_content_uses(content: Content) -> None:
    used = {source.url for source in content.all_sources()}
    used |= {fact.source for page in content.pages.values() for fact in page.facts}
    used |= {fact.source for step in content.steps for fact in step.facts}
    for country in (content.countries or {}).values():
        used |= {fact.source for fact in country.facts}
    for platform in (content.platforms or {}).values():
        used |= {fact.source for fact in platform.facts} | {platform.minimum_age_source}
        used |= {walk.source for walk in platform.walkthroughs}
        used |= {link.url for link in platform.help_links}
    assert sorted(set(content.source_dates) - used) == []


def test_no_page_says_local_emergency_number_where_the_country_is_known(
    content: Content,
) -> None:
    """The number is known for every country we cover, so the page gives it."""
    vague = re.compile(r"(?i)\b(your|the) local emergency number")
    found = [
        (page_id, country)
        for page_id, page in content.pages.items()
        for country in COUNTRIES
        if vague.search(page.body_for(country))
    ]
    for country in (content.countries or {}).values():
        assert country.emergency is not None, f"{country.id} has no emergency number"
        prose = " ".join(f"{s.for_whom} {s.can} {s.cannot}" for s in country.services)
        if vague.search(prose):
            found.append(("help", country.id))
    assert found == []
