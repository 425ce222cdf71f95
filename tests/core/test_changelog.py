"""The guide's changelog: every entry names real content, newest first, and 'what's new'
is what is newer than the version the family last saw."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from companion.core.changelog import check_changelog, load_changelog, version_key
from companion.core.content import load_content
from companion.core.fields import ContentError
from companion.resources import resource_path, resources_root

TODAY = dt.date(2026, 12, 2)


def test_every_id_in_the_changelog_exists() -> None:
    path = resource_path("changelog.toml")
    changelog = load_changelog(path, TODAY)
    check_changelog(changelog, load_content(resources_root(), today=TODAY), path)
    assert changelog.latest == changelog.releases[0].version
    assert all(r.summary for r in changelog.releases)


def test_since_a_version() -> None:
    changelog = load_changelog(resource_path("changelog.toml"), TODAY)
    assert changelog.since(changelog.latest) == ()
    assert changelog.since("") == changelog.releases
    assert changelog.since("0.1.0") == changelog.releases[:1]
    assert changelog.since("rubbish") == changelog.releases
    assert version_key("0.10.0") > version_key("0.9.1")


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "changelog.toml"
    path.write_text(f"reviewed = 2026-12-02\n{body}", encoding="utf-8")
    return path


def test_an_unknown_id_fails(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        '[[releases]]\nversion = "1.0"\ndate = 2026-12-01\nsummary = "x"\n'
        'new_walkthroughs = ["snapchat/no-such-thing"]\n',
    )
    content = load_content(resources_root(), today=TODAY)
    with pytest.raises(ContentError, match="no-such-thing"):
        check_changelog(load_changelog(path, TODAY), content, path)


def test_versions_must_be_newest_first(tmp_path: Path) -> None:
    entry = '[[releases]]\nversion = "{}"\ndate = 2026-12-01\nsummary = "x"\n'
    path = _write(tmp_path, entry.format("0.1") + entry.format("0.2"))
    with pytest.raises(ContentError, match="newest first"):
        load_changelog(path, TODAY)


def test_whats_new_for_new_and_returning_families() -> None:
    from companion.core.changelog import bundled_changelog, unseen

    changelog = bundled_changelog()
    assert changelog == load_changelog(resource_path("changelog.toml"), TODAY)
    assert unseen(changelog, "", used_before=False) == ()
    assert unseen(changelog, "", used_before=True) == changelog.releases[:1]
    assert unseen(changelog, "0.1.0", used_before=True) == changelog.releases[:1]
    assert unseen(changelog, changelog.latest, used_before=True) == ()
