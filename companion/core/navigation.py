"""Names of the app's pages, shared by content links, the command line and the UI.

App pages are built by the UI; guide pages are Markdown files in ``resources/pages``.
The sidebar shows some of each; the others are reached by links and highlight a parent.
"""

from __future__ import annotations

APP_PAGES: tuple[str, ...] = (
    "home",
    "checklist",
    "platforms",
    "agreement",
    "help",
    "settings",
    "about",
    "search",
    "practice",
    "whatsnew",
)

# The search results page (outside the sidebar: no entry is highlighted while it shows).
SEARCH_PAGE = "search"

# The crisis plan: "Who to call now" sits above its text, and Home links to it first.
CRISIS_PAGE = "if-it-happened"

# Sidebar order: what a worried parent needs first comes first.
SIDEBAR: tuple[str, ...] = (
    "home",
    "if-it-happened",
    "understanding",
    "checklist",
    "faq",
    "platforms",
    "agreement",
    "help",
    "settings",
    "about",
)

# Guide pages on particular situations (boys and money, the law, school...), reached
# from "Understanding" and the steps; the booklet prints them after the FAQ, in this order.
GUIDE_TOPICS: tuple[str, ...] = (
    # -- situation pages, part A --
    "boys-sextortion",
    "the-law",
    "shared-someone-elses-image",
    "unwanted-nudes-and-fake-images",
    # -- situation pages, part B --
    "telling-the-school",
    "send",
    "age-by-age",
    "staying-informed",
)

# Pages outside the sidebar, and the sidebar entry that stays highlighted for them.
SIDEBAR_PARENT: dict[str, str] = {
    **{topic: "understanding" for topic in GUIDE_TOPICS},
    "step-talk": "checklist",
    "step-agree": "checklist",
    "step-learn": "checklist",
    "step-know": "checklist",
    "practice": "checklist",
    "sources": "about",
    "whatsnew": "about",
    "quick-exit": "settings",
}

PAGE_LINK_SCHEME = "page"


# A platform's walkthrough page is named "platforms/<platform id>".
PLATFORM_PAGE_PREFIX = "platforms/"


def sidebar_entry(name: str) -> str:
    if name.startswith(PLATFORM_PAGE_PREFIX):
        return "platforms"
    return name if name in SIDEBAR else SIDEBAR_PARENT.get(name, "home")


# Every page name the command line accepts, in sidebar order first.
ALL_PAGES: tuple[str, ...] = tuple(dict.fromkeys((*SIDEBAR, *APP_PAGES, *SIDEBAR_PARENT)))
