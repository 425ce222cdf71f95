"""The crisis plan ("If it has already happened"), read as each country's parents see it.

A frightened parent follows the steps in the order they are written, so the order is a
safety rule: is the child safe (including thoughts of self-harm) first, evidence before
blocking, the police or national body before the app's report button. And no page may
send a parent to "your local emergency number" when the country is known.
"""

from __future__ import annotations

import re

import pytest

from companion.core.content import Content, load_content
from companion.core.facts import COUNTRIES
from companion.core.search import sections
from companion.resources import resources_root

# The emergency number each country's plan must give, as it is written in the text.
EMERGENCY = {
    "uk": ("999",),
    "ie": ("112", "999"),
    "us": ("911",),
    "ca": ("911",),
    "au": ("000",),
    "nz": ("111",),
}

# Words that show a section is about the police or national reporting body, per country.
POLICE = {
    "uk": ("CEOP", "police"),
    "ie": ("Garda",),
    "us": ("CyberTipline", "police", "FBI"),
    "ca": ("police", "Cybertip.ca"),
    "au": ("ACCCE",),
    "nz": ("Police",),
}

# Removal services the plan must offer, per country.
REMOVAL = {
    "uk": ("Report Remove",),
    "ie": ("Take It Down", "Hotline.ie"),
    "us": ("Take It Down",),
    "ca": ("Take It Down", "NeedHelpNow"),
    "au": ("Take It Down", "eSafety"),
    "nz": ("Take It Down",),
}


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(resources_root())


def plan(content: Content, country: str) -> list[tuple[str, str]]:
    """(heading, text) of each section of the plan as shown for ``country``."""
    body = content.pages["if-it-happened"].body_for(country)
    return [(heading, text) for _, heading, text in sections(body)]


def index_of(parts: list[tuple[str, str]], *words: str) -> int:
    """The first section whose heading or text names any of ``words``."""
    for index, (heading, text) in enumerate(parts):
        if any(word.lower() in f"{heading} {text}".lower() for word in words):
            return index
    raise AssertionError(f"no section mentions any of {words}")


def heading_index(parts: list[tuple[str, str]], *words: str) -> int:
    for index, (heading, _) in enumerate(parts):
        if any(word.lower() in heading.lower() for word in words):
            return index
    raise AssertionError(f"no heading mentions any of {words}")


def test_every_country_is_covered() -> None:
    assert set(EMERGENCY) == set(COUNTRIES)


@pytest.mark.parametrize("country", COUNTRIES)
def test_no_page_says_local_emergency_number(content: Content, country: str) -> None:
    for page_id, page in content.pages.items():
        text = page.body_for(country).lower()
        assert "local emergency number" not in text, (page_id, country)


@pytest.mark.parametrize("country", COUNTRIES)
def test_the_emergency_number_is_in_the_first_step(content: Content, country: str) -> None:
    parts = plan(content, country)
    first = heading_index(parts, "safe right now")
    _, text = parts[first]
    for number in EMERGENCY[country]:
        assert re.search(rf"(?<!\d){number}(?!\d)", text), (country, number)


@pytest.mark.parametrize("country", COUNTRIES)
def test_other_countries_numbers_are_not_shown(content: Content, country: str) -> None:
    _, text = plan(content, country)[heading_index(plan(content, country), "safe right now")]
    others = {n for c, numbers in EMERGENCY.items() if c != country for n in numbers}
    for number in others - set(EMERGENCY[country]):
        assert not re.search(rf"(?<!\d){number}(?!\d)", text), (country, number)


@pytest.mark.parametrize("country", COUNTRIES)
def test_step_one_is_safety_and_self_harm(content: Content, country: str) -> None:
    parts = plan(content, country)
    steps = dict(parts)["What are the steps?"]
    first_step = re.search(r"(?m)^1\.\s+(.+)$", steps)
    assert first_step and "safe" in first_step.group(1).lower()
    # The first section after the list of steps is the safety check.
    first = heading_index(parts, "safe right now")
    assert first == heading_index(parts, "What are the steps?") + 1
    _, text = parts[first]
    lowered = text.lower()
    assert "hurting themselves" in lowered or "self-harm" in lowered
    assert "suicide" in lowered or "ending their life" in lowered
    assert "crisis line" in lowered
    assert "stay with" in lowered


@pytest.mark.parametrize("country", COUNTRIES)
def test_steps_follow_the_reporting_bodies_order(content: Content, country: str) -> None:
    parts = plan(content, country)
    safety = heading_index(parts, "safe right now")
    pay = heading_index(parts, "pay")
    evidence = heading_index(parts, "evidence")
    block = heading_index(parts, "block")
    police = heading_index(parts, "who should i report")
    app = heading_index(parts, "report it to the app")
    support = heading_index(parts, "support my child")
    assert safety < pay < evidence < block < police < app < support, country
    # The police or national body is named in the reporting step, before any app report.
    assert index_of(parts[police:], *POLICE[country]) == 0, country
    # The removal services come in the app step, after the police.
    _, app_text = parts[app]
    for service in REMOVAL[country]:
        assert service in app_text, (country, service)


@pytest.mark.parametrize("country", COUNTRIES)
def test_the_numbered_list_matches_the_sections(content: Content, country: str) -> None:
    parts = plan(content, country)
    steps = re.findall(r"(?m)^\d\.\s+(.+)$", dict(parts)["What are the steps?"])
    assert len(steps) == 7
    keys = ("safe", "pay", "evidence", "block", "police", "app", "support")
    for step, key in zip(steps, keys, strict=True):
        assert key in step.lower(), (step, key)


@pytest.mark.parametrize("country", COUNTRIES)
def test_evidence_never_means_keeping_the_image(content: Content, country: str) -> None:
    parts = plan(content, country)
    _, text = parts[heading_index(parts, "evidence")]
    assert "never look at" in text.lower()
    for item in ("username", "profile", "payment"):
        assert item in text.lower()


def test_ireland_reports_to_the_gardai_before_hotline_ie(content: Content) -> None:
    parts = plan(content, "ie")
    _, text = parts[heading_index(parts, "who should i report")]
    assert text.index("Garda") < text.index("Hotline.ie")


def test_new_zealand_gives_the_police_and_netsafe(content: Content) -> None:
    parts = plan(content, "nz")
    _, text = parts[heading_index(parts, "who should i report")]
    assert "105" in text and "111" in text and "Netsafe" in text


def test_us_agencies_are_quoted_only_to_us_parents(content: Content) -> None:
    for country in COUNTRIES:
        parts = plan(content, country)
        _, text = parts[heading_index(parts, "trouble")]
        if country != "us":
            assert "FBI" not in text and "NCMEC" not in text, country


def test_deactivate_is_named(content: Content) -> None:
    parts = plan(content, "uk")
    _, text = parts[heading_index(parts, "block")]
    assert "deactivate" in text.lower()
