"""Links in the guide: page links must name real pages, web links must be https and go
to an allow-listed host (resources/allowed-hosts.toml)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from companion.core.facts import urls_in
from companion.core.fields import ContentError, Fields, read_toml
from companion.core.navigation import APP_PAGES, PAGE_LINK_SCHEME

if TYPE_CHECKING:
    from companion.core.content import Content
    from companion.core.guide_files import Page

_LINK_PATTERN = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def markdown_links(body: str) -> list[str]:
    return _LINK_PATTERN.findall(body)


def check_links(pages: Mapping[str, Page], root: Path) -> None:
    targets = set(APP_PAGES) | set(pages)
    for page in pages.values():
        path = root / "pages" / f"{page.id}.md"
        for link in markdown_links(page.body):
            scheme, _, rest = link.partition(":")
            if scheme == PAGE_LINK_SCHEME and rest.partition("#")[0] not in targets:
                raise ContentError(path, "(body)", f"links to unknown page {rest!r}")
            if scheme not in (PAGE_LINK_SCHEME, "https", "mailto", "tel"):
                raise ContentError(
                    path, "(body)", f"link {link!r} must be https:, mailto:, tel: or page:"
                )


def load_allowed_hosts(path: Path) -> frozenset[str]:
    fields = Fields(path, read_toml(path, path.read_text(encoding="utf-8")))
    fields.reject_unknown({"hosts"})
    return frozenset(host.lower() for host in fields.text_list("hosts"))


def check_hosts(content: Content, root: Path) -> None:
    """Every link a reader can open must go to an allow-listed host.

    Sources are shown as links only when their host is allowed, so they are not checked,
    except the page behind a service's help in another language, which must be official.
    """

    def check(path: Path, field: str, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        if host not in content.allowed_hosts:
            raise ContentError(path, field, f"{host!r} is not in allowed-hosts.toml")

    for page in content.pages.values():
        for url in urls_in(page.body):
            check(root / "pages" / f"{page.id}.md", "(body)", url)
    for country in (content.countries or {}).values():
        path = root / "help" / f"{country.id}.toml"
        for service in country.services:
            if service.web:
                check(path, f"services.{service.id}.web", service.web)
            # A claim that a service helps in a language must come from an official page.
            for offer in service.languages:
                check(path, f"services.{service.id}.languages.{offer.code}.source", offer.source)
    for platform in (content.platforms or {}).values():
        path = root / "platforms" / f"{platform.id}.toml"
        for link in platform.help_links:
            check(path, "help_links", link.url)
        for walk in platform.walkthroughs:
            if walk.help:
                check(path, f"walkthroughs.{walk.id}.help", walk.help)
