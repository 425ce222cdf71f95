"""Names of the app's top-level pages, shared by content links and the UI's sidebar."""

from __future__ import annotations

# Order is the sidebar order. Content links to these with ``page:<name>``.
APP_PAGES: tuple[str, ...] = ("home", "checklist", "platforms", "agreement", "help", "about")

PAGE_LINK_SCHEME = "page"


def page_link(name: str) -> str:
    return f"{PAGE_LINK_SCHEME}:{name}"
