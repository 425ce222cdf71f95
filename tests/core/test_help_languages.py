"""Help in other languages: each claim names a known language, the ways it is offered, and
an official https page that says so; the reader's own language is listed first."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from companion.core.content import load_content
from companion.core.fields import ContentError
from companion.core.helplines import LanguageHelp, languages_for_reader
from companion.resources import resources_root

TODAY = dt.date(2026, 12, 2)
LIFELINE_SPANISH = (
    'code = "es"\nhow = ["phone", "text", "chat"]\n'
    "source = '''https://988lifeline.org/get-help/what-to-expect'''\n"
)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(resources_root(), root)
    return root


def change_lifeline(tree: Path, new: str) -> ContentError:
    """Replace the 988 Lifeline's Spanish entry with ``new``; return the loader's error."""
    path = tree / "help" / "us.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count(LIFELINE_SPANISH) == 1
    path.write_text(text.replace(LIFELINE_SPANISH, new), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(tree, today=TODAY)
    assert caught.value.path.endswith("us.toml")
    return caught.value


def test_the_shipped_claims_load_and_their_pages_are_listed_as_sources() -> None:
    countries = load_content(resources_root(), today=TODAY).countries or {}
    lifeline = next(s for s in countries["us"].services if s.id == "lifeline-988")
    assert lifeline.languages == (
        LanguageHelp(
            "es", ("phone", "text", "chat"), "https://988lifeline.org/get-help/what-to-expect"
        ),
    )
    for code, service_id in (("uk", "stop-it-now"), ("ie", "stop-it-now"), ("nz", "netsafe")):
        service = next(s for s in countries[code].services if s.id == service_id)
        assert [(o.code, o.how) for o in service.languages] == [
            ("es", ("interpreter",)),
            ("ar", ("interpreter",)),
        ]
    urls = [source.url for source in countries["us"].sources]
    assert "https://988lifeline.org/get-help/what-to-expect" in urls


@pytest.mark.parametrize(
    ("entry", "field", "problem"),
    [
        (LIFELINE_SPANISH.replace('"es"', '"fr"'), "code", "must be one of es, ar"),
        (LIFELINE_SPANISH.replace("https://988", "http://988"), "source", "https://"),
        (LIFELINE_SPANISH.split("source =")[0], "source", "missing"),
        (LIFELINE_SPANISH.replace('"chat"', '"fax"'), "how[2]", "'fax' must be one of"),
        (LIFELINE_SPANISH.replace('["phone", "text", "chat"]', '"phone"'), "how", "list"),
        (LIFELINE_SPANISH.replace('"chat"', '"text"'), "how", "names one way twice"),
        (LIFELINE_SPANISH + "hours = '24/7'\n", "hours", "not a known field"),
        (
            LIFELINE_SPANISH + "\n[[services.languages]]\n" + LIFELINE_SPANISH,
            "languages[1].code",
            "listed twice",
        ),
    ],
)
def test_a_bad_claim_is_refused_naming_its_field(
    tree: Path, entry: str, field: str, problem: str
) -> None:
    error = change_lifeline(tree, entry)
    assert error.field.endswith(field) and "languages" in error.field
    assert problem in str(error)


def test_a_claim_from_a_page_off_the_allowed_hosts_is_refused(tree: Path) -> None:
    error = change_lifeline(
        tree, LIFELINE_SPANISH.replace("988lifeline.org/get-help", "news.example/988")
    )
    assert "news.example" in str(error) and "allowed-hosts" in str(error)
    assert error.field == "services.lifeline-988.languages.es.source"


def test_the_readers_own_language_comes_first_and_the_rest_keep_their_order() -> None:
    countries = load_content(resources_root(), today=TODAY).countries or {}
    stop = next(s for s in countries["uk"].services if s.id == "stop-it-now")
    assert [o.code for o in languages_for_reader(stop, "en")] == ["es", "ar"]
    assert [o.code for o in languages_for_reader(stop, "es")] == ["es", "ar"]
    assert [o.code for o in languages_for_reader(stop, "ar")] == ["ar", "es"]
    samaritans = next(s for s in countries["uk"].services if s.id == "samaritans")
    assert languages_for_reader(samaritans, "ar") == ()
