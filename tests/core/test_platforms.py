"""The platform file loader: required fields, sources for ages and steps, numbers, staleness."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from companion.core.fields import ContentError
from companion.core.platforms import is_stale, load_platform

TODAY = dt.date(2026, 12, 2)
GOOD = """
id = "demo"
name = "Demo"
category = "social"
monogram = "De"
summary = "A made-up app for tests."
minimum_age = "13"
minimum_age_source = "https://example.org/terms"
reviewed = 2026-11-25

[[risks]]
title = "Messages"
text = "Strangers can send messages."

[[walkthroughs]]
id = "private"
title = "Make the account private"
review_months = 6
steps = ["Open Settings.", "Choose Privacy."]
source = "https://example.org/help/private"

[[help_links]]
title = "Demo help"
url = "https://example.org/help"

[[sources]]
title = "Demo terms"
url = "https://example.org/terms"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "demo.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_complete_file_loads(tmp_path: Path) -> None:
    platform = load_platform(write(tmp_path, GOOD), TODAY)
    (walk,) = platform.walkthroughs
    assert walk.item_id == "platform.demo.private" and walk.steps[1] == "Choose Privacy."
    assert not is_stale(platform, TODAY)
    assert is_stale(platform, dt.date(2027, 11, 26))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (('source = "https://example.org/help/private"\n', ""), "walkthroughs[0].source"),
        (('minimum_age_source = "https://example.org/terms"\n', ""), "minimum_age_source"),
        (('steps = ["Open Settings.", "Choose Privacy."]\n', ""), "walkthroughs[0].steps"),
        (('category = "social"', 'category = "toys"'), "category"),
        (('"Choose Privacy."', '"Choose Privacy, then tap 3 dots."'), "walkthroughs.private"),
        (
            ('url = "https://example.org/help"', 'url = "http://example.org/help"'),
            "help_links[0].url",
        ),
    ],
)
def test_mistakes_name_the_field(tmp_path: Path, change: tuple[str, str], field: str) -> None:
    old, new = change
    assert old in GOOD
    with pytest.raises(ContentError) as caught:
        load_platform(write(tmp_path, GOOD.replace(old, new)), TODAY)
    assert caught.value.field == field and caught.value.path.endswith("demo.toml")


AU_RULE = """
[[minimum_age_by_country]]
country = "au"
age = "16"
note = "Australian law since 10 December 2025."
source = "https://example.org/au-law"

[[facts]]
text = "Australia: 16 since 10 December 2025"
source = "https://example.org/au-law"
"""


def test_a_country_can_have_its_own_minimum_age(tmp_path: Path) -> None:
    platform = load_platform(write(tmp_path, GOOD + AU_RULE), TODAY)
    (rule,) = platform.minimum_age_by_country
    assert (rule.country, rule.age, rule.source) == ("au", "16", "https://example.org/au-law")
    assert platform.age_for("au") == rule
    assert platform.age_for("uk") is None and platform.age_for(None) is None
    assert platform.minimum_age == "13"
    assert load_platform(write(tmp_path, GOOD), TODAY).minimum_age_by_country == ()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (('country = "au"', 'country = "fr"'), "minimum_age_by_country[0].country"),
        (
            (
                'source = "https://example.org/au-law"\n\n[[facts]]',
                'source = "http://x.org"\n\n[[facts]]',
            ),
            "minimum_age_by_country[0].source",
        ),
        (
            ('note = "Australian law since 10 December 2025."', 'note = ""'),
            "minimum_age_by_country[0].note",
        ),
        (('age = "16"', 'age = "16"\nwhy = "x"'), "minimum_age_by_country[0].why"),
        (("10 December 2025.", "11 December 2025."), "minimum_age_by_country.au"),
    ],
)
def test_country_age_mistakes_name_the_field(
    tmp_path: Path, change: tuple[str, str], field: str
) -> None:
    old, new = change
    text = GOOD + AU_RULE
    assert old in text
    with pytest.raises(ContentError) as caught:
        load_platform(write(tmp_path, text.replace(old, new, 1)), TODAY)
    assert caught.value.field == field


def test_a_country_listed_twice_is_an_error(tmp_path: Path) -> None:
    twice = AU_RULE.split("[[facts]]")[0]
    with pytest.raises(ContentError) as caught:
        load_platform(write(tmp_path, GOOD + twice + AU_RULE), TODAY)
    assert caught.value.field == "minimum_age_by_country"
