"""What's new in the guide: the changelog, newest first, with what is new since the
family last looked marked; opening it counts as having looked."""

from __future__ import annotations

import contextlib
import html

from PySide6.QtWidgets import QLabel, QWidget

from companion.core import settings
from companion.core.changelog import Release, bundled_changelog, unseen
from companion.core.preferences import setup_done
from companion.core.progress import StoreError
from companion.ui.call_now import country_label
from companion.ui.i18n import translate
from companion.ui.pages.base import PageContext, ScrollingPage, platform_page_name
from companion.ui.widgets import format_date, heading, paragraph, rich_label

_CONTEXT = "WhatsNewPage"


def _links(items: list[tuple[str, str]]) -> str:
    e = html.escape
    return (
        "<ul>" + "".join(f'<li><a href="page:{e(t)}">{e(n)}</a></li>' for t, n in items) + "</ul>"
    )


class WhatsNewPage(ScrollingPage):
    NAME = "whatsnew"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.column.addWidget(heading(translate("WhatsNewPage", "What's new in the guide")))
        self.column.addWidget(
            paragraph(
                translate(
                    "WhatsNewPage",
                    "Each update of Parent Companion can bring new pages, new settings to "
                    "check and changed phone numbers. Here is what changed, newest first.",
                )
            )
        )
        self.changelog = bundled_changelog(context.content.language)
        from companion.ui.language_notes import fallback_note

        if (note := fallback_note(context, self.changelog.language)) is not None:
            self.column.addWidget(note)
        self.entries: list[QLabel] = []
        self.new_versions: tuple[str, ...] = ()
        self.column.addStretch(1)

    def refresh(self) -> None:
        store = self.context.store
        seen = settings.read(store, settings.LAST_SEEN_GUIDE)
        used_before = setup_done(store) or bool(store.ticks())
        self.new_versions = tuple(r.version for r in unseen(self.changelog, seen, used_before))
        for label in self.entries:
            self.column.removeWidget(label)
        clear_layout_widgets(self.entries)
        self.entries = []
        for release in self.changelog.releases:
            label = rich_label(self._release_html(release))
            label.linkActivated.connect(lambda url: self.links.activate(url, self))
            self.column.insertWidget(self.column.count() - 1, label)
            self.entries.append(label)
        if self.changelog.latest and seen != self.changelog.latest:
            with contextlib.suppress(StoreError):
                settings.write_one(store, settings.LAST_SEEN_GUIDE, self.changelog.latest)

    def _release_html(self, release: Release) -> str:
        e = html.escape
        content = self.context.content
        title = translate("WhatsNewPage", "Version %1, %2").replace("%1", release.version)
        title = title.replace("%2", format_date(release.date))
        if release.version in self.new_versions:
            title += " · " + translate("WhatsNewPage", "new since you last looked")
        parts = [f"<h2>{e(title)}</h2><p>{e(release.summary)}</p>"]
        pages = [(p, self._page_title(p)) for p in release.new_pages]
        walks = []
        for item in release.new_walkthroughs:
            platform_id, walk_id = item.split("/", 1)
            platform = (content.platforms or {})[platform_id]
            walk = next(w for w in platform.walkthroughs if w.id == walk_id)
            walks.append((platform_page_name(platform_id), f"{platform.name}: {walk.title}"))
        for key, label in (
            (pages, translate("WhatsNewPage", "New pages")),
            (walks, translate("WhatsNewPage", "New settings to check")),
            (self._numbers(release.new_numbers), translate("WhatsNewPage", "New helplines")),
            (self._numbers(release.changed_numbers), translate("WhatsNewPage", "Changed numbers")),
        ):
            if key:
                parts.append(f"<p><b>{e(label)}</b></p>{_links(key)}")
        return "".join(parts)

    def _page_title(self, name: str) -> str:
        from companion.ui.pages import is_app_page, page_title

        if is_app_page(name):
            return page_title(name)
        return self.context.content.pages[name].title

    def _numbers(self, ids: tuple[str, ...]) -> list[tuple[str, str]]:
        countries = self.context.content.countries or {}
        found = []
        for item in ids:
            code, service_id = item.split("/", 1)
            country = countries[code]
            service = next(s for s in country.services if s.id == service_id)
            found.append((f"help#{code}:{service_id}", f"{service.name} ({country_label(code)})"))
        return found


def clear_layout_widgets(widgets: list[QLabel]) -> None:
    for widget in widgets:
        widget.hide()
        widget.deleteLater()
