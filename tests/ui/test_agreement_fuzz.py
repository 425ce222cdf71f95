"""Any text typed into the agreement prints as that text: never markup, never a crash."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from companion.core.agreement import Agreement, load_template
from companion.resources import resource_path
from companion.ui.printing import agreement_document

TEMPLATE = load_template(resource_path("agreement.toml"), dt.date(2026, 12, 1))
PRINTABLE = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\x00"
    ),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() == s and "  " not in s)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=PRINTABLE, rule=PRINTABLE)
def test_typed_text_prints_literally(qtbot: QtBot, name: str, rule: str) -> None:
    agreement = Agreement.from_template(TEMPLATE, name).add_rule("photos", rule)
    # Qt's plain-text view turns non-breaking spaces into spaces; compare words.
    text = " ".join(agreement_document(agreement, TEMPLATE).toPlainText().split())
    assert " ".join(name.split()) in text and " ".join(rule.split()) in text
