"""What changed in the guide, version by version, from ``resources/changelog.toml``.

Each entry names real content: pages (guide or app pages), walkthroughs
("<platform>/<walkthrough>") and helpline numbers ("<country>/<service>");
check_changelog() makes sure every one exists. The family's last-seen version is the
setting LAST_SEEN_GUIDE; what is newer than it is "what's new".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from companion.core.content import Content
from companion.core.fields import ContentError, Fields
from companion.core.navigation import APP_PAGES
from companion.core.translations import ContentReader

ID_LISTS = ("new_pages", "new_walkthroughs", "new_numbers", "changed_numbers")


def version_key(version: str) -> tuple[int, ...]:
    """ "0.10.0" after "0.9.1"; ValueError for anything but dotted whole numbers."""
    parts = version.split(".")
    if not all(part.isdigit() for part in parts):
        raise ValueError(f"not a version number: {version!r}")
    return tuple(int(part) for part in parts)


@dataclass(frozen=True)
class Release:
    version: str
    date: dt.date
    summary: str
    new_pages: tuple[str, ...] = ()
    new_walkthroughs: tuple[str, ...] = ()
    new_numbers: tuple[str, ...] = ()
    changed_numbers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Changelog:
    releases: tuple[Release, ...]  # newest first
    language: str = "en"  # the language of its words ("en" when it fell back)

    @property
    def latest(self) -> str:
        return self.releases[0].version if self.releases else ""

    def since(self, seen: str) -> tuple[Release, ...]:
        """The releases newer than ``seen`` (all of them when nothing was seen)."""
        if not seen:
            return self.releases
        try:
            key = version_key(seen)
        except ValueError:
            return self.releases
        return tuple(r for r in self.releases if version_key(r.version) > key)


def load_changelog(path: Path, today: dt.date, reader: ContentReader | None = None) -> Changelog:
    read = (reader or ContentReader()).toml(path)
    fields = Fields(path, read.data)
    fields.reject_unknown({"reviewed", "releases"})
    releases = []
    for entry in fields.tables("releases"):
        entry.reject_unknown({"version", "date", "summary", *ID_LISTS})
        version = entry.text("version")
        try:
            version_key(version)
        except ValueError as error:
            raise entry.fail("version", str(error)) from None
        lists = {key: tuple(entry.text_list(key)) if entry.has(key) else () for key in ID_LISTS}
        releases.append(Release(version, entry.date("date", today), entry.text("summary"), **lists))
    keys = [version_key(r.version) for r in releases]
    if keys != sorted(set(keys), reverse=True):
        raise fields.fail("releases", "list each version once, newest first")
    return Changelog(tuple(releases), read.language)


def _services(content: Content) -> set[str]:
    return {
        f"{code}/{service.id}"
        for code, country in (content.countries or {}).items()
        for service in country.services
    }


def _walkthroughs(content: Content) -> set[str]:
    return {
        f"{pid}/{walk.id}"
        for pid, platform in (content.platforms or {}).items()
        for walk in platform.walkthroughs
    }


def check_changelog(changelog: Changelog, content: Content, path: Path) -> None:
    """Raise ContentError for any id that names nothing in the content."""
    known = {
        "new_pages": set(content.pages) | set(APP_PAGES),
        "new_walkthroughs": _walkthroughs(content),
        "new_numbers": _services(content),
        "changed_numbers": _services(content),
    }
    for release in changelog.releases:
        for key in ID_LISTS:
            for item in getattr(release, key):
                if item not in known[key]:
                    raise ContentError(path, f"{release.version}.{key}", f"no such id {item!r}")


def bundled_changelog(language: str = "en") -> Changelog:
    """The changelog shipped with the app, in ``language`` where translated; an empty one
    if it cannot be read (the content tests make sure it can)."""
    from companion.resources import resources_root

    root = resources_root()
    reader = ContentReader(root, language, strict=False)
    try:
        return load_changelog(root / "changelog.toml", dt.date.max, reader)
    except (OSError, ContentError):
        return Changelog(())


def unseen(changelog: Changelog, seen: str, used_before: bool) -> tuple[Release, ...]:
    """What's new for this family: nothing for a family that has just started (they see
    this version first), the newest release for one that used the app before the
    changelog came, else everything newer than ``seen``."""
    if not seen:
        return changelog.releases[:1] if used_before else ()
    return changelog.since(seen)
