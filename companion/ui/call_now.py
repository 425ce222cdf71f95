"""The words of "Who to call now": the emergency number, crisis lines and the police or
national reporting route for a country, or every country's emergency number.

Shared by the crisis pages, Home and printing; the numbers come from resources/help."""

from __future__ import annotations

import html
from collections.abc import Mapping
from urllib.parse import urlsplit

from companion.core.country import COUNTRY_NAMES
from companion.core.facts import COUNTRIES
from companion.core.helplines import Country, Service
from companion.ui.bidi_text import rtl_safe
from companion.ui.i18n import translate
from companion.ui.service_languages import language_html

_CONTEXT = "CountryBar"


def country_label(code: str) -> str:
    return translate("Countries", COUNTRY_NAMES[code])


def _service_line(service: Service, country: str, language: str) -> str:
    e = html.escape
    contact = []
    if service.phone:
        contact.append(translate("CountryBar", "call %1").replace("%1", e(service.phone)))
    if service.textline:
        contact.append(translate("CountryBar", "text %1").replace("%1", e(service.textline)))
    if not contact and service.web:
        site = (urlsplit(service.web).hostname or "").removeprefix("www.")
        contact.append(translate("CountryBar", "online at %1").replace("%1", e(site)))
    hours = f" ({e(service.hours)})" if service.hours else ""
    name = f'<a href="page:help#{country}:{e(service.id)}">{e(service.name)}</a>'
    languages = language_html(service, language)
    languages = f"<br>{languages}" if languages else ""
    return f"<li><b>{name}</b>: {', '.join(contact)}{hours}{languages}</li>"


def call_now_html(
    countries: Mapping[str, Country],
    code: str | None,
    language: str,
    *,
    link_to_help: bool = True,
) -> str:
    """The box's text: the chosen country's first calls, or every emergency number.
    ``language`` is the app's: a service's help in it is listed first."""
    e = html.escape
    if code is None or code not in countries:
        rows = []
        for other in COUNTRIES:
            if other in countries and countries[other].emergency is not None:
                number = countries[other].emergency
                assert number is not None
                rows.append(f"<li><b>{e(country_label(other))}</b>: {e(number.number)}</li>")
        intro = translate(
            "CountryBar",
            "If a child is in danger right now, or may harm themselves, call the emergency "
            "number for your country:",
        )
        return f"<p>{e(intro)}</p><ul>{''.join(rows)}</ul>"
    country = countries[code]
    parts = []
    if country.emergency is not None:
        urgent = translate(
            "CountryBar",
            "If a child is in danger right now, or may harm themselves, call %1.",
        ).replace("%1", f"<b>{e(country.emergency.number)}</b>")
        parts.append(f"<p>{urgent}</p>")
    crisis = [s for s in country.services if s.call_now and s.kind == "crisis"]
    report = [s for s in country.services if s.call_now and s.kind != "crisis"]
    if crisis:
        title = translate(
            "CountryBar", "To talk to someone now about thoughts of self-harm or suicide:"
        )
        lines = "".join(_service_line(s, code, language) for s in crisis)
        parts.append(f"<p>{e(title)}</p><ul>{lines}</ul>")
    if report:
        title = translate("CountryBar", "To report it:")
        lines = "".join(_service_line(s, code, language) for s in report)
        parts.append(f"<p>{e(title)}</p><ul>{lines}</ul>")
    if not link_to_help:
        return "".join(parts)
    more = translate("CountryBar", "Every number and service for %1 is on Get help.").replace(
        "%1", e(country.name)
    )
    parts.append(f'<p><a href="page:help">{more}</a></p>')
    return rtl_safe("".join(parts))


def emergency_line(countries: Mapping[str, Country], code: str | None) -> str:
    """One plain line with the emergency number (every country's while none is chosen)."""
    place = countries.get(code) if code else None
    if place is not None and place.emergency is not None:
        return rtl_safe(
            translate("CountryBar", "If a child is in danger right now, call %1.").replace(
                "%1", place.emergency.number
            )
        )
    numbers = []
    for other in COUNTRIES:
        number = countries[other].emergency if other in countries else None
        if number is not None:
            # No-break spaces keep each country with its number when the line wraps.
            numbers.append(f"{country_label(other)} {number.number}".replace(" ", "\u00a0"))
    return rtl_safe(
        translate("CountryBar", "If a child is in danger right now, call: %1.").replace(
            "%1", " · ".join(numbers)
        )
    )


_HELP = "HelpPage"
KIND_ORDER = ("crisis", "police", "report", "remove", "support")


def kind_heading(kind: str) -> str:
    return {
        "crisis": translate(
            "HelpPage", "If your child, or you, may be thinking of self-harm or suicide"
        ),
        "police": translate("HelpPage", "Police"),
        "report": translate("HelpPage", "Report online sexual abuse"),
        "remove": translate("HelpPage", "Get a nude image taken down"),
        "support": translate("HelpPage", "Someone to talk to"),
    }[kind]


def service_html(service: Service, language: str) -> str:
    """A service card's text; help in other languages last, the app's ``language`` first."""
    e = html.escape
    rows = [
        "<p><b>" + e(translate("HelpPage", "Who it is for:")) + f"</b> {e(service.for_whom)}</p>"
    ]
    rows.append(f"<p>{e(service.can)}</p>")
    if service.cannot:
        rows.append(f"<p><i>{e(service.cannot)}</i></p>")
    contact = []
    if service.phone:
        contact.append("<b>" + e(translate("HelpPage", "Phone:")) + f"</b> {e(service.phone)}")
    if service.textline:
        contact.append("<b>" + e(translate("HelpPage", "Text:")) + f"</b> {e(service.textline)}")
    if service.web:
        contact.append(
            "<b>"
            + e(translate("HelpPage", "Website:"))
            + f'</b> <a href="{e(service.web)}">{e(service.web)}</a>'
        )
    if service.email:
        contact.append("<b>" + e(translate("HelpPage", "Email:")) + f"</b> {e(service.email)}")
    if service.hours:
        contact.append("<b>" + e(translate("HelpPage", "When:")) + f"</b> {e(service.hours)}")
    rows.append("<p>" + "<br>".join(contact) + "</p>")
    languages = language_html(service, language)
    if languages:
        rows.append(f"<p>{languages}</p>")
    return rtl_safe("".join(rows))
