"""The short lines under a service that helps in other languages: "Help in Spanish: phone,
text, online chat". The data holds only codes; every word here is the UI's, so it can be
translated. The reader's own language, when the service offers it, comes first and bold."""

from __future__ import annotations

import html

from companion.core.helplines import LanguageHelp, Service, languages_for_reader
from companion.ui.i18n import translate


def _intro(code: str) -> str:
    return {
        "es": translate("HelpLanguages", "Help in Spanish: %1"),
        "ar": translate("HelpLanguages", "Help in Arabic: %1"),
    }[code]


def _way(way: str) -> str:
    return {
        "phone": translate("HelpLanguages", "phone"),
        "text": translate("HelpLanguages", "text"),
        "chat": translate("HelpLanguages", "online chat"),
        "web": translate("HelpLanguages", "website"),
        "interpreter": translate("HelpLanguages", "through an interpreter"),
    }[way]


def language_line(offer: LanguageHelp) -> str:
    """One plain line, such as "Help in Spanish: phone, text, online chat"."""
    ways = translate("HelpLanguages", ", ").join(_way(way) for way in offer.how)
    return _intro(offer.code).replace("%1", ways)


def language_lines(service: Service, language: str) -> list[tuple[str, bool]]:
    """Each line with whether it is in the reader's ``language`` (shown first, in bold)."""
    return [
        (language_line(offer), offer.code == language)
        for offer in languages_for_reader(service, language)
    ]


def language_html(service: Service, language: str, separator: str = "<br>") -> str:
    """The lines as HTML, joined by ``separator``; empty for a service in English only."""
    lines = []
    for text, own in language_lines(service, language):
        escaped = html.escape(text)
        lines.append(f"<b>{escaped}</b>" if own else escaped)
    return separator.join(lines)
