"""One small class per sidebar page, each with a NAME and a translated title.

The page modules are imported when their page is first built, not at start-up, so the
first window only pays for Home. This module names them and their titles cheaply.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from companion.core.i18n import QT_TRANSLATE_NOOP
from companion.core.navigation import APP_PAGES
from companion.ui.i18n import translate

if TYPE_CHECKING:
    from companion.ui.pages.base import Page

# page name -> (module, class, translation context, title)
_PAGES: dict[str, tuple[str, str, str, str]] = {
    "home": ("home", "HomePage", "HomePage", QT_TRANSLATE_NOOP("HomePage", "Home")),
    "checklist": (
        "checklist",
        "ChecklistPage",
        "ChecklistPage",
        QT_TRANSLATE_NOOP("ChecklistPage", "The TALK checklist"),
    ),
    "platforms": (
        "platforms",
        "PlatformsPage",
        "PlatformsPage",
        QT_TRANSLATE_NOOP("PlatformsPage", "Apps, games and devices"),
    ),
    "agreement": (
        "agreement",
        "AgreementPage",
        "AgreementPage",
        QT_TRANSLATE_NOOP("AgreementPage", "Family agreement"),
    ),
    "help": ("help", "HelpPage", "HelpPage", QT_TRANSLATE_NOOP("HelpPage", "Get help")),
    "settings": (
        "settings",
        "SettingsPage",
        "SettingsPage",
        QT_TRANSLATE_NOOP("SettingsPage", "Settings"),
    ),
    "about": ("about", "AboutPage", "AboutPage", QT_TRANSLATE_NOOP("AboutPage", "About")),
    "search": ("search", "SearchPage", "SearchPage", QT_TRANSLATE_NOOP("SearchPage", "Search")),
    "practice": (
        "practice",
        "PracticePage",
        "PracticePage",
        QT_TRANSLATE_NOOP("PracticePage", "Practise a conversation"),
    ),
    "whatsnew": (
        "whats_new",
        "WhatsNewPage",
        "WhatsNewPage",
        QT_TRANSLATE_NOOP("WhatsNewPage", "What's new in the guide"),
    ),
}
assert tuple(_PAGES) == APP_PAGES


def is_app_page(name: str) -> bool:
    return name in _PAGES


def page_title(name: str) -> str:
    """The translated title of an app page (the sidebar shows it before the page exists)."""
    _, _, context, title = _PAGES[name]
    return translate(context, title)


def page_class(name: str) -> type[Page]:
    """The class of an app page, importing its module the first time."""
    module, class_name, _, _ = _PAGES[name]
    cls: type[Page] = getattr(importlib.import_module(f"companion.ui.pages.{module}"), class_name)
    return cls
