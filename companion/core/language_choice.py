"""Which language the app speaks: the family's choice in Settings, else the administrator's
policy, else the computer's language, else English; only ever a language the app carries."""

from __future__ import annotations

from collections.abc import Collection

from companion.core.translations import ENGLISH


def locale_language(locale_name: str) -> str:
    """ "es_MX" -> "es", "ar-SA" -> "ar", "C" or "" -> ""."""
    code = locale_name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else ""


def choose_language(
    saved: str, policy_language: str | None, locale_name: str, available: Collection[str]
) -> str:
    for candidate in (saved, policy_language or "", locale_language(locale_name)):
        if candidate and candidate in available:
            return candidate
    return ENGLISH
