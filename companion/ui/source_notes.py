"""Where a page's facts come from: its sources, as links or plain addresses, and its
"Checked on" line with a warning when a source is old."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from companion.core.fields import Source
from companion.ui.i18n import translate
from companion.ui.widgets import breakable, format_date, source_date_text

if TYPE_CHECKING:
    from companion.core.source_dates import SourceDate
    from companion.ui.pages.base import PageContext

_CONTEXT = "GuidePage"


def sources_html(
    sources: Iterable[Source],
    allowed_hosts: frozenset[str],
    dates: Mapping[str, SourceDate] | None = None,
) -> str:
    """A list of sources: a link where the host is allow-listed, else the address as text,
    each with the date of the copy that was read, where it is known.

    Sources are the honest record of where a fact came from, and some are copies on
    sites we would not send a parent to; those are shown, not linked.
    """
    items = []
    for source in sources:
        title = html.escape(source.title)
        dated = (dates or {}).get(source.url)
        when = (
            " "
            + html.escape(
                translate("GuidePage", "(written %1)").replace("%1", source_date_text(dated))
            )
            if dated
            else ""
        )
        if (urlsplit(source.url).hostname or "").lower() in allowed_hosts:
            items.append(f'<li><a href="{html.escape(source.url)}">{title}</a>{when}</li>')
        else:
            items.append(f"<li>{title}{when}: {html.escape(breakable(source.url))}</li>")
    return f"<ul>{''.join(items)}</ul>"


def checked_text(reviewed: dt.date, sources: Iterable[Source | str], context: PageContext) -> str:
    """ "Checked on <date>.", and, when a source is more than two years old, a plain note
    that its numbers and settings should be confirmed with the organisation."""
    from companion.core.source_dates import is_old, oldest_source

    text = translate("GuidePage", "Checked on %1.").replace("%1", format_date(reviewed))
    oldest = oldest_source(sources, context.content.source_dates)
    if oldest is not None and is_old(oldest, context.today):
        text += " " + translate(
            "GuidePage",
            "Some of the sources for this page were written in %1, more than two years ago. "
            "Numbers, names and settings may have changed since: please check them on the "
            "organisation's own website.",
        ).replace("%1", str(oldest.day.year))
    return text
