"""Which country's advice to show, and how sure we are of it.

The family's own choice wins; on a shared computer the administrator's policy comes next;
then the territory of the computer's locale. Otherwise the country is unknown, and the
app shows every country's emergency numbers and asks (never a silent default).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.core.facts import COUNTRIES
from companion.core.i18n import QT_TRANSLATE_NOOP

COUNTRY_NAMES: dict[str, str] = {
    "uk": QT_TRANSLATE_NOOP("Countries", "United Kingdom"),
    "ie": QT_TRANSLATE_NOOP("Countries", "Ireland"),
    "us": QT_TRANSLATE_NOOP("Countries", "United States"),
    "ca": QT_TRANSLATE_NOOP("Countries", "Canada"),
    "au": QT_TRANSLATE_NOOP("Countries", "Australia"),
    "nz": QT_TRANSLATE_NOOP("Countries", "New Zealand"),
}
assert tuple(COUNTRY_NAMES) == COUNTRIES

# ISO 3166 territory codes as locales write them -> our country ids.
_TERRITORIES = {"GB": "uk", "IE": "ie", "US": "us", "CA": "ca", "AU": "au", "NZ": "nz"}
# "en_GB", "en-GB", "en_GB.UTF-8", "ga_IE@euro", "en_Latn_GB"; not "C" or "POSIX".
_LOCALE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z]{4})?[_-](?P<territory>[A-Za-z]{2})\b")

FROM_FAMILY = "family"  # chosen in the app (or confirmed there)
FROM_POLICY = "policy"  # the administrator's default_country
FROM_LOCALE = "locale"  # guessed from the computer's region settings
UNKNOWN = "unknown"


def country_from_locale(locale_name: str | None) -> str | None:
    """Our country id for a locale name such as "en_AU.UTF-8", or None if it is not one of ours."""
    match = _LOCALE.match((locale_name or "").strip())
    return _TERRITORIES.get(match["territory"].upper()) if match else None


@dataclass(frozen=True)
class CountryGuess:
    """What to fall back on when the family has not chosen: the policy's, else the locale's."""

    code: str | None
    source: str = UNKNOWN

    @classmethod
    def from_settings(cls, policy_country: str | None, locale_name: str | None) -> CountryGuess:
        if policy_country in COUNTRIES:
            return cls(policy_country, FROM_POLICY)
        from_locale = country_from_locale(locale_name)
        if from_locale is not None:
            return cls(from_locale, FROM_LOCALE)
        return cls(None, UNKNOWN)
