"""The platform file loader: required fields, sources for ages and steps, numbers, staleness."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from companion.core.fields import ContentError
from companion.core.platforms import is_stale, load_platform

TODAY = dt.date(2026, 11, 25)
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
