"""Numbers keep their order inside right-to-left text."""

from __future__ import annotations

import pytest

from companion.core.bidi import LRI, PDI, isolate_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اتصل على 0800 1111 الآن", f"اتصل على {LRI}0800 1111{PDI} الآن"),
        ("1-800-CALL-FBI", f"{LRI}1-800-CALL-FBI{PDI}"),
        ("0477 13 11 14.", f"{LRI}0477 13 11 14{PDI}."),
        ("قبل 13 سنة", f"قبل {LRI}13{PDI} سنة"),
        ("بلا أرقام", "بلا أرقام"),
    ],
)
def test_numbers_are_isolated(text: str, expected: str) -> None:
    assert isolate_numbers(text) == expected


def test_links_tags_and_entities_are_left_alone() -> None:
    text = '[دليل](https://example.org/2024-11-03) <p style="margin:12px">999 &#160;</p>'
    assert isolate_numbers(text) == (
        f'[دليل](https://example.org/2024-11-03) <p style="margin:12px">{LRI}999{PDI} &#160;</p>'
    )


def test_isolating_twice_changes_nothing() -> None:
    once = isolate_numbers("call 116 123")
    assert isolate_numbers(once) == once
