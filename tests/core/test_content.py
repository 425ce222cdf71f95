"""Every shipped content file loads, and every kind of mistake is caught with file and field."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from companion.core.content import STEP_ORDER, ContentError, load_content
from companion.core.navigation import APP_PAGES
from companion.resources import resources_root

TODAY = dt.date(2026, 12, 2)


def test_every_shipped_file_loads_and_is_complete() -> None:
    content = load_content(resources_root())
    assert [step.id for step in content.steps] == list(STEP_ORDER)
    assert [step.letter for step in content.steps] == ["T", "A", "L", "K"]
    for step in content.steps:
        assert len(step.items) >= 3, step.id
        assert step.sources, step.id
        for item in step.items:
            assert len(item.title) <= 90, item.id
            assert item.why.endswith((".", "?", "!")), item.id
            assert item.how.endswith((".", "?", "!", '"')), item.id
    ids = [item.id for item in content.items]
    assert len(ids) == len(set(ids))
    assert {"welcome", "about"} <= set(content.pages)
    for page in content.pages.values():
        assert all(source.url.startswith("https://") for source in page.sources)


def test_about_credits_the_iwf_and_says_the_app_is_independent() -> None:
    about = load_content(resources_root()).pages["about"].body
    assert "Internet Watch Foundation" in about
    assert "https://talk.iwf.org.uk/" in about
    assert "independent" in about
    assert "not made, checked or endorsed by the IWF" in about


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "resources"
    shutil.copytree(resources_root(), root)
    return root


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def error_for(tree: Path) -> ContentError:
    with pytest.raises(ContentError) as caught:
        load_content(tree, today=TODAY)
    return caught.value


def test_copy_of_shipped_tree_loads(tree: Path) -> None:
    assert load_content(tree, today=TODAY).steps


def test_missing_field_names_file_and_field(tree: Path) -> None:
    path = tree / "checklist" / "agree.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^how = .*\n", "", text, count=1), encoding="utf-8")
    error = error_for(tree)
    assert error.path.endswith("agree.toml")
    assert error.field == "items[0].how"
    assert "missing" in str(error)


def test_missing_page_title(tree: Path) -> None:
    edit(tree / "pages" / "about.md", 'title = "About Parent Companion"\n', "")
    error = error_for(tree)
    assert error.path.endswith("about.md") and error.field == "title"


def test_duplicate_item_id(tree: Path) -> None:
    edit(tree / "checklist" / "know.toml", 'id = "know-location-off"', 'id = "talk-first-chat"')
    error = error_for(tree)
    assert "talk-first-chat" in str(error) and "already used" in str(error)


def test_broken_internal_link(tree: Path) -> None:
    edit(
        tree / "pages" / "about.md",
        "## Your privacy",
        "See [the moon](page:moon).\n\n## Your privacy",
    )
    error = error_for(tree)
    assert "unknown page 'moon'" in str(error) and error.path.endswith("about.md")


def test_links_to_every_app_page_are_valid(tree: Path) -> None:
    links = " ".join(f"[{name}](page:{name})" for name in APP_PAGES)
    edit(tree / "pages" / "about.md", "## Your privacy", f"{links}\n\n## Your privacy")
    assert load_content(tree, today=TODAY).pages["about"]


def test_http_link_in_body_is_refused(tree: Path) -> None:
    edit(tree / "pages" / "about.md", "https://talk.iwf.org.uk/)", "http://talk.iwf.org.uk/)")
    assert "http://" in str(error_for(tree))


def test_http_source_is_refused(tree: Path) -> None:
    edit(tree / "checklist" / "talk.toml", 'url = "https://talk', 'url = "http://talk')
    error = error_for(tree)
    assert error.field.startswith("sources[0]") and "http://" in str(error)


def test_reviewed_date_in_future_is_refused(tree: Path) -> None:
    edit(tree / "checklist" / "learn.toml", "reviewed = 2026-11-25", "reviewed = 2027-01-01")
    assert error_for(tree).field == "reviewed"


def test_unknown_field_is_refused(tree: Path) -> None:
    edit(tree / "checklist" / "talk.toml", "review_months = 3", "review_months = 3\nreveiw = 1")
    assert "not a known field" in str(error_for(tree))


def test_review_interval_must_be_sensible(tree: Path) -> None:
    edit(tree / "checklist" / "talk.toml", "review_months = 3", "review_months = 0")
    assert "whole number" in str(error_for(tree))


def test_broken_toml_names_the_file(tree: Path) -> None:
    edit(tree / "checklist" / "know.toml", 'letter = "K"', 'letter = "K')
    error = error_for(tree)
    assert error.path.endswith("know.toml") and "not valid TOML" in str(error)


def test_missing_step_file(tree: Path) -> None:
    (tree / "checklist" / "learn.toml").unlink()
    assert "learn" in str(error_for(tree))


def test_page_without_front_matter(tree: Path) -> None:
    (tree / "pages" / "extra.md").write_text("# Just text\n", encoding="utf-8")
    error = error_for(tree)
    assert error.path.endswith("extra.md") and "front matter" in error.field


def test_number_without_a_fact_is_refused(tree: Path) -> None:
    edit(
        tree / "pages" / "about.md",
        "## Your privacy",
        "Call 0800 555 0000 today.\n\n## Your privacy",
    )
    error = error_for(tree)
    assert error.path.endswith("about.md") and "'0000'" in str(error) and "facts" in str(error)


def test_number_backed_by_a_fact_is_accepted(tree: Path) -> None:
    edit(
        tree / "pages" / "about.md",
        "+++\n## What",
        '[[facts]]\ntext = "Example line 0800 555 0000"\nsource = "https://talk.iwf.org.uk/"\n'
        "+++\nCall 0800 555 0000 today.\n\n## What",
    )
    assert load_content(tree, today=TODAY).pages["about"].facts


def test_address_that_is_neither_source_nor_fact_is_refused(tree: Path) -> None:
    edit(
        tree / "pages" / "about.md",
        "## Your privacy",
        "See https://talk.iwf.org.uk/other\n\n## Your privacy",
    )
    assert "is not a listed source or fact" in str(error_for(tree))


def test_number_in_a_checklist_item_needs_a_fact(tree: Path) -> None:
    edit(tree / "checklist" / "agree.toml", "Agree times too,", "Agree 9 times too,")
    error = error_for(tree)
    assert error.path.endswith("agree.toml") and "'9'" in str(error)


@pytest.mark.parametrize(
    ("block", "problem"),
    [
        ("::: country xx\nHi\n:::\n", "unknown country"),
        ("::: country uk\nHi\n", "not closed"),
        (":::\n", "closes no country block"),
    ],
)
def test_country_block_mistakes(tree: Path, block: str, problem: str) -> None:
    edit(tree / "pages" / "about.md", "## Your privacy", f"{block}\n## Your privacy")
    assert problem in str(error_for(tree))


def test_link_to_a_host_not_on_the_allow_list_is_refused(tree: Path) -> None:
    edit(tree / "allowed-hosts.toml", '"talk.iwf.org.uk",', "")
    error = error_for(tree)
    assert "talk.iwf.org.uk" in str(error) and "allowed-hosts" in str(error)
    assert error.path.endswith(".md") and error.field == "(body)"


def test_country_passages_are_filtered() -> None:
    from companion.core.facts import filter_countries

    body = "All\n::: country uk ie\nIslands\n:::\n::: country au\nDown under\n:::\nEnd"
    assert filter_countries(body, "ie") == "All\nIslands\nEnd"
    assert filter_countries(body, "au") == "All\nDown under\nEnd"
    assert filter_countries(body, "us") == "All\nEnd"


def test_help_service_without_sources_is_refused(tree: Path) -> None:
    path = tree / "help" / "uk.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("sources = [", text.index("[[services]]"))
    end = text.index("]", start)
    path.write_text(text[:start] + "sources = []" + text[end + 1 :], encoding="utf-8")
    error = error_for(tree)
    assert error.path.endswith("uk.toml") and "sources" in error.field
