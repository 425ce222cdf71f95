"""Which country's advice to show: the family's choice, the policy, the computer's region."""

from __future__ import annotations

import pytest

from companion.core.country import (
    FROM_FAMILY,
    FROM_LOCALE,
    FROM_POLICY,
    UNKNOWN,
    CountryGuess,
    country_from_locale,
)
from companion.core.preferences import Preferences, save_country
from companion.core.progress import ProgressStore


@pytest.mark.parametrize(
    ("locale_name", "country"),
    [
        ("en_GB", "uk"),
        ("en_GB.UTF-8", "uk"),
        ("cy_GB.UTF-8", "uk"),
        ("en-IE", "ie"),
        ("ga_IE@euro", "ie"),
        ("en_US", "us"),
        ("es_US", "us"),
        ("fr_CA.UTF-8", "ca"),
        ("en_AU", "au"),
        ("mi_NZ", "nz"),
        ("zh_Hant_US", "us"),
        ("de_DE", None),
        ("en", None),
        ("C", None),
        ("POSIX", None),
        ("", None),
        (None, None),
    ],
)
def test_country_from_the_locale_territory(locale_name: str | None, country: str | None) -> None:
    assert country_from_locale(locale_name) == country


def test_the_policy_comes_before_the_locale_and_nothing_known_is_unknown() -> None:
    assert CountryGuess.from_settings("nz", "en_GB") == CountryGuess("nz", FROM_POLICY)
    assert CountryGuess.from_settings(None, "en_AU") == CountryGuess("au", FROM_LOCALE)
    assert CountryGuess.from_settings(None, "de_DE") == CountryGuess(None, UNKNOWN)


def test_the_familys_choice_wins_and_a_guess_keeps_asking() -> None:
    store = ProgressStore.in_memory()
    guess = CountryGuess("au", FROM_LOCALE)
    assert Preferences.load(store, guess) == Preferences("au", frozenset(), FROM_LOCALE)
    assert not Preferences.load(store, guess).country_settled
    assert Preferences.load(store).country is None
    save_country(store, "ie")
    assert Preferences.load(store, guess) == Preferences("ie", frozenset(), FROM_FAMILY)
    assert Preferences.load(store, guess).country_settled
    assert Preferences("nz", frozenset(), FROM_POLICY).country_settled


def test_an_old_silent_uk_is_not_taken_as_a_choice_but_another_country_is() -> None:
    """Before 0.2 every family who had not chosen got "uk" written for them."""
    store = ProgressStore.in_memory()
    store.set_setting("country", "uk")
    assert Preferences.load(store, CountryGuess("au", FROM_LOCALE)).country == "au"
    assert Preferences.load(store).country is None
    store.set_setting("country", "ca")
    assert Preferences.load(store, CountryGuess("au", FROM_LOCALE)).country == "ca"


def test_saving_without_a_country_keeps_the_question_open() -> None:
    store = ProgressStore.in_memory()
    Preferences(None, frozenset({"ages-4-7"})).save(store)
    assert Preferences.load(store) == Preferences(None, frozenset({"ages-4-7"}), UNKNOWN)
    with pytest.raises(ValueError, match="unknown country"):
        save_country(store, "fr")
