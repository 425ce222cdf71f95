"""The minimum age a platform page shows: the family's own country's age where it differs.

A family sees the age that applies where they live. Families elsewhere, or whose country
is not known, see the general age and one line naming the countries that differ, so that
nobody is told another country's law applies to them.
"""

from __future__ import annotations

import dataclasses
import html
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument

from companion.core.platforms import CountryAge, Platform
from companion.ui import printing
from companion.ui.i18n import translate
from companion.ui.widgets import spaced_html

if TYPE_CHECKING:
    from companion.ui.pages.base import PageContext

_CONTEXT = "PlatformsPage"


def country_name(code: str) -> str:
    """The country as it reads after "in": "in the UK", "in Australia"."""
    names = {
        "uk": translate("PlatformsPage", "the UK"),
        "ie": translate("PlatformsPage", "Ireland"),
        "us": translate("PlatformsPage", "the US"),
        "ca": translate("PlatformsPage", "Canada"),
        "au": translate("PlatformsPage", "Australia"),
        "nz": translate("PlatformsPage", "New Zealand"),
    }
    return names.get(code, code.upper())


def age_lines(platform: Platform, country: str | None) -> tuple[str, list[str]]:
    """(the age to show, plain lines under it) for a family in ``country`` (None: unknown)."""
    own: CountryAge | None = platform.age_for(country)
    if own is not None:
        where = country_name(own.country)
        age = translate("PlatformsPage", "%1 in %2").replace("%1", own.age).replace("%2", where)
        lines = [own.note]
        if own.age != platform.minimum_age:
            lines.append(
                translate("PlatformsPage", "Elsewhere: %1.").replace(
                    "%1", platform.minimum_age.rstrip(".")
                )
            )
        return age, lines
    others = [
        translate("PlatformsPage", "In %1: %2. %3")
        .replace("%1", country_name(c.country))
        .replace("%2", c.age)
        .replace("%3", c.note)
        for c in platform.minimum_age_by_country
    ]
    if not others:
        return platform.minimum_age, []
    return platform.minimum_age, [" ".join(others)]


def age_html(platform: Platform, country: str | None) -> str:
    """The "Minimum age" paragraph of a platform page, with the age check below it."""
    e = html.escape
    age, lines = age_lines(platform, country)
    extra = [*lines, platform.age_check] if platform.age_check else lines
    return spaced_html(
        "<b>"
        + e(translate("PlatformsPage", "Minimum age:"))
        + f"</b> {e(age)}"
        + "".join(f"<br>{e(line)}" for line in extra)
    )


def for_printing(platform: Platform, country: str | None) -> Platform:
    """The platform with its printed "Minimum age" text set for ``country``."""
    age, lines = age_lines(platform, country)
    return dataclasses.replace(platform, minimum_age=" ".join([f"{age}.", *lines]))


def printable_document(platform: Platform, context: PageContext, checked: str) -> QTextDocument:
    """The platform page to print or save, with the age for the family's country, made
    like every other printed page (printing.page_document).

    The walkthrough HTML goes straight into the document: passed through the Markdown
    reader, a numbered list inside a list item comes out empty, and so did the whole
    printed page.
    """
    country = context.preferences().country
    body = printing.platform_html(for_printing(platform, country))
    return printing.page_document(platform.name, body, platform.sources, checked, context)
